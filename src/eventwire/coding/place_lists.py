"""Actors stage, coordination: a place the parser coordinated with a party instead of with the place before it.

"Canada is fighting al-Shabaab in Somalia and Kenya": the parser often hangs "Kenya" on "al-Shabaab" as its
conjunct, so the act would get a second target, Kenya's state. When the noun it is coordinated with carries a
locative phrase ("in Somalia") whose object is a place, and the conjunct is a place too and follows that phrase
right after an "and" or a comma, the conjunct continues the list of places where the act was done ("in Somalia
and Kenya"): it is where, not a party. coding/resolve.py leaves such a conjunct out of the heads it resolves.
"""
from __future__ import annotations


# the prepositions of a phrase that tells where an act was done, whose list of places a conjunct may continue
WHERE_PREPS = frozenset({"in", "inside", "across", "throughout", "within"})


def _is_place(tok, ctx) -> bool:
    """Whether the token is a place the gazetteer placed in the text (a country, region or town), by its offsets."""
    if tok.pos_ != "PROPN":
        return False     # (by the gazetteer, not the entity label: a country is at times labelled ORG)
    end = tok.idx + len(tok.text)
    return any(p.end is not None and p.end > tok.idx for p in ctx.places_in(tok.left_edge.idx, end))


def place_list_conjunct(head, conj, ctx) -> bool:
    """Whether `conj`, a conjunct of `head` after it, continues the place list of a locative phrase on `head`
    ("against the militia in Somalia and Kenya") rather than naming a second party."""
    if ctx is None or conj.i <= head.i or not _is_place(conj, ctx) or _is_place(head, ctx):
        return False
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in WHERE_PREPS or prep.i > conj.i:
            continue
        where = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if where is None or not _is_place(where, ctx) or where.right_edge.i >= conj.i:
            continue
        between = head.doc[where.right_edge.i + 1: conj.left_edge.i]
        if len(between) and all(t.lower_ in ("and", ",") for t in between):
            return True
    return False
