"""Whether a place stands in the event's own clause, for the actors' country (issue 14: wrong country on an actor
that is otherwise right; read by knowledge/actor_country._clause_place).

    in_own_clause(anchor, head, complement)   # False for "Norway" in "MPs signed a letter urging the minister to act
                                              # in Norway" (True with `complement`: the minister urged acts there)
    place_in_own_clause(anchor, doc, place, complement)   # the same for a Place (its characters' head word)

The event's place (knowledge/event_location.py) may come from a clause below the event's word or beside it: the
act someone is urged or said to do ("a letter urging the premier to stop arms sales to Yemen"), or a clause that
tells of someone else ("the families of two men killed fighting in Mali condemned a report"). Where the act took
place, that place may do; but whose the doer is, it does not say: the actors take a country from it only as one of
the sentence's places (actor_country._where_it_happened), where the others' countries count too.
"""
from __future__ import annotations

from eventwire.doc_index import span_root

# dependencies that open a clause of its own under a word (not "conj": verbs joined by "and" share their places,
# "convicted and jailed by a court in X")
_CLAUSAL = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"})
_COMPLEMENT = frozenset({"xcomp", "ccomp"})
_WHEN = frozenset({"when", "as", "while", "whilst"})


def in_own_clause(anchor, head, complement: bool = False) -> bool:
    """Whether the place whose head word is `head` stands in the clause of the event's word `anchor`: no clause
    opens between the place and the word above both that joins it to the anchor ("a letter urging the premier to act
    in X", "the families of men killed in X condemned": no; "a spokesman for the ministry in X declined to comment",
    "the town of X, where three died": yes). With `complement`, the anchor's own complement clause counts as its
    clause too: the one urged acts there ("urged residents to leave X")."""
    if anchor is None or head is None:
        return True
    if any(c.lower_ == "where" and c.dep_ == "advmod" and 0 < c.i - head.i <= 2 for c in anchor.children):
        return True             # ("in the town of X, where three died", however the parser hangs the clause)
    if complement and any(c.dep_ in _COMPLEMENT and c.left_edge.i <= head.i <= c.right_edge.i
                          for c in anchor.children):
        return True             # ("urged women to take part in rebuilding schools in X": where the ones urged act)
    above = {t.i for t in anchor.ancestors} | {anchor.i}
    t = head
    for _ in range(60):
        if t.i in above:
            return True
        if t.dep_ in _CLAUSAL and t.pos_ in ("VERB", "AUX") and not _when_clause(t):
            return False
        if t.head.i == t.i:
            return True
        t = t.head
    return True


def _when_clause(t) -> bool:
    """An adverbial clause of the same happening's moment ("were killed when a bomb went off in X", "as they
    crossed into X"): its place is the event's."""
    return t.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN for c in t.children)


def place_in_own_clause(anchor, doc, place, complement: bool = False) -> bool:
    """`in_own_clause` for a Place with character offsets (True where its words cannot be found)."""
    if anchor is None or place is None:
        return True
    root = span_root(doc, place.start, place.end)
    return True if root is None else in_own_clause(anchor, root, complement)
