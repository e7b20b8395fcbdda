"""How a place stands in its sentence, for placing actors (knowledge/actor_country.py): a place the act is done to,
a place someone is from, a place listed with places of other countries.
"""
from __future__ import annotations


def acted_on(doc, start, end) -> bool:
    """A place the act is done to ("bombed Aleppo", "shelled the town of X", "strikes on Raqqa"): where an army or a
    government acts, not where it is from."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    t = span.root
    for _ in range(6):
        if t.dep_ in ("compound", "amod", "appos", "conj") and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
        else:
            break
    if t.dep_ in ("dobj", "nsubjpass"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in ("on", "against", "upon", "at")


def origin_of_someone(doc, start, end) -> bool:
    """A place named as where someone is from ("Reyaad Khan, from Cardiff"): no place where anything happened."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    t = span.root
    for _ in range(4):
        if t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
            t = t.head
        else:
            break
    return t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.pos_ in ("NOUN", "PROPN", "PRON")


def listed_with_others(doc, loc, where, sent) -> bool:
    """Whether the clause's place is one of a list of places in several countries ("troops in Iraq and Syria")."""
    span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    country = where.named.get((loc.start, loc.end), loc.country)
    others = {t.i for t in span.root.conjuncts}
    if not others:
        return False
    for it in where.in_sentence(sent):
        if it[0] != country:
            sp = doc.char_span(it[1], it[2], alignment_mode="expand")
            if sp is not None and any(t.i in others for t in sp):
                return True
    return False
