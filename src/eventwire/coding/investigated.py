"""Whom an investigation is aimed at when its object is an act (issue 14 item 4, no target; session 29).

    events = investigated_targets(sdoc, events, places)   # a document stage, after incident_doers

An inquiry, probe or investigation (CAMEO 09) with no target whose object is an act is aimed at the act's doer:
"inspectors arrived to investigate the chemical attack", "an inquiry into the bombing", "to gather evidence of the
group's crimes". The investigated thing is the trigger verb's direct object (data/coding/investigated.tsv `verb`) or
an investigation noun's "into"/"of" phrase (`noun`: the trigger itself, or the light verb's object, "opened an inquiry
into"); a noun that stands for its "of" phrase's act (`via`: "the site of the attack") is read through. A party's
part in something (`role`: "an inquiry into Russia's role") is that party. For an act noun (`act`) the target is, in
order:

1. the doer of the act noun coded in the sentence itself ("into the killing of the reporter by Saudi agents"), or a
   coded possessor or "by" doer of that act;
2. for an act the article told before ("the attack", "the Douma attack"): the one doer the article names for force
   (CAMEO 18-20, told as done, not denied) at the place the act's phrase names, or, where its phrase names no place,
   the one doer of every act of force told with a doer before it in the article;
3. the state of the place (a town or region) the act's phrase names ("the site of the alleged attack in Ghouta"),
   else, for an act done at a scene (`scene`), of the town its investigation's own clause places it in ("arrived in
   Aleppo to investigate the attack").

An investigation given the act's victim as its target, where the sentence codes the act's doer, is aimed at the
doer instead. Never the investigator's own side. The target's `why` begins "the doer of the act investigated" or "the state where
the act investigated was done", and the event's rule ends with "; target: " and the same words.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.tables import coding_table
from eventwire.coding.taken_target import with_target
from eventwire.model import Actor, Event

FORCE = ("18", "19", "20")
TOLD = ("asserted", "reported")
OBJ_PREPS = ("into", "of")


@lru_cache(maxsize=1)
def _table() -> dict:
    rows: dict = {"verb": set(), "noun": set(), "via": set(), "act": set(), "role": set(), "scene": set()}
    for kind, word, *_ in coding_table("investigated.tsv"):
        if kind not in rows:
            raise ValueError(f"investigated.tsv: unknown kind {kind!r}")
        rows[kind].add(word.lower())
    return {k: frozenset(v) for k, v in rows.items()}


def _pobj(n, preps=OBJ_PREPS):
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            o = next((g for g in c.children if g.dep_ == "pobj"), None)
            if o is not None:
                return o
    return None


def _investigated(t):
    """The noun an investigation at token `t` is of, or None."""
    tab = _table()
    lemma = t.lemma_.lower()
    o = None
    if t.pos_ == "NOUN" and lemma in tab["noun"]:
        o = _pobj(t)
    elif t.pos_ == "VERB":
        objs = [c for c in t.children if c.dep_ == "dobj"]
        for d in objs:
            if d.lemma_.lower() in tab["noun"]:
                o = _pobj(d)
            elif lemma in tab["verb"]:
                o = d
            if o is not None:
                break
    seen = 0
    while o is not None and o.lemma_.lower() in tab["via"] and seen < 3:
        o, seen = _pobj(o, ("of",)), seen + 1
    return o


def _span(tok) -> tuple:
    toks = list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _own_doer(o, events: list[Event], sent: int) -> Optional[Actor]:
    """The named doer of a coded act at the act noun `o` itself, in the sentence."""
    for x in events:
        if x.sentence == sent and x.trigger_token == o.i and x.source is not None and is_named(x.source):
            return x.source
    return None


def _own_place(o, places):
    """A town or region (not a country) the act noun's own phrase names ("the Douma attack", "attack in Ghouta")."""
    lo, hi = _span(o)
    for p in places or ():
        if p.start is not None and lo <= p.start and p.end <= hi and p.feature != "country" and p.country \
                and not p.demonym:
            return p
    return None


def _place_doer(e: Event, p, events: list[Event]) -> Optional[Actor]:
    from eventwire.coding.incident_doers import _told_at
    doers = [x for x in events if x.sentence != e.sentence and x.source is not None and is_named(x.source)
             and (x.cameo or "")[:2] in FORCE and x.modality in TOLD and _told_at(x, p)]
    if len({x.source.code for x in doers}) == 1:
        return doers[0].source
    return None


def _earlier_doer(e: Event, o, events: list[Event]) -> Optional[Actor]:
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children):
        return None
    doers = [x for x in events if x.sentence < e.sentence and x.source is not None and is_named(x.source)
             and (x.cameo or "")[:2] in FORCE and x.modality in TOLD]
    if len({x.source.code for x in doers}) == 1:
        return doers[0].source
    return None


def _target(sdoc, e: Event, events: list[Event], places) -> Optional[tuple]:
    t = sdoc[e.trigger_token]
    o = _investigated(t)
    if o is None:
        return None
    tab = _table()
    lemma = o.lemma_.lower()
    if lemma in tab["role"]:
        return None             # (the possessor is resolved as the object's own actor where the slot reads it)
    if lemma not in tab["act"]:
        return None
    doer = _own_doer(o, events, e.sentence)
    if doer is not None:
        return doer, f"the doer of the act investigated ('{o.text}', told in its sentence)"
    p = _own_place(o, places)
    if p is not None:
        doer = _place_doer(e, p, events)
        if doer is not None:
            return doer, f"the doer of the act investigated ('{o.text}' at {p.name or p.text}, told elsewhere)"
        return (Actor.national(p.country, text=p.text),
                f"the state where the act investigated was done ('{o.text}' at {p.name or p.text})")
    doer = _earlier_doer(e, o, events)
    if doer is not None:
        return doer, f"the doer of the act investigated ('{o.text}', the one doer of force told before)"
    p = e.location
    if lemma in tab["scene"] and p is not None and p.precision == "clause" and p.feature != "country" and p.country and not p.demonym:
        return (Actor.national(p.country, text=p.text),
                f"the state where the act investigated was done ('{o.text}', investigated at {p.name or p.text})")
    return None


def _victim_read(sdoc, e: Event, events: list[Event]) -> Optional[tuple]:
    """An investigation aimed at the victim of the act it investigates, whose doer the sentence codes ("an inquiry
    into the killing of the reporter by Saudi agents"): that doer."""
    o = _investigated(sdoc[e.trigger_token])
    if o is None or o.lemma_.lower() not in _table()["act"]:
        return None
    for x in events:
        if x.sentence == e.sentence and x.trigger_token == o.i and x.source is not None and is_named(x.source) \
                and x.target is not None and x.target.code == e.target.code:
            return x.source, f"the doer of the act investigated ('{o.text}', told in its sentence), not its victim"
    return None


def investigated_targets(sdoc, events: list[Event], places=()) -> list[Event]:
    """The events, with an investigation of an act that names no target aimed at the act's doer or the state where
    it was done (module doc)."""
    if sdoc is None or not events:
        return events
    out = list(events)
    for i, e in enumerate(events):
        if not (e.cameo or "").startswith("09") or e.trigger_token is None or e.trigger_token >= len(sdoc) \
                or e.source is None:
            continue
        got = _target(sdoc, e, events, places) if e.target is None else _victim_read(sdoc, e, events)
        if got is None:
            continue
        actor, why = got
        if same_side(actor, e.source) or actor.code == e.source.code:
            continue
        out[i] = with_target(e, actor, why)
    return out
