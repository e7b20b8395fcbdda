"""A target a later stage takes for an event (the doer of the act it answers, the one a harm was done to, the captives
held in a place, ...): the actor taken, its `why` led by what the stage says it is, and the event's rule told so
("; target: <said>"). One helper for the stages that each wrote it out (answered.py, answered_appeal.py,
earlier_acts.py, denied_claims.py, pronoun_acts.py, harm_by.py, held_in.py)."""
from __future__ import annotations

from dataclasses import replace


def with_target(e, actor, said: str):
    """The event `e` with `actor` as its target, the actor's `why` and the event's rule saying `said`."""
    taken = replace(actor, why=f"{said}; " + (actor.why or ""))
    return replace(e, target=taken, rule=(e.rule or "") + f"; target: {said}", counts=list(e.counts))
