"""A target read from the doer's own phrase is a co-doer, not the one acted on (issue 14, wrong target).

    targets, how = drop_co_doers(targets, sources, fallback)     # asked by Coder.code_sentence after find_targets

"areas taken in conflict by Russian, Iranian and Syrian government forces, such as Ghouta and Darraya": the parser's
reading gives the act its doers from the "by" phrase and, through a fallback (the owner of the ground, a phrase in
apposition), the same phrase again as its target, so that each state of the list is made the target of the others.
A target reached through a fallback whose words hold a doer's words is one of the doers: it is dropped, and the
event's rule says so. A target of the act's own slot is kept ("Russia and Turkey met": coding/reciprocal.py pairs
parties named together on purpose).
"""
from __future__ import annotations


def _holds(t, s) -> bool:
    """Whether the target's words hold the doer's (not a target inside a longer doer phrase: "those fighting for
    independence inside Turkey" fight Turkey)."""
    return None not in (t.start, t.end, s.start, s.end) and t.start <= s.start and s.end <= t.end


def drop_co_doers(targets: list, sources: list, fallback: bool) -> tuple[list, str]:
    """(the targets without the fallback ones read from a doer's own phrase, the rule's note)."""
    if not (fallback and targets and sources):
        return targets, ""
    kept = [t for t in targets if t is None or not any(_holds(t, s) for s in sources)]
    if len(kept) == len(targets):
        return targets, ""
    gone = next(t for t in targets if t not in kept)
    return kept, f"; target '{gone.text}' dropped: a doer's own phrase (a co-doer, coding/co_doers.py)"
