"""Acts that parties do with or to each other: who acts on whom when two or more parties are named together.

- Coordinated agents of a mutual act ("India and Pakistan clashed", "Israel and Hezbollah fought a war", "Russia and
  Ukraine held talks", "Israel and Hamas reached a truce") each act towards the others, in both directions; the
  parties of a "between" (or, for a mutual word, "among") phrase likewise ("clashes between X and Y", "talks among
  X, Y and Z"), the coordinated possessors of a mutual noun ("Trump and Macron's meeting"), and two names joined by a
  hyphen before a talks or meeting noun ("the Putin-Erdogan meeting": clause_args.hyphen_pair).
- Not when they act together on a third party ("X and Y fought Isis", "backed by Russia and Iran", "talks brokered
  by Turkey and Iran": a target is named, or the act is support or mediation), nor when "with" names an ally
  ("fought with US troops against Isis": the "against" party is the target).

What makes an act mutual is data: the `reciprocal-word` class of data/coding/roles.tsv (talks, meetings, deals,
truces) and the `mutual` fighting words of data/coding/attack_cues.tsv (clash, war, battle), as the predicate, as the
event noun a light verb carries, or as the object the pattern names ("fought a war", "reached a truce"); and, for
consultation and cooperation (roots 03-06), the CAMEO root itself ("Trump and Macron agreed to ...").
"""
from __future__ import annotations

import functools

from eventwire.coding.clause_record import NOT_RECIPROCAL_CODES, NOT_RECIPROCAL_WORDS, SUPPORT_WORDS, role_words
from eventwire.coding.tables import word_kind_sets

_FORCE = ("18", "19", "20")
# rules of the clause stage that name the parties of a "between"/"among" phrase: first party and the others
PARTY_RULES = ("first party of 'between'", "first party of 'among'", "first party of a hyphenated pair")
# the code of a fight of words between named people (roles.tsv `verbal-fight`): disapprove
VERBAL_FIGHT_CODE = "110"


@functools.cache
def mutual_words() -> frozenset:
    """Lemmas (verbs and nouns) of acts parties do with each other: `reciprocal-word` of roles.tsv and `mutual` of
    attack_cues.tsv."""
    fighting = word_kind_sets("attack_cues.tsv").get("mutual", frozenset())
    return frozenset(role_words().get("reciprocal-word", frozenset()) | fighting)


def mutual_patient(verb, patient) -> bool:
    """Whether a passive with no "by" agent has for its patient an act parties do with each other, so that its
    "between" parties are its doers ("a truce was agreed between X and Y", "the deal signed between X and Y")."""
    return patient is not None and patient.lemma_.lower() in mutual_words() \
        and not any(c.dep_ == "agent" for c in verb.children)


def each_other(pred) -> bool:
    """ "each other" / "one another" as the predicate's object or the object of its preposition ("accused each
    other", "fought against one another"; not in a clause below it), or as the owner of either ("criticised each
    other's policies", "voted against the other's proposals": `_others_own`)."""
    # (the words of the predicate's subtree that can be it: the predicate's children, its prepositions' objects, and
    # the predicate itself when it heads its sentence; read without walking the whole subtree)
    def pair(t) -> bool:
        return t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")

    if pred.head.i == pred.i and pair(pred):
        return True
    for c in pred.children:
        if pair(c) or (c.dep_ == "prep" and any(pair(g) for g in c.children)):
            return True
    return any(_others_own(t) for t in _slot_nouns(pred))


def _slot_nouns(pred) -> list:
    """The predicate's object and the objects of its prepositions."""
    return [c for c in pred.children if c.dep_ == "dobj"] + \
        [g for c in pred.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _others_own(noun) -> bool:
    """Whether the noun is owned by "each other", "one another" or "the other" ("criticised each other's policies",
    "voted against the other's proposals"): of coordinated parties, each acts on what the other owns."""
    def owner(t) -> bool:
        # (the parser may read "the other’s" as an adjective with a compound "’s")
        owned = t.dep_ == "poss" or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("'s", "\u2019s"))
        return owned and t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one", "the")
    return noun.dep_ in ("dobj", "pobj") and any(owner(c) for c in noun.children)


def mutual_word(cl, entry) -> str:
    """The word that makes the clause's act one its parties do with each other, or "": the predicate or event noun
    ("clashed", "talks", "the war"), or the object its pattern names ("fought a war", "reached a truce", "traded
    fire"); never an object that is only the act's theme ("condemned the war")."""
    words = mutual_words()
    for w in (cl.lemma, cl.pred.lemma_.lower()):
        if w in words:
            return w
    obj = cl.obj
    if obj is not None and not cl.passive and obj.lemma_.lower() in words and entry.object not in (None, "", "-"):
        return obj.lemma_.lower()
    return ""


def _barred(cl, code: str) -> bool:
    """Acts coordinated agents never do to each other: support, praise, mediation, shared plans and arrivals."""
    return code[:3] in NOT_RECIPROCAL_CODES or cl.pred.lemma_.lower() in NOT_RECIPROCAL_WORDS \
        or cl.pred.lemma_.lower() in SUPPORT_WORDS or cl.pred.lower_ in SUPPORT_WORDS


def content_object(coder, cl, entry) -> bool:
    """Whether the clause's object is the act's content, not a party, or there is none: an object the pattern names
    ("exchanged fire", "signed a declaration"), the topic of a consultation ("discussed trade"), a noun of the act's
    own kind, a "joint" or "mutual" one. Not people
    ("France and Morocco took back nationals": the nationals are the ones it was done to, and the two subjects did
    not do it to each other), though a pattern may name them (an `@people` kind, or a word of data/coding/victims.tsv
    `person`)."""
    if cl.obj is None or cl.passive:
        return True
    if entry.object and not ("@people" in entry.object or "@person" in entry.object
                             or cl.obj.lemma_.lower() in _person_words()):
        return True
    if entry.cameo[:2] == "04" and entry.target == "none" and cl.obj.lemma_.lower() not in _person_words():
        # "They discussed the energy crisis": the object of a consultation whose pattern takes no party from it is
        # what was talked about, not a party (a party talked with is named by "with": "discussed it with Biden")
        return True
    return coder._same_kind_noun(cl.obj, entry.cameo) or \
        any(c.lower_ in ("joint", "mutual", "bilateral") for c in cl.obj.children)


def _third_party(cl) -> bool:
    """Whether a "with" phrase names the party the act is done with, though no actor stands for it ("Russia and
    Iran, ..., striking deals with factions": with the factions, not with each other): people or a name."""
    w = cl.preps.get("with")
    return w is not None and (w.tag_ in ("NNS", "NNPS", "NNP") or w.lemma_.lower() in _person_words())


def _person_words() -> frozenset:
    from eventwire.coding.roles import victim_words      # (lazy: roles imports the clause stage, which imports this)
    return victim_words().get("person", frozenset())


def reciprocal_pairs(coder, cl, entry, code: str, sources: list, targets: list, reciprocal_obj: bool, ctx, sent):
    """([(source, target)], rule) for an act its parties do to each other, or (None, "").
    `reciprocal_obj`: the clause's object is the act's content, not a third party ("signed a deal", "exchanged
    fire"), or there is none."""
    from eventwire.coding.context import RECIPROCAL_ROOTS     # (context imports the clause stage, which imports this)
    other = each_other(cl.pred)
    content_note = ""
    if targets and mutual_word(cl, entry) and _content_only(cl, entry, targets):
        targets = []               # "Russia and Ukraine swapped prisoners": the prisoners are what was swapped
        content_note = f"; '{cl.obj.text}' is the act's content, no party"
    if not targets and len(sources) > 1 and (other or not (_barred(cl, code) or _third_party(cl))):
        # ("each other" says so, whatever the act: "Israel and Iran threatened each other", "praised each other")
        word = mutual_word(cl, entry)
        owned = other and cl.obj is not None and _others_own(cl.obj)     # ("criticised each other's exercises")
        content = reciprocal_obj or owned or (other and cl.obj is not None and cl.obj.lower_ in ("other", "another"))
        if code[:2] in _FORCE:
            # fighting: only a mutual word or "each other" ("Russian and Syrian airstrikes" are done together)
            ok = (bool(word) or other) and content and not cl.subj_rule.startswith("'by' phrase")
        else:
            ok = (code[:2] in RECIPROCAL_ROOTS or bool(word) or other) and content
        if ok:
            pairs = [(s, t) for s in sources for t in sources if s is not t and s.code != t.code]
            why = f" ('{word}' is done with each other)" if word else " ('each other')" if other else ""
            if other and not word and any(_others_own(t) for t in _slot_nouns(cl.pred)):
                why = " (on what the other owns: 'the other's', 'each other's')"
            return pairs, content_note + "; coordinated parties act towards each other" + why
    if cl.subj_rule.startswith(PARTY_RULES) and sources and (code[:2] in RECIPROCAL_ROOTS or mutual_word(cl, entry)):
        # "clashes between X and Y", "talks among X, Y and Z": each party towards each other one
        enemy = cl.preps.get("against")
        against = enemy is not None and bool(targets) and all(
            t.start is not None and enemy.left_edge.idx <= t.start <= enemy.right_edge.idx for t in targets)
        parties = list(sources) + ([] if against else list(targets))
        # (a fight has two sides: of a longer list, "a conflict between Sudan, Chad, Libya and Niger", only the first two)
        for c in listed(cl.subj)[1:] if code[:2] not in _FORCE or against else ():
            parties += [a for a in coder.actors_for(c, ctx, sent, role="target", coordinate=False)
                        if not any(a.code == p.code and a.start == p.start for p in parties)]
        if against:
            # "a war between Hamas and Qatar against Egypt": the parties are one side, the "against" party the other
            pairs = [(s, t) for s in parties for t in targets if s.code != t.code]
            pairs += [(t, s) for s, t in pairs]
            return (pairs, "; the parties of 'between' fight the 'against' party, each way") if pairs else (None, "")
        pairs = [(s, t) for s in parties for t in parties if s is not t and s.code != t.code]
        if pairs:
            return pairs, "; the parties act towards each other"
    patient = cl.obj if cl.passive and cl.obj is not None and cl.obj.dep_ == "nsubjpass" else None
    if not sources and patient is not None and not _barred(cl, code) \
            and ((code[:2] in RECIPROCAL_ROOTS and code[:2] not in _FORCE) or mutual_word(cl, entry)):
        # "a deal between Egypt and Ethiopia was signed": the parties of the deal signed it, with each other
        from eventwire.coding.clause_args import between_parties, hyphen_pair, preps_of
        preps = preps_of(patient)
        found = between_parties(preps)
        poss = next((c for c in patient.children if c.dep_ == "poss"), None)
        pair = next((p for c in patient.children if c.dep_ in ("compound", "amod") and c.i < patient.i
                     for p in [hyphen_pair(patient, c)] if p is not None), None) if found is None else None
        if (found is None or found[1] is None) and poss is not None and preps.get("with") is not None:
            found = (poss, preps["with"])      # "Iran's deal with the US was signed"
            parties = coder.actors_for(poss, ctx, sent, role="source") + \
                coder.actors_for(preps["with"], ctx, sent, role="target")
        elif pair is not None:
            found = pair                       # "the EU-Turkey deal was signed" (clause_args.hyphen_pair)
            parties = coder.actors_for(pair[0], ctx, sent, role="source", coordinate=False) + \
                coder.actors_for(pair[1], ctx, sent, role="target")
        elif found is not None and found[1] is not None:
            parties = coder.actors_for(found[0], ctx, sent, role="source")
        elif (of := preps.get("of")) is not None and of.conjuncts \
                and patient.lemma_.lower() in role_words().get("gathering-noun", ()):
            found = (of, next(c for c in of.conjuncts))    # "a summit of Russia, Turkey and Iran was held"
            parties = coder.actors_for(of, ctx, sent, role="source")
        else:
            parties = []
        if parties:
            pairs = [(s, t) for s in parties for t in parties if s is not t and s.code != t.code]
            if pairs:
                return pairs, f"; the parties of '{patient.text}' ('{found[0].text}', '{found[1].text}') act towards " \
                              f"each other"
    return None, ""


def one_word_for_two(pairs, s, t) -> bool:
    """ "The two leaders ... They agreed to keep working together": one word that coreference linked to two actors,
    who act towards each other (a pair of coding/reciprocal.py), not an actor named twice at one place."""
    return bool(pairs) and s.code != t.code and "(coreference)" in (s.why or "") and "(coreference)" in (t.why or "")


def _content_only(cl, entry, targets) -> bool:
    """Whether the targets found are only what the pattern's own object names ("swapped prisoners", "exchanged
    hostages", "signed an agreement to give agencies access"): the content of a mutual act, not a party to it; a
    party its "of", "with", "between" or "by" phrase names is one ("attend the meeting of Asean")."""
    if cl.obj is None or cl.passive or entry.object in (None, "", "-"):
        return False
    lo, hi = cl.obj.left_edge.idx, cl.obj.right_edge.idx + len(cl.obj.right_edge.text)
    parties = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for p in cl.obj.children
               if p.dep_ == "prep" and p.lower_ in ("of", "with", "between", "among", "by")]
    return all(t.start is not None and lo <= t.start < hi and not any(a <= t.start < b for a, b in parties)
               for t in targets)


def listed(first) -> list:
    """The parties listed from `first` on: its conjuncts up to the one joined by "and"/"or", which ends the list
    ("between Qatar, Egypt and Jordan"; not "between France and Italy, Spain and the Greeks", where the parser
    joined the next clause's subject to the list)."""
    out = [first]
    for c in sorted((c for c in first.conjuncts if c.i > first.i), key=lambda c: c.i):
        out.append(c)
        if any(t.dep_ == "cc" for t in first.doc[out[-2].i + 1: c.i]):
            break
    return out


def verbal_fight(coder, cl, code: str, sources: list, targets: list):
    """The code of a fight that is one of words: a `verbal-fight` verb of roles.tsv ("clashed") whose agents and
    target are all named people who bear no arms ("Erdogan and Putin clashed over the ceasefire", "the ambassador
    clashed with the president"; not "the president clashed with Russia"): 110 (disapprove), or None."""
    if code[:2] != "19" or cl.kind != "verb" or cl.pred.lemma_.lower() not in role_words().get("verbal-fight", ()):
        return None
    if not sources:
        return VERBAL_FIGHT_CODE if unnamed_person_fight(coder, cl, targets) else None
    heads = [cl.subj] + [c for c in cl.subj.conjuncts if c.i > cl.subj.i] if cl.subj is not None else []
    if not all(any(a.start is not None and a.start <= h.idx < a.end for h in heads) for a in sources):
        return None               # ("critics and backers of Maduro fought": people named inside the phrase)
    if all(a.kind == "person" and a.sector not in coder.ARMED_SECTORS for a in list(sources) + list(targets)):
        return VERBAL_FIGHT_CODE
    return None


def unnamed_person_fight(coder, cl, targets) -> bool:
    """A fight of words whose doer the actor lists do not name but whose subject is a person who bears no arms ("the
    Ohio Democrat has clashed repeatedly with the governor"), against named people who bear no arms."""
    from eventwire.coding.senses import subject_kinds    # (lazy: senses imports the clause stage)
    if cl.subj is None or cl.subj.pos_ not in ("NOUN", "PROPN") or cl.subj.conjuncts or not targets:
        return False
    kinds = subject_kinds(coder, cl.subj)
    one = cl.subj.ent_type_ == "NORP" and cl.subj.tag_ in ("NNP", "NN") and \
        any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in cl.subj.children)
    #   (one member of a party or people: "the Ohio Democrat", "a Conservative")
    return ("person" in kinds or one) and "armed" not in kinds and \
        all(a.kind == "person" and a.sector not in coder.ARMED_SECTORS for a in targets)


def with_ally(cl, entry):
    """The target of an act of force whose "with" phrase names an ally, not the enemy: "fought with US troops against
    Isis" (the "against" party), or None."""
    if entry.prep == "with" and entry.target == "prep" and entry.cameo[:2] in _FORCE and "with" in cl.preps:
        return cl.preps.get("against")
    return None


def co_possessor(cl):
    """The first of two coordinated possessors of an event noun that the parser made the noun's own head ("Trump and
    Macron's meeting" parsed as "Trump" and "Macron's meeting"), or None."""
    if cl.kind != "noun" or cl.subj_rule != "possessor" or cl.subj is None:
        return None
    noun = cl.pred
    first = noun.head
    if noun.dep_ != "conj" or first.i >= cl.subj.i or first.pos_ != "PROPN":
        return None
    between = noun.doc[first.i + 1: cl.subj.i]
    if not any(t.dep_ == "cc" for t in between) or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return first


def accompanying(cl, entry, code: str):
    """The party an "along with" / "together with" phrase on the subject of a mutual act of words or diplomacy names
    as a co-agent ("Egypt's president, along with his Sudanese counterpart, will meet ..."; "Kenya, together with
    Uganda, held talks"), who then act towards each other as coordinated agents do; None otherwise (not for force:
    "fought together with X" names a partner, coding/partners.py)."""
    from eventwire.coding.context import RECIPROCAL_ROOTS
    if cl.subj is None or code[:2] in _FORCE or not (code[:2] in RECIPROCAL_ROOTS or mutual_word(cl, entry)):
        return None
    subj = cl.subj
    # (the parser may hang the aside right after the subject on its verb: "Turkey, along with Saudi Arabia, has done")
    aside = [c for c in subj.head.children if subj.dep_ == "nsubj" and subj.i < c.i < subj.head.i] \
        if subj.head.i != subj.i else []
    for c in list(subj.children) + aside:
        if c.dep_ != "prep" or c.i < subj.i:
            continue
        if c.lower_ == "along":
            w = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "with"), None)
        elif c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in ("together", "along"):
            w = c
        else:
            continue
        pobj = next((g for g in w.children if g.dep_ == "pobj"), None) if w is not None else None
        if pobj is not None:
            return pobj
    return None

