"""Relative clauses the parser did not hang on their noun (knowledge/coref.py `_relative`): in "the hill tribes
– all of whom the governor calls bandits" or "the envoys, with whom the king later met" the parser may make the
clause an adverbial clause of the main verb, or hang it on a noun far back that names no actor ("gave support to
..., in pursuit of a feud with the tribes – all of whom ...": not the support), so no arc names the right noun.
Such a clause opens right after a comma or a dash with the pronoun itself, a share of it ("all of whom") or a
preposition before it ("with whom"); the noun that ends the phrase before that comma or dash is its noun.
"""
from __future__ import annotations

from typing import Optional

RELATIVE_WORDS = frozenset({"who", "whom", "which"})
OPENING_PUNCT = frozenset({",", "–", "—", "-"})
# tags of the words a clause may open with before its relative pronoun: a share ("all of", "many of", "two of"),
# a preposition ("with whom", "against which")
OPENING_TAGS = frozenset({"DT", "PDT", "CD", "IN", "JJS", "RB"})


def unhung_relative_noun(h) -> Optional[object]:
    """The noun right before the comma or dash that opens the clause of relative pronoun `h`, when the parser hung
    that clause on no noun or on one far back that names no actor (asked then only); None when `h` is no such pronoun or the clause does not open
    right there with it."""
    if h.lower_ not in RELATIVE_WORDS or h.tag_ not in ("WP", "WDT"):
        return None
    v = next((a for a in h.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if v is None or v.dep_ == "ROOT":
        return None               # (the main clause: none; a clause hung on a noun naming no actor is asked here too)
    j = h.i - 1                   # (the clause's left edge may reach further back: the parser hangs phrases before
    while j >= 0 and h.doc[j].tag_ in OPENING_TAGS and j >= h.i - 4:   # the dash on its verb too)
        j -= 1
    if j < 1:
        return None
    punct, noun = h.doc[j], h.doc[j - 1]
    if punct.text not in OPENING_PUNCT or noun.pos_ not in ("NOUN", "PROPN") or noun.sent.start != h.sent.start:
        return None
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun
