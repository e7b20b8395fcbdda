"""The arguments a verb's sense depends on (lexicon rows with `@kind` object tests, docs/DATA.md "Argument senses").

"warned of an attack" is a threat, "warned of a risk" a pessimistic comment; "defended the town" is fighting,
"defended the decision" a verbal defence; "received the envoy" hosts a visit, "received a sample" does not. The
lexicon says which argument kind picks which row; this module works out the kinds of a clause's arguments:

* a noun argument: the word kinds of data/lexicon/argument_kinds.tsv (violent, hazard, place, view), plus
  `actor` (a person, group or state: a PERSON, NORP or ORG name, a GPE name the actor lists know (a country, a
  capital), a personal pronoun, a sector noun or title), `person` (a PERSON name, a personal pronoun, a name the
  lists know as a person), `armed` (an actor of an armed sector: MIL, REB, INS, UAF, RAD: "Isis", "the
  militants", "Kurdish forces") and `place` (a LOC or FAC name, a GPE name the lists do not know: a town, a region);
* a clausal complement (slot `clause`, finite: "warned that ..."; slot `inf`, infinitive: "refused to ...", or
  else a purpose "to V": "raided the flat to arrest"): its verb's lemma and kind (threat, withholding, deed,
  prospect, option, finding, query), read by coding/clause_senses.py.
"""
from __future__ import annotations

from eventwire.coding.tables import aux_words
from eventwire.doc_index import person_ents_ending, to_infinitive
from eventwire.coding.sense_places import NOT_ACTOR_TAGS
from eventwire.coding.sense_places import found_place as _found_place, story_place as _story_place
from eventwire.nlp import doc_text, ent_at
from eventwire.coding.owned import named_group_kinds, owned_kinds
from eventwire.coding.portions import portion_head
from eventwire.coding.paused_ties import stopped_ties
from eventwire.coding.law_force import police_kinds
from eventwire.coding.counsel import counsel_kinds
from eventwire.coding.relative_objects import antecedent
from eventwire.coding.rhetorical import put_question
from eventwire.coding.clause_record import relative_host
from eventwire.coding.clause_senses import clause_kinds
from eventwire.coding.bounty import wanted

PERSONAL = frozenset({"he", "she", "him", "her", "they", "them", "himself", "herself", "themselves", "i", "me",
                      "we", "us", "you"})
_TO_COME = aux_words("future", "hypothetical")


def _word_kinds(coder, tok) -> frozenset:
    """The kinds argument_kinds.tsv gives a noun head by its lemma and its modifiers alone (no actor lists, no
    story): the first part of `noun_kinds`, and the only one that gives `agreement`."""
    kinds = coder.lex.word_kinds(tok.lemma_.lower())
    mod = tok.doc[tok.i - 1] if tok.i > 0 else None
    if mod is not None and mod.head.i == tok.i and mod.dep_ in ("compound", "amod", "nmod"):
        # a modifier and its head as one word of argument_kinds.tsv ("air power", "fighter planes")
        kinds |= coder.lex.word_kinds(f"{mod.lemma_.lower()}-{tok.lemma_.lower()}")
    elif mod is not None and mod.tag_ == "HYPH" and tok.i > 1 and tok.doc[tok.i - 2].head.i == tok.i:
        # a hyphenated word the parser split in three ("volte - face", "U - turn")
        kinds |= coder.lex.word_kinds(f"{tok.doc[tok.i - 2].lemma_.lower()}-{tok.lemma_.lower()}")
    for m in (c for c in tok.children if c.dep_ == "amod" and c.i < tok.i):
        # a modifier not next to the head, or coordinated with one ("military and political support",
        # "political and military support")
        for x in [m] + [c for c in m.children if c.dep_ == "conj" and c.i < tok.i]:
            kinds |= coder.lex.word_kinds(f"{x.lemma_.lower()}-{tok.lemma_.lower()}")
    return kinds


def noun_kinds(coder, tok) -> frozenset:
    """The kinds of a noun argument's head token."""
    kinds = set(_word_kinds(coder, tok))
    if tok.lemma_.lower() in ("ruling", "verdict", "judgment", "judgement") and _finds_void(coder, tok):
        kinds.add("void_law")           # "issued a ruling declaring the law unconstitutional": no one found guilty
    if "carrier" in kinds and _carries_aid(coder, tok):
        kinds.add("aid_carrier")        # "a convoy of food", "a convoy carrying medical aid", "a humanitarian convoy"
    if tok.lemma_.lower() == "rule" and any(c.dep_ == "poss" for c in tok.children):
        kinds.add("reign")              # "ended Jammeh's rule", "his rule": a time in power, no regulation
    ent = tok.ent_type_
    if ent == "MONEY":
        kinds.add("money")              # "charged each family $2,000": a price asked, no legal charge
    if _age_or_set(tok):
        kinds |= {"actor", "person"}    # "the 21-year-old was captured", "the pair were captured": people, not ground
    if ent == "PERSON" and _found_place(coder, tok):
        kinds.add("place")              # "capturing Tal Jibbin": a place the tagger took for a person's name
    elif ent == "PERSON":
        kinds |= {"actor", "person"}
    elif ent in ("GPE", "ORG", "NORP", "", "EVENT", "PRODUCT", "WORK_OF_ART") and tok.pos_ == "PROPN" \
            and _story_person(coder, tok) \
            and not _found_place(coder, tok):
        kinds |= {"actor", "person"}    # "captured Kotey" (tagged GPE): a surname of someone the story named in full
    elif ent in NOT_ACTOR_TAGS and tok.pos_ == "PROPN" and (
            _found_place(coder, tok) or (ent != "" and _story_place(coder, tok))):
        kinds.add("place")              # "defended Kobani": a town the tagger left untagged but the place finder found
        #   (or took for a product or a work: "ousted from Manbij[PRODUCT] as an organised force")
    elif ent == "" and tok.pos_ == "PROPN" and _phrase_actor(coder, tok) is not None:
        kinds.add("actor")              # "drove Islamic State[untagged] from Raqqa": a name the lists know
    elif ent == "GPE" and coder.kb.resolve_phrase(tok.text, 0, None, ()) is None:
        kinds.add("place")              # a town or region ("Afrin", "Raqqa"): the lists know countries and capitals
    elif ent in ("NORP", "ORG", "GPE"):
        kinds.add("actor")
        span = ent_at(tok.doc, tok.i) if ent in ("GPE", "ORG") else None
        named = coder.kb.resolve_phrase(span.text, 0, None, ()) if span is not None else None
        if named is not None and ent == "GPE" and named.kind == "country":
            kinds.add("country")        # "quit Iraq": a country as a place left (`country` in argument kinds)
        elif named is not None and (named.kind == "igo" or (named.code or "").startswith("IGO")):
            kinds.add("igo")            # "quit Nato", "left the EU": an international body
        if tok.pos_ == "PROPN" and _known_person(coder, tok):
            kinds.add("person")         # "Trump" tagged ORG: the actor lists know a person
    elif ent in ("LOC", "FAC"):
        kinds.add("place")
    elif tok.pos_ == "PRON":
        if tok.lower_ in PERSONAL:
            kinds |= {"actor", "person"}
    elif tok.pos_ in ("NOUN", "PROPN") and "place" not in kinds and coder._sector_of(tok, None) is not None:
        kinds.add("actor")      # "the delegation", "the minister", "troops"
    if tok.lemma_.lower() in _POSTS and any(c.dep_ == "poss" and c.lower_ in _OWN for c in tok.children):
        kinds.add("own_post")           # "before taking her Senate seat": one's own post, no ground taken
    kinds |= owned_kinds(tok)           # "dismantle its armed wing": the holder's own (coding/owned.py)
    kinds |= named_group_kinds(tok, kinds)      # "dismantle Armenian groups": another side's (coding/owned.py)
    if _bare_posts(tok):
        kinds.add("bare_post")          # "soldiers were taking up posts in the rubble": a posture, no ground taken
    if "actor" in kinds and any(c.dep_ == "amod" and c.i < tok.i and "arming" in coder.lex.word_kinds(c.lemma_.lower())
                                for c in tok.children):
        kinds.add("armed")      # "the armed opposition", "paramilitary police": an `arming` modifier of argument_kinds
    if "actor" not in kinds and "place" not in kinds and tok.pos_ == "NOUN" and _armed_modifier(coder, tok):
        kinds.add("armed")      # "jihadi groups", "rebel factions": an armed sector's word before a head of no sector
    elif "actor" in kinds and (coder._sector_of(tok, None) in _ARMED_SECTORS or
                             getattr(_phrase_actor(coder, tok), "sector", None) in _ARMED_SECTORS):
        kinds.add("armed")      # "Isis", "the militants", "Kurdish forces", "the YPG"
    if "place" not in kinds and tok.pos_ in ("NOUN", "PROPN"):
        kinds |= police_kinds(coder, tok, _phrase_actor)    # "police", "the FBI" (coding/law_force.py)
    return frozenset(kinds)


# posts one holds, and the possessive pronouns that make them one's own (`own_post`: "took his seat", "their places")
_POSTS = frozenset({"position", "positions", "post", "posts", "seat", "seats", "role", "office", "place", "places",
                    "job", "chair"})
_OWN = frozenset({"his", "her", "my", "your", "their", "our", "its"})


def _bare_posts(tok) -> bool:
    """Whether a plural "positions" stands bare, with no determiner, owner, modifier or "of" phrase: taken, it is a
    force getting into posture ("were taking positions among the rubble"), not ground won ("took the army's
    positions", "took three rebel positions", "took positions held by the militia")."""
    return tok.lower_ == "positions" and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nummod", "nmod", "acl", "relcl", "appos")
        or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)


def _age_or_set(tok) -> bool:
    """Whether a head names people by their age ("the 21-year-old", "a 19-year-old": "old" with its "year" or
    "month" measure) or as a set of a known number (a `set-noun` of data/coding/coref.tsv: "the pair", "the trio")."""
    from eventwire.knowledge.coref_mentions import coref_words

    if tok.lower_ == "old" and any(c.lemma_.lower() in ("year", "month") for c in tok.children):
        return True
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and coref_words().get(tok.lemma_.lower(), ("", None))[0] == "set-noun"


def _carries_aid(coder, tok) -> bool:
    """Whether a `carrier` noun (convoy, truck, shipment) carries aid, an `aid_cargo` word of argument_kinds.tsv:
    as its modifier ("a humanitarian convoy", "food trucks"), in its of/with phrase ("a convoy of food") or as the
    object of a participle on it ("a convoy carrying medical aid", "trucks loaded with flour")."""
    def cargo(t):
        return "aid_cargo" in coder.lex.word_kinds(t.lemma_.lower()) or any(
            c.dep_ == "conj" and "aid_cargo" in coder.lex.word_kinds(c.lemma_.lower()) for c in t.children)
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i and cargo(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "with"):
            if any(o.dep_ == "pobj" and cargo(o) for o in c.children):
                return True
        if c.dep_ == "acl" and c.pos_ == "VERB":
            objs = [o for o in c.children if o.dep_ == "dobj"]
            objs += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                     if o.dep_ == "pobj"]
            if any(cargo(o) for o in objs):
                return True
    return False


def _armed_modifier(coder, tok) -> bool:
    """Whether a modifier of the noun names it as of an armed sector with it ("jihadi groups", "Islamist and
    terrorist groups"; not "Isis family members": only the modifier with the head, never the whole phrase)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    mods += [c for m in mods for c in m.children if c.dep_ == "conj" and c.i < tok.i]
    return any(getattr(coder.kb.resolve_phrase(f"{m.text} {tok.text}", 0, None, ()), "sector", None)
               in _ARMED_SECTORS for m in mods)


def _phrase_actor(coder, tok):
    """The actor the phrase up to its head names ("the UN security council", not "council" alone), or None."""
    left = min((c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "det", "nmod",
                                                                                    "poss")), default=tok.i)
    return coder.kb.resolve_phrase(tok.doc[left:tok.i + 1].text, 0, None, ())


def _gpe_actor(coder, tok):
    """The country or capital a GPE name stands for, also one the lists know only with its article ("a US strike",
    "a UK protest": "the US", "the UK"), or None. (For a subject or a noun's doer only: as an object, a bare "US" is
    mostly a misparsed modifier, "received US support".)"""
    return coder.kb.resolve_phrase(tok.text, 0, None, ()) or coder.kb.resolve_phrase("the " + tok.text, 0, None, ())


def _known_person(coder, tok) -> bool:
    a = coder.kb.resolve_phrase(tok.text, 0, None, ())
    return a is not None and a.kind == "person"


def _story_person(coder, tok) -> bool:
    """Whether the story's register of people (knowledge/people.py) has a person at `tok`: one the actor lists do
    not know, named with a description, or the later surname of one named in full (the coder's `sense_ctx`)."""
    coref = getattr(getattr(coder, "sense_ctx", None), "coref", None)
    if coref is not None and coref.person_at(tok) is not None:
        return True
    # why: one named in full with no description ("the accused, Jamal Ouarda and Nabil Tarek") is in no
    # register, yet "Ouarda" again (tagged GPE or ORG) is that person: the last word of an earlier PERSON name of two
    # words or more that the actor lists do not know as anything else
    if coder.kb.resolve_phrase(tok.text, 0, None, ()) is not None:
        return False
    doc = tok.doc
    if tok.text not in doc_text(doc)[:tok.idx]:
        return False                    # no earlier word with this text, so no earlier name ends in it
    return any(e.end <= tok.i
               and (len(e) > 1 or (e.start > 0 and doc[e.start - 1].pos_ == "PROPN"
                                   and doc[e.start - 1].dep_ == "compound" and doc[e.start - 1].head.i == e.start))
               for e in person_ents_ending(doc, tok.text))  # (the tagger may leave the first name out: "Jamal [Ouarda]")


def _pronoun_armed(coder, tok) -> bool:
    """Whether a personal pronoun stands for armed actors only, as coreference resolves it in the document being
    coded (the coder's `sense_ctx`; none outside a document: False)."""
    ctx = getattr(coder, "sense_ctx", None)
    coref = getattr(ctx, "coref", None)
    if coref is None:
        return False
    actors = coref.pronoun(tok, tok.sent)
    return bool(actors) and all(a.sector in _ARMED_SECTORS for a in actors)


_STATE_SECTORS = frozenset({"GOV"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "RAD"})


def subject_kinds(coder, tok) -> frozenset:
    """The kinds of a subject (slot `subj`): its noun kinds, plus `state` (a government: a country or capital
    name, a government body, official or leader: "Ankara", "the foreign ministry", "Erdogan"; not a people named by
    its demonym, "Iranians") and `igo` (an international body: "the UN security council", "Nato")."""
    from eventwire.coding.clauses import unwrap_quantity

    tok = unwrap_quantity(tok)
    counted = False
    if tok.like_num or tok.vocab[tok.lemma_.lower()].like_num:
        # "hundreds of rebel fighters", "thousands of farmers": the fighters, the farmers -- a counted crowd, never
        # a state ("hundreds of officials protested in the square")
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        tok, counted = (inner, True) if inner is not None else (tok, False)
    kinds = set(noun_kinds(coder, tok))
    if counted:
        return frozenset(kinds)
    if "actor" in kinds and tok.pos_ == "PRON" and _pronoun_armed(coder, tok):
        kinds.add("armed")      # "they have gathered south of Idlib" (government forces), a commander's "we took"
    a = _phrase_actor(coder, tok) or (_gpe_actor(coder, tok) if tok.ent_type_ == "GPE" else None)
    if a is not None:
        if a.kind == "igo" or (a.code or "").startswith("IGO"):
            kinds.add("igo")
        elif a.sector in _STATE_SECTORS or (a.kind == "country" and tok.ent_type_ == "GPE"):
            kinds.add("state")
    kinds |= counsel_kinds(tok, kinds, a)     # a voice that commands no force: "the former president warned"
    return frozenset(kinds)


def _trailing_label(coder, obj):
    """ "called Peru's expulsion of the envoys unacceptable": the condemning adjective the parser hung after the last
    noun of the object (a post-nominal modifier at the object's end) is the naming verb's label; None otherwise."""
    last = max(obj.subtree, key=lambda t: t.i)
    if last.pos_ == "ADJ" and last.dep_ == "conj":
        # "called the American move dangerous and illegal": the last of coordinated adjectives, any of them
        first = last
        while first.dep_ == "conj" and first.head.pos_ == "ADJ":
            first = first.head
        if first.dep_ == "amod" and first.i > first.head.i:
            return _label_of(coder, first)
    if last.pos_ == "ADJ" and last.dep_ == "amod" and last.i > last.head.i \
            and "label" in coder.lex.word_kinds(last.lemma_.lower()):
        return last
    return None


def _label_of(coder, adj):
    """The first of an adjective and those coordinated with it that is a condemning `label` word, or None."""
    return next((a for a in [adj] + [c for c in adj.conjuncts if c.pos_ == "ADJ"]
                 if "label" in coder.lex.word_kinds(a.lemma_.lower())), None)


def argument_slots(coder, verb, cl) -> dict:
    """slot -> (lemma, kinds) for the arguments of a verb clause: "subj", "obj", each preposition, "clause",
    "inf", "dative" (a first object: "denied them papers")."""
    out = {}
    if cl.subj is not None:
        out["subj"] = (cl.subj.lemma_.lower(), subject_kinds(coder, cl.subj))
    if cl.obj is None and not cl.passive:
        from eventwire.coding.raised_object import shared_object
        shared = shared_object(verb)
        if shared is not None:
            # "planned and carried out attacks": the object the coordinated verb after it takes
            out["obj"] = (shared.lemma_.lower(), noun_kinds(coder, shared))
    if cl.obj is not None:
        out["obj"] = (cl.obj.lemma_.lower(), noun_kinds(coder, _kinds_bearer(verb, cl.obj))
                      | ({"wanted"} if wanted(coder, verb, cl.obj) is not None else set()))   # (coding/bounty.py)
        if "actor" not in out["obj"][1]:
            from eventwire.coding.raised_object import backed_subject
            backed = backed_subject(cl)
            if backed is not None:
                # "forces pound the area, backed by Russian allies": the forces were backed, not the area
                out["obj"] = (cl.obj.lemma_.lower(), noun_kinds(coder, backed))
    for p, o in cl.preps.items():
        if o is not None and p not in out:
            o = antecedent(portion_head(o), verb)   # "fight against both those evils" (coding/portions.py); "a
            #   strategy that he invested in" (coding/relative_objects.py)
            out[p] = (o.lemma_.lower(), noun_kinds(coder, o) | _batch_of(coder, o))
    agent = next((c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
    done = next((c for c in agent.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
        if agent is not None and "by" not in out else None
    if done is not None:
        # "displaced by fighting": a gerund as the passive's agent, a kind of its own
        out["by"] = (done.lower_, coder.lex.word_kinds(done.lower_))
    dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if dative is not None:
        # "denied them the right to work": the one something is given or withheld (slot "dative")
        out["dative"] = (dative.lemma_.lower(), noun_kinds(coder, dative))
    # the label of a naming verb ("called the deal a betrayal", "was called a threat", "branded them terrorists"):
    # an object predicate, a second object, or the object of a passive
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    label = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")), None) \
        or (objs[1] if len(objs) > 1 else None) \
        or (objs[0] if objs and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) else None)
    if label is not None:
        out["oprd"] = (label.lemma_.lower(), noun_kinds(coder, label))
    else:
        # an adjective as the label ("called the arrests illegal", "was called unacceptable"): its word kinds
        adj = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "ADJ"), None) \
            or (_trailing_label(coder, objs[0]) if objs else None) \
            or next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ" and c.i > verb.i), None)
        #   (or an adjective complement after the verb: "pleaded guilty", a plea in court)
        if adj is not None:
            out["oprd"] = (adj.lemma_.lower(), coder.lex.word_kinds(adj.lemma_.lower()))
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and "clause" not in out:
            out["clause"] = clause_kinds(coder, c)
            for more in (x for x in c.subtree if x.dep_ == "conj" and x.pos_ == "VERB" and (x.head.i == c.i or (
                    not any(a.dep_ in ("nsubj", "nsubjpass") for a in x.children)
                    and any(a.dep_ == "aux" and a.lower_ in _TO_COME for a in x.children)))):
                # a coordinated act of the same warning: "would treat them as traitors and would punish them" (also
                # where the parser hung "and would punish" on a relative clause inside: it has no subject of its own)
                lemma, kinds = clause_kinds(coder, more)
                if "threat" in kinds and "threat" not in out["clause"][1]:
                    out["clause"] = (lemma, kinds)
        elif c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            out["inf"] = clause_kinds(coder, c)
    asked = put_question(verb)          # "I ask the US: did you ...?" (coding/rhetorical.py)
    if asked is not None:
        out["clause"] = (asked.lemma_.lower(), out.get("clause", ("", frozenset()))[1] | {"challenge"})
    paused = stopped_ties(verb, lambda t: _word_kinds(coder, t))
    if paused is not None:
        out["paused"] = paused          # "agreed to a pause in its cooperation with X" (coding/paused_ties.py)
    if cl.obj is None and not set(cl.preps) - _WHEN_PREPS:   # bare, or with only a when/why phrase
        pact = implied_pact(coder, verb)
        if pact is not None:
            out["implied"] = pact
    if "inf" not in out:
        # a purpose "to V" ("raided the flat to arrest two men")
        # (the parser may hang it on the object: "raided the flat[dobj] to arrest[acl]")
        heads = [verb] + ([cl.obj] if cl.obj is not None and not cl.passive else [])
        purpose = next((c for h in heads for c in h.children if c.dep_ in ("advcl", "acl") and c.pos_ == "VERB"
                        and (c.dep_ == "advcl" or h is not verb)
                        and to_infinitive(c)), None)
        if purpose is not None:
            out["inf"] = clause_kinds(coder, purpose)
    if "inf" in out and (cl.obj is not None and not cl.passive and _sent_forces(coder, cl.obj)
                         or _forces_entering(coder, verb, cl)) \
            and _props_up_side(coder, verb, cl):
        # forces sent "to prop up" / "to shore up" a side: armed protection of that side (074), no show of force at it
        out["inf"] = (out["inf"][0], out["inf"][1] | {"armed_backing"})
    elif "inf" in out and cl.obj is not None and not cl.passive and _sent_forces(coder, cl.obj) \
            and "show_purpose" in coder.lex.word_kinds(out["inf"][0]):
        # forces or warplanes sent "to buzz" or "to intimidate": a show of force at whom the purpose names (150)
        out["inf"] = (out["inf"][0], out["inf"][1] | {"armed_show"})
    return out


def _batch_of(coder, tok) -> frozenset:
    """The kinds of the "of" noun of a `batch` noun ("in the latest round of sanctions": a measure)."""
    if "batch" not in coder.lex.word_kinds(tok.lemma_.lower()):
        return frozenset()
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return _word_kinds(coder, inner) if inner is not None else frozenset()


def _sent_forces(coder, obj) -> bool:
    """Whether an object names armed forces or military means: an armed actor, `arms`, or a `forces` word
    (argument_kinds.tsv: troops, soldiers, units), also counted ("thousands of troops")."""
    from eventwire.coding.noun_clauses import unwrap_quantity
    heads = {unwrap_quantity(obj), obj} | {p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                           for p in c.children if p.dep_ == "pobj"}
    return any(noun_kinds(coder, h) & {"armed", "arms", "forces"} for h in heads)


def _forces_entering(coder, verb, cl) -> bool:
    """Whether armed forces are the subject of an entering verb ("Iranian forces entered Iraq to prop up the
    government": armed protection of that side, 074, no occupation; roots30)."""
    return verb.lemma_.lower() == "enter" and cl.subj is not None and not cl.passive \
        and bool(subject_kinds(coder, cl.subj) & {"armed", "forces"})


def _props_up_side(coder, verb, cl) -> bool:
    """Whether the verb's "to V" (its complement or purpose) keeps an actor standing: a `propping` verb
    (argument_kinds.tsv: prop, shore, bolster) whose object is an actor ("to prop up the Syrian leader"), not a
    thing ("to shore up defences")."""
    heads = [verb] + ([cl.obj] if cl.obj is not None and not cl.passive else [])
    for h in heads:
        for c in h.children:
            if c.pos_ == "VERB" and c.dep_ in ("xcomp", "advcl", "acl") and "propping" in coder.lex.word_kinds(
                    c.lemma_.lower()) and to_infinitive(c):
                obj = next((o for o in c.children if o.dep_ == "dobj"), None)
                if obj is not None and "actor" in noun_kinds(coder, obj):
                    return True
    return False


def _kinds_bearer(verb, obj):
    """The token whose kinds a relative pronoun object has: the noun the relative clause hangs on ("jihadists who
    were captured", "the fighters that the militia captured"), active or passive, with or without an agent; a
    portion's, the noun it is a portion of (coding/portions.py); any other object is its own."""
    host = relative_host(obj, verb) if obj.lower_ != "whose" else None
    if host is not None:
        return host
    return portion_head(obj)    # "most of the policy", "three of the hostages" (coding/portions.py)


_WHEN_PREPS = frozenset({"at", "after", "before", "amid", "despite", "following", "until", "during"})


def implied_pact(coder, verb):
    """(lemma, kinds) of the agreement a bare leaving verb leaves ("critics of the nuclear deal urged him to pull
    out": slot `implied`): an `agreement` noun (argument_kinds.tsv) before the verb in its sentence, where the
    sentence names no armed party or ground (troops, forces, a town) that could be what is left; else None."""
    sent = verb.sent
    if not any(t.pos_ in ("NOUN", "PROPN") and "agreement" in _word_kinds(coder, t)
               for t in verb.doc[sent.start:verb.i]):
        return _pact_just_before(coder, verb)   # none in its sentence: the deal the sentence before told of
    pact = None
    for t in sent:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        kinds = noun_kinds(coder, t)
        if "armed" in kinds or (kinds & {"place", "country"} and t.dep_ in ("dobj", "pobj")):
            return None                 # "the deal let Ankara send troops ... the US will pull out": ground or forces
            # (a country naming a deal or its maker, "the Iran deal", "Israel's leader", is no ground)
        if "agreement" in kinds and t.i < verb.i:
            pact = t
    return (pact.lemma_.lower(), noun_kinds(coder, pact)) if pact is not None else None


def _pact_just_before(coder, verb):
    """The agreement a bare leaving verb opening its account leaves, told of in the sentence just before ("Chile and
    the council struck a deal to return the detainees. Santiago pulled out at the last minute": 160, not a retreat):
    that sentence's object (or its object's "of"/"on" phrase) an `agreement` noun, and neither sentence naming an
    armed party or ground (troops, a town) that could be what is left; else None."""
    sent = verb.sent
    if sent.start == 0:
        return None
    before = verb.doc[sent.start - 1].sent

    def told(t) -> bool:              # an agreement the sentence before makes its object
        return t.pos_ in ("NOUN", "PROPN") and (t.dep_ == "dobj" or (
            t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.dep_ == "dobj")) \
            and "agreement" in noun_kinds(coder, t)
    if not any(told(t) for t in before):
        return None                   # (no deal told of: the kinds of every other word need not be read)
    pact = None
    for t in list(before) + list(sent):
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        kinds = noun_kinds(coder, t)
        if "armed" in kinds and t.dep_ in ("nsubj", "nsubjpass", "dobj") or (
                kinds & {"place", "country"} and t.dep_ in ("dobj", "pobj")):
            return None                 # "troops were stationed in Mali under the deal. Madrid will pull out"
        if "agreement" in kinds and t.i < sent.start and (t.dep_ == "dobj" or (
                t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.dep_ == "dobj")):
            pact = t
    return (pact.lemma_.lower(), noun_kinds(coder, pact)) if pact is not None else None


def _finds_void(coder, noun) -> bool:
    """Whether a ruling or verdict says a law or act is void (a `void` word of argument_kinds.tsv: unconstitutional,
    unlawful): in its relative, participle or "that" clause, or in the participle phrase right after it that the
    parser may hang elsewhere ("the judge's ruling last week ruling the act unconstitutional"), up to a
    punctuation mark or a finite verb."""
    def void(t):
        return "void" in coder.lex.word_kinds(t.lower_)   # (the tagger may take "unconstitutional" for a noun)
    if any(void(a) for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") for a in c.subtree):
        return True
    for t in noun.doc[noun.i + 1:noun.sent.end]:
        if t.is_punct or t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
        if void(t):
            return True
    return False
