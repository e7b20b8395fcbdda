"""The person "who" stands for where the parser hung the relative clause on a place noun in that person's phrase
(issue 14, no source): "a network of activists on the ground who have visited the prisons", "fighters in the town who
fled": "who" names people, never the ground or the town, so the clause's subject is the noun whose "on"/"in"/"at"
phrase the place noun is, or, where the parser hung that phrase on the verb, the verb's object (or object of its
preposition) right before it ("spoke to fighters in the village who had repelled ...") (coding/clause_args.subject_of
asks it for a relative clause whose subject is "who").

A place noun: a `landscape` noun of data/coding/nouns.tsv (town, village, ground, area...) or a name of a place
(GPE, LOC, FAC). The person noun: a noun or name that is no place itself. Not "of" phrases ("the mayor of the town
who": the parser's reading may be right, a person may be "of" a place and "who" then still the person, but the
parser hangs the clause on the person there).
"""
from __future__ import annotations

import functools

from eventwire.coding.tables import word_kind_sets

PLACE_ENTS = ("GPE", "LOC", "FAC")
PLACE_PREPS = frozenset({"on", "in", "at", "inside", "across", "near", "from"})


@functools.cache
def _landscape() -> frozenset:
    return word_kind_sets("nouns.tsv").get("landscape", frozenset())


def _place(tok) -> bool:
    return tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in _landscape() or tok.lower_ in _landscape()


def who_antecedent(verb, rel):
    """The person noun "who" (`rel`, the subject of relative clause `verb`) stands for, where the parser hung the
    clause on a place noun in its phrase ("activists on the ground who visited"), else None."""
    if rel.lower_ != "who" or verb.dep_ != "relcl":
        return None
    place = verb.head
    if place.pos_ not in ("NOUN", "PROPN") or not _place(place) or place.dep_ != "pobj":
        return None
    prep = place.head
    if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
        return None
    owner = prep.head
    if owner.pos_ in ("VERB", "AUX") and prep.i > 0:
        # "spoke to Kurdish fighters in the village who ...": the place phrase hung on the verb, right after the
        # person noun that is the verb's object or the object of its preposition
        before = prep.doc[prep.i - 1]
        if before.dep_ in ("dobj", "pobj") and owner.is_ancestor(before):
            owner = before
    if owner.pos_ not in ("NOUN", "PROPN") or _place(owner):
        return None
    return owner
