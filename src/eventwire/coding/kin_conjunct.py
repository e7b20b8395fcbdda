"""'X and their families' (issue 14; asked by coding/relational.py and coding/resolve.actors_for).

"Isis fighters and their families surrendered to the SDF": "their" is the fighters', so the families are the
fighters' people, not the private people of the country the story is set in: where the fighters are an armed body
of no state (a group, or an insurgent, rebel or militia sector), the families are coded as that body; where they
are a state's, kin of a party of a country are that country's private people (relational.py). Both conjuncts act.
The parser sometimes splits the coordination ("spoke of Isis fighters and their families surrendering to ..." with
"fighters" the object of "of" and "families" the participle's only subject): the noun right before "and their"
acts with its kin (`split_owner`).
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

KIN_NOUNS = role_words().get("kin", frozenset())
_NONSTATE = frozenset({"INS", "REB", "SEP", "UAF", "RAD", "CRM"})


def _plural_noun(t) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS")


def kin_owner(h):
    """The noun whose people a kin noun `h` with "their" right before it, coordinated after that noun ("X and their
    families"), names; else None."""
    if h.lemma_.lower() not in KIN_NOUNS or h.i < 3:
        return None
    doc = h.doc
    poss = doc[h.i - 1]
    if poss.lower_ != "their" or poss.dep_ != "poss" or poss.head.i != h.i or doc[h.i - 2].lower_ != "and":
        return None
    if h.dep_ == "conj" and _plural_noun(h.head) and h.head.i < h.i:
        return h.head
    x = doc[h.i - 3]
    while x.dep_ in ("compound", "flat") and x.head.i > x.i and x.head.i < h.i:
        x = x.head
    return x if _plural_noun(x) and x.i == h.i - 3 else None


def owner_span(h, owner) -> tuple:
    """The characters of the owner's own words ("Hundreds of Islamic State fighters"), up to the "and their"."""
    last = h.doc[h.i - 3]
    return owner.left_edge.idx, last.idx + len(last.text)


def split_owner(tok):
    """For a kin subject the parser cut from the noun before its "and their" (module doc): that noun; else None."""
    x = kin_owner(tok)
    if x is None or tok.dep_ == "conj" or x in tok.conjuncts or x.dep_ in ("nsubj", "nsubjpass"):
        return None
    return x


def owners_people(h, owner, owner_actors):
    """The actor a kin noun `h` ("their families" after `owner`) stands for, from its owner's actors: the owner's own
    body where that is an armed body of no state its own words name ("Isis fighters"; not a party its phrase's
    clause names) (module doc); None otherwise (read as usual)."""
    from dataclasses import replace
    lo, hi = owner_span(h, owner)
    for a in owner_actors:
        if a is None or not a.code or a.start is None or a.end is None or not (lo <= a.start and a.end <= hi):
            continue
        if a.kind == "group" or (not a.country and (a.entity or a.sector in _NONSTATE)):
            return replace(a, text=h.text, start=h.idx, end=h.idx + len(h.text),
                           why=f"'their {h.text}' after '{a.text}': the families of {a.code}'s fighters are its own "
                               f"people, not the private people of the story's country ({a.why or a.code})")
    return None
