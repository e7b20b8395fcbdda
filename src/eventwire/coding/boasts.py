"""Claims of victory spoken in the first person (issue 14, "reported speech"): a quoted "we have defeated X" or "I
crushed them" in a tweet, speech or interview is a boast about the outcome of a war, not the act of force itself.
The act such a speaker can be held to is the claim (a statement), which the reporting verb already codes; the
victory verb yields no event of its own.

    if victory_boast(cl, ctx): ...     # coding/clause_gate.py, beside the figures of speech

Only the `victory` verbs of data/coding/non_events.tsv (defeat, vanquish: an outcome one side declares over
another), only with a first-person subject ("we", "I"), and only inside a quotation: "The army defeated the rebels
near the border" (the writer's account) and "they defeated us", a third party's account of an act done to the
speaker, stay acts of force.
"""
from __future__ import annotations

from eventwire.coding.nonevent import _is
from eventwire.coding.acts import opened_quote

FIRST_PERSON = frozenset({"we", "i"})


def _quoted(tok, ctx) -> bool:
    """Whether `tok` lies inside a quotation: one the story's quotation index knows, or one opened before it in its
    sentence (a sentence that opens with a quotation mark)."""
    coref = getattr(ctx, "coref", None)
    if coref is not None and hasattr(coref, "quote_at") and coref.quote_at(tok.idx) >= 0:
        return True
    return opened_quote(tok)


def victory_boast(cl, ctx) -> bool:
    """Whether the verb clause `cl` is a first-person claim of victory inside a quotation (see the module doc)."""
    verb = cl.pred
    if cl.kind != "verb" or verb is None or cl.passive or not _is("victory", verb):
        return False
    subj = cl.subj
    if subj is None:
        # "we have defeated X and driven them out": the second verb shares the first one's subject
        head = verb
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
            subj = next((c for c in head.children if c.dep_ in ("nsubj",)), None)
            if subj is not None:
                break
    if subj is None or subj.lower_ not in FIRST_PERSON:
        return False
    return _quoted(verb, ctx)
