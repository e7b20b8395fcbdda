"""The victims of an act of force whose doer came later (issue 14, item 3; run by pipeline.py last).

    events = victims_apart(sdoc, events, ctx)    # after the acts told again are folded (coding/retold.py)
    target = replace_for_doer(target, doer, sent, anchor, ctx, cameo)

A sector-only target is placed when its event is coded (knowledge/actor_country.py), before a doer borrowed from the
act its clause names (coding/doers.py) or from another telling of the same act (coding/retold.py) is known ("A
Tehran-led alliance has launched raids that have killed dozens of villagers": the raids' doer is given to the
killing, or the killing folded into the raids, afterwards). Placed then, the only country its sentence names may be the doer's
own, and the victims took it. An act of force never gives its victims the attacker's own country from the attacker's
mention alone: the target is placed again as if that doer had been its event's source (the doer's mention is set
aside where the doer comes from outside the story), so its country comes from its own phrase or clause, from the
places the sentence names, else the story's country, else none. Only a target whose country is its doer's, taken from
a sentence-level step (not its own words), is placed again: "Saudi villagers" and "villagers in Jizan" keep theirs,
and a state's forces acting at home (a story about that state) still share its country. A target left with no
country for the doer's mention among the sentence's countries is placed again the same way, and takes a country only
from the places the sentence names ("30 civilians were killed in Russia's offensive against an enclave in southern
Syria": SYRCVL), never from a mention alone.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.knowledge import actor_country
from eventwire.coding.force_codes import FORCE_ROOTS
from eventwire.coding.people_patients import people_act

# the code people an act of no force was done to are placed as (coding/people_patients.py): victims of force
PEOPLE_PLACED_AS = "180"

# (the steps that place it by its own words or by the places named, not by an actor's mention)
_OWN = ("from its own", "from the clause's place", "from its possessor", "from where it is", "named in its phrase",
        "the only country of the places")


def country_step(actor):
    """(where in its `why` the step that gave a sector-only actor its country begins, that step's words after
    "country XXX "), or None where its `why` names no such step ("sector term 'civilians' -> CVL, ...; country SAU the
    only country the sentence names": the cut before "; country", "the only country ...")."""
    why = actor.why or ""
    mark = f"; country {actor.country} "
    cut = why.rfind(mark)
    return (cut, why[cut + len(mark):]) if actor.country and cut >= 0 else None


def replace_for_doer(target, doer, sent, anchor, ctx, cameo: str, doers: tuple = (), people: bool = False):
    """`target` placed again with `doer` as the act's other party, and `doers` its co-doers ("Russian and Syrian
    bombs": both set aside), as the module doc says; or `target` itself unchanged. `people`: the people an act that
    is no act of force was done to (coding/people_patients.py: "British officers met informants in Libya"), placed
    as victims are."""
    force = people or (cameo or "")[:2] in FORCE_ROOTS
    if people:
        cameo = PEOPLE_PLACED_AS    # (the doer's own words give them no country, as they give victims none)
    if force and target is not None and doer is not None and doer.country \
            and target.country is None and actor_country.sector_only(target) and target.code == target.sector:
        return _placed_apart(target, doer, sent, anchor, ctx, cameo, doers)
    if not force or target is None or doer is None or not doer.country \
            or target.country != doer.country or not target.sector or target.code != target.country + target.sector:
        return target
    step = country_step(target)
    if step is None or step[1].startswith(_OWN):
        return target           # (a country from its own words or clause is its own: "Saudi civilians")
    bare = replace(target, code=target.sector, country=None, why=(target.why or "")[:step[0]])
    others = [doer] + [d for d in doers if d is not None and d is not doer]
    actor_country.place_actor(bare, others, anchor, sent, ctx, source_side=False, cameo=cameo)
    if bare.country == target.country:
        return target
    if bare.country is None:
        bare.why = (bare.why or "") + f"; no country: its doer's own ('{doer.text}') is not its victims'"
    return bare


def _placed_apart(target, doer, sent, anchor, ctx, cameo: str, doers: tuple):
    """A target left with no country while its doer was not known (the sentence then named the doer's country and
    a place of another: "30 civilians were killed in Russia's offensive against an enclave in southern Syria"),
    placed again with the doer set aside; kept only where the places the sentence names give it ("from the clause's
    place", "the only country of the places ...", the place of the act that did it), never a mention alone."""
    if not sent.start_char <= (doer.start if doer.start is not None else -1) < sent.end_char:
        return target           # (a doer from another sentence: its mention is not this sentence's to set aside)
    trial = replace(target)
    others = [doer] + [d for d in doers if d is not None and d is not doer]
    actor_country.place_actor(trial, others, anchor, sent, ctx, source_side=False, cameo=cameo)
    step = country_step(trial) if trial.country else None
    if step is None or trial.country == doer.country \
            or not step[1].startswith(_OWN + ("from the place of the act",)):
        return target
    trial.why = (trial.why or "") + f" (its doer '{doer.text}' set aside)"
    return trial


def victims_apart(sdoc, events: list, ctx) -> list:
    """Each act of force's target placed again with its source as the other party (module doc), where both are of
    the anchor's sentence, with the other doers of the same act (its events at the same words); the events, in
    place."""
    acts: dict = {}
    for e in events:
        if e.source is not None:
            acts.setdefault((e.sentence, e.trigger_start), []).append(e.source)
    for e in events:
        t, s = e.target, e.source
        people = people_act(e)
        if ((e.cameo or "")[:2] not in FORCE_ROOTS and not people) or t is None or s is None or e.trigger_token is None \
                or t.start is None or not (0 <= e.trigger_token < len(sdoc)):
            continue
        anchor = sdoc[e.trigger_token]
        sent = anchor.sent
        if not sent.start_char <= t.start < sent.end_char:
            continue            # (a target taken from a telling in another sentence was placed there)
        doers = tuple(acts.get((e.sentence, e.trigger_start), ()))
        e.target = replace_for_doer(t, s, sent, anchor, ctx, e.cameo, doers, people=people)
    return events
