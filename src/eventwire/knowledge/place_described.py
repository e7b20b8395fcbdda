"""Event location: a place the act's own participle or relative clause describes.

    described_by(trig, h)   # -> True where the place whose head token is h is the noun trig's clause describes

"Western Sahara, captured by Moroccan troops in 1975, ...", "the Golan Heights, seized from Syria in 1967",
"Hiroshima and Nagasaki, the two cities destroyed by atomic bombs", "Kaduna, which the rebels overran", "al-Rai, a
border town the rebels have entered twice": the noun the clause hangs on is the ground the act took, not an actor
of the main clause (event_attach._place_score scores it as the object of a verb that takes ground, and
event_location.py counts it as the act's own clause's place). Only a passive participle or a relative clause whose
relative pronoun (or, with none, the missing object) is the verb's object or passive subject, and only acts done to
ground (words.tsv `territory_verbs`, `ruin_verbs`): "Iraq, which condemned the raid" and "Kenya, backed by the US"
say nothing of where an act happened.
"""
from __future__ import annotations

from eventwire.knowledge.event_clause import _np_head
from eventwire.knowledge.place_words import _PLACE_HEADS, _PROVINCE_WORDS, _SETTLEMENT_NOUNS, _TERRITORY_VERBS, _WORDS

_RUIN_VERBS = _WORDS["ruin_verbs"]
_RELATIVE_WORDS = frozenset({"which", "that", "where"})


def _done_to_noun(trig) -> bool:
    """Is the noun trig's clause hangs on what the act was done to (passive participle, or the relative pronoun as
    the verb's object or passive subject)?"""
    if trig.dep_ == "acl":
        return trig.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in trig.children)
    kids = list(trig.children)
    if any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _RELATIVE_WORDS for c in kids):
        return not any(c.dep_ == "nsubjpass" and c.lower_ not in _RELATIVE_WORDS for c in kids)
    # a clause with no relative word whose own subject acts and whose object is missing: "a border town the
    # rebels have entered twice" (not "the town they marched to": a preposition left without its noun)
    return any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS for c in kids) \
        and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in kids) \
        and not any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in kids)


def described_by(trig, h) -> bool:
    """Is the place whose head token is h the noun the participle or relative clause at trig describes, the
    ground the act was done to?"""
    if trig is None or h is None or trig.dep_ not in ("acl", "relcl"):
        return False
    lemma = trig.lemma_.lower()
    if lemma not in _TERRITORY_VERBS and lemma not in _RUIN_VERBS or not _done_to_noun(trig):
        return False
    noun = trig.head
    nouns = {noun.i}
    if noun.dep_ == "appos" and _place_noun(noun):
        nouns.add(noun.head.i)        # "Hiroshima, the city destroyed by ...": the name the noun stands beside
        #                               (not "Trinidad, the highest-ranking member ... captured": a man's name)
    top = _np_head(h)
    return h.i in nouns or top.i in nouns or h.dep_ == "conj" and h.head.i in nouns


def _place_noun(tok) -> bool:
    """Is tok a word for a place ("city", "town", "port", "province")?"""
    words = {tok.lower_, tok.lemma_.lower()}
    return bool(words & (_SETTLEMENT_NOUNS | _PLACE_HEADS | _PROVINCE_WORDS))
