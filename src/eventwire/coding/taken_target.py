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


def nearest_told_before(e, acts: list):
    """(the nearest of `acts`, words saying where it was told) for an event `e` that takes the target of an act told
    before it (the acts that qualify, already chosen by the caller), or None: none, or acts aimed at two sides (which
    one is meant is not plain). Used by stopped_aid.py and restated_stance.py."""
    from eventwire.coding.answered import same_side
    if not acts:
        return None
    near = max(acts, key=lambda x: (x.sentence, x.trigger_token or 0))
    if any(not same_side(x.target, near.target) for x in acts):
        return None
    back = e.sentence - near.sentence
    return near, (f"{back} sentence(s) before" if back else "earlier in its sentence")
