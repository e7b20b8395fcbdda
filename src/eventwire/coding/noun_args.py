"""Clauses, arguments stage, for event nouns: the doer a noun names (its possessor, its "by" phrase, an actor
modifier: `noun_agent`), the parties of a "between"/"among" phrase (`between_parties`) and of a hyphened pair before
a talks noun (`hyphen_pair`). coding/clause_args.py re-exports them beside the verbs' arguments.
"""
from __future__ import annotations

from eventwire.coding.unrealised import contrasted_agent
from eventwire.coding.reciprocal import mutual_words
from eventwire.coding.forum_acts import forum_modifier
from eventwire.coding.clause_record import RELATIVE_PRONOUNS, SENT_NOUNS, SUBJ_DEPS, SUPPORT_WORDS, _child, role_words
from eventwire.knowledge.phrase_sides import onlooker_nouns


def between_parties(preps: dict):
    """(subject, other party, rule) from a "between" phrase, or None: "between the army and the rebels" (the first
    party, the second: each acts towards the other) or "between Indian and Pakistani troops" (one noun whose
    coordinated modifiers name the parties, all of them the subject); for an act done with each other, also "among
    Russia, Turkey and Iran"."""
    b = preps.get("between")
    if b is None:
        # "talks among Russia, Turkey and Iran": named parties of an act done with each other (coding/reciprocal.py)
        b = preps.get("among")
        if b is None or b.head.head.lemma_.lower() not in mutual_words() or not b.conjuncts:
            return None
        other = next((c for c in b.conjuncts if c.i > b.i), None)
        return (b, other, "first party of 'among'") if other is not None else None
    others = [c for c in b.conjuncts if c.i > b.i]
    if others:
        return b, others[0], "first party of 'between'"
    if any(m.dep_ in ("amod", "compound") and m.i < b.i and m.conjuncts for m in b.children):
        return b, None, "parties of 'between'"
    return None


def hyphen_pair(noun, mod):
    """(first party, second party) for a mutual act noun whose modifier `mod` is the second of two names joined by a
    hyphen ("the Putin-Erdogan meeting", "US-Russia talks"), or None. The parser hangs the first
    name on the second or both on the noun; a hyphen must stand right between them. Not a fighting word ("the
    Iran-Iraq war", "a Turkish-YPG conflict" name a war or a rivalry more often than an act told): only the
    `reciprocal-word` class of data/coding/roles.tsv (talks, meetings, summits, deals, truces)."""
    if noun.lemma_.lower() not in role_words().get("reciprocal-word", ()):
        return None
    doc = noun.doc

    def named(t) -> bool:
        return t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")

    if not named(mod):
        return None
    for first in list(mod.children) + list(noun.children):
        if first.i >= mod.i or first.dep_ not in ("compound", "amod", "nmod") or not named(first):
            continue
        hyph = first.right_edge.i + 1
        if hyph < mod.left_edge.i and doc[hyph].text in ("-", "–") and hyph + 1 == mod.left_edge.i:
            return first, mod
        if hyph < len(doc) and doc[hyph].text in ("-", "–") and hyph + 1 == mod.i:
            return first, mod
    return None


def noun_agent(noun):
    """The actor a noun names as its doer: its possessor ("Turkey's plan", "Iran's support"), its "by" phrase ("an
    attack by Isis") or a proper-name or nationality modifier ("the US decision", "Russian airstrikes"), or None."""
    poss = _child(noun, {"poss"})
    if poss is not None and poss.pos_ in ("PROPN", "NOUN", "PRON"):
        if poss.ent_type_ in ("DATE", "TIME") and (who := culprit(noun)) is not None:
            return who                   # ("responsible for Saturday's attack": a day is no doer)
        return poss
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            p = _child(c, {"pobj"})
            if p is not None:
                return p
        if c.dep_ == "prep" and c.lower_ == "from" and noun.lemma_.lower() in SENT_NOUNS:
            # "a letter from the foreign minister", "a warning from Israel": who sent it
            p = _child(c, {"pobj"})
            if p is not None and p.pos_ in ("PROPN", "NOUN"):
                return p
        if c.dep_ == "prep" and c.lower_ == "from" and noun.lemma_.lower() in _weapon_words():
            # "airstrikes from Syrian and Russian jets", "a missile from an Israeli drone": the craft that fired names
            # the doer
            p = _child(c, {"pobj"})
            if p is not None and p.pos_ == "NOUN" and p.lemma_.lower() in _weapon_words():
                return p
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ not in SUPPORT_WORDS and c.lemma_.lower() not in SUPPORT_WORDS:
            # "a statement issued by the delegation", "a raid carried out by the army" (not "a coalition backed by
            # France": a backer, not its doer; data/coding/roles.tsv support)
            by = _child(c, {"agent"})
            by = contrasted_agent(by) if by is not None else None   # ("not by X but by Y": coding/unrealised.py)
            p = _child(by, {"pobj"}) if by is not None else None
            if p is not None:
                return p
        if c.dep_ == "relcl" and c.i > noun.i:
            # "the statement which the Kurds issued", "the attack that Isis carried out": the relative clause's subject
            # when the noun is its object
            subj = _child(c, SUBJ_DEPS)
            o = _child(c, {"dobj"})
            if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS and subj.pos_ in ("PROPN", "NOUN", "PRON") \
                    and o is not None and o.lower_ in RELATIVE_PRONOUNS and not _child(c, {"auxpass"}):
                return subj
    if (who := culprit(noun)) is not None:
        return who                       # "the regime was responsible for the gas attack", "Isis was behind the bombing"
    if noun.lower_ in onlooker_nouns():
        return None                      # "government critics", "military analysts": what they watch, not their doer
    for c in noun.children:
        # (also "nmod", the parser's reading of a name before an adjective: "UK punitive tariffs")
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i \
                and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN") and not _backer(c) \
                and not forum_modifier(noun, c):    # ("its Security Council veto": coding/forum_acts.py)
            return c
    return None


def hyphen_leader(noun):
    """The name hyphened to a leading participle on the noun (roles.tsv `leader-participle`): "a Saudi-led airstrike",
    "a French-led raid" (the parser hangs the name on "led", not on the noun), or None. Not a backer ("Iranian-backed")."""
    leads = role_words().get("leader-participle", frozenset())
    for c in noun.children:
        if c.dep_ != "amod" or c.i >= noun.i or c.lower_ not in leads or c.i < 2:
            continue
        hyph, name = c.doc[c.i - 1], c.doc[c.i - 2]
        if hyph.text in ("-", "\u2010", "\u2011") and name.head.i == c.i \
                and (name.ent_type_ in ("GPE", "NORP", "ORG") or name.pos_ == "PROPN"):
            return name
    return None


COPULAS = frozenset({"be", "remain", "seem", "appear"})


def culprit(noun):
    """The one a copula says is "responsible for" or "behind" an act noun (roles.tsv `culprit`): "the Sudanese
    army was responsible for the air strike on Nyala, which killed 12", "Isis was behind the bombing", "Russia
    was held responsible for the strike" (the passive's subject). Not where the copula is negated or its clause denied
    ("Moscow denied it was behind the attack": roles.tsv `culprit-denial`), nor a pronoun's or relative's ("which is
    responsible for ...": the relative's antecedent is read elsewhere)."""
    words = role_words()
    culprits, denials = words.get("culprit", frozenset()), words.get("culprit-denial", frozenset())
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    word = prep.head
    if prep.lower_ == "for" and word.lower_ in culprits and word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd"):
        cop = word.head
    elif prep.lower_ in culprits and prep.lower_ != "responsible" and word.pos_ in ("AUX", "VERB") \
            and word.lemma_.lower() in COPULAS:
        cop = word
    else:
        return None
    if cop.pos_ not in ("AUX", "VERB") or any(c.dep_ == "neg" for c in cop.children):
        return None
    if any(a.lemma_.lower() in denials or any(c.dep_ == "neg" for c in a.children if a.pos_ == "VERB")
           for a in list(cop.ancestors)[:3]):
        return None                      # ("denied that it was behind", "did not say Isis was responsible")
    subj = _child(cop, {"nsubj", "nsubjpass"})
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subj


def _weapon_words() -> dict:
    """The agents whose name says how they harmed (data/coding/agent_nouns.tsv: "airstrike", "missile", "jet")."""
    from eventwire.coding.context import agent_codes     # (lazy: context imports this module)
    return agent_codes()


def _backer(mod) -> bool:
    """A modifier that names a backer of the act, not its doer: "a Rwandan and Ugandan-backed push"."""
    from eventwire.knowledge.actor_country import supporter_at
    # (the few tokens after the modifier, not Doc.text, which joins the whole document on every call)
    return supporter_at(mod.doc[mod.i:mod.i + 6].text, len(mod.text))


def attack_on_antecedent(verb, pron):
    """The attack noun whose object a relative clause of force hangs on, when "that" or "which" is its subject ("an
    ambush on a police convoy that killed 12 officers", "the raid on the town of X, which killed 40", "the car bomb in
    Kabul, which killed nine", where the parser hung the clause on the place): the act killed,
    not its object. None for "who" (people: "the raid on militants who had killed a guard"), a verb not of force
    ("an attack on a base that houses US troops"), or an antecedent hung on no attack noun."""
    if pron.lower_ not in ("that", "which"):
        return None
    from eventwire.coding.lexicon import default_lexicon
    lex = default_lexicon()
    if not any(e.cameo[:2] in ("18", "19", "20") for e in lex.match_verb(verb.lemma_.lower())) \
            or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return None                      # ("an attack on a unit that had killed two officers": its earlier deed)

    def force(t) -> bool:
        return t.pos_ == "NOUN" and ("violent" in lex.word_kinds(t.lemma_.lower()) or any(
            not e.is_block and e.cameo[:2] in ("18", "19", "20") for e in lex.match_noun(t.lemma_.lower())))
    tok = verb.head
    if force(tok):
        return None                      # ("an attack that killed"): the antecedent is the act itself
    for _ in range(2):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN" \
                or prep.lower_ not in ("on", "against", "at", "of", "in", "near", "outside", "inside"):
            return None
        tok = prep.head
        if force(tok):
            return tok if prep.lower_ != "of" else None     # ("the killing of a man who ...": its victim's act)
    return None


def place_on_act(h, a) -> bool:
    """Whether the country or capital `a`, read from the whole phrase of the weapon or act of force `h`, is only a
    place on it: the object of its "in", "at", "near", "outside" or "inside" phrase ("the car bomb in Kabul"), not
    its doer ("an attack by Syria", "the Syrian attack")."""
    if a.kind not in ("country", "capital") or a.start is None:
        return False
    t = next((c for c in h.subtree if c.idx <= a.start < c.idx + len(c.text)), None)
    if t is None:
        return False
    while t.dep_ in ("compound", "amod", "appos", "conj") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == h.i \
        and t.head.lower_ in ("in", "at", "near", "outside", "inside")
