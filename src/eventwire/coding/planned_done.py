"""An act of force planned and done, told by two coordinated verbs: "the cell planned and carried out attacks on X".

A verb of planning or preparing coded as a threat (root 13: "planned attacks", "prepared an assault") coordinated
with a verb that tells the same act of force as done (roots 18-20: "carried out", "directed", "launched"), both
sharing one object (the parser hangs it on the last verb), tells one act, the one done: the plan is no threat of
its own, and its event is dropped. A plan told alone ("the cell planned attacks") stays what the lexicon says;
so does a plan coordinated with an act of force that has an object of its own ("planned the raid and shelled the
town": two acts).
"""
from __future__ import annotations

from eventwire.model import Event

FORCE_ROOTS = ("18", "19", "20")
TOLD = ("asserted", "reported")


def _objects(tok) -> list:
    return [c for c in tok.children if c.dep_ == "dobj"]


def _shares_object(plan, done) -> bool:
    """Whether the plan verb and the done verb are coordinated and the plan has no object but the one they share."""
    if not (done.dep_ == "conj" and done.head.i == plan.i) and not (plan.dep_ == "conj" and plan.head.i == done.i):
        return False
    own = _objects(plan)
    return not own or any(o.i == d.i for o in own for d in _objects(done))


def drop_done_plans(events: list[Event], doc) -> list[Event]:
    """The events of one sentence without a threat (13) whose verb is coordinated with one telling the same act of
    force as done (module doc)."""
    if len(events) < 2:
        return events
    drop = set()
    for k, e in enumerate(events):
        if e.cameo[:2] != "13" or e.trigger_token is None or e.modality not in TOLD:
            continue
        plan = doc[e.trigger_token]
        if plan.pos_ != "VERB":
            continue
        for j, a in enumerate(events):
            if j == k or a.trigger_token is None or a.cameo[:2] not in FORCE_ROOTS or a.modality != e.modality:
                continue
            if _shares_object(plan, doc[a.trigger_token]):
                drop.add(k)
                break
    return [e for k, e in enumerate(events) if k not in drop]
