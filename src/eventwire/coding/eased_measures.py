"""Whom an eased or lifted measure bound, where the easing names no one (issue 14, no target).

    events = eased_measures(sdoc, events)     # a document stage, after the sentence's events are made

"The presidency decided to ease curfew hours imposed in parts of North Sinai", "lifted the travel ban imposed on
the former minister": the measure's own participle clause ("imposed in/on ...") is coded as an act of its own with
its target (the people of the place, the one banned); the easing (CAMEO 081, 085) of that same measure is aimed at
the same ones. An easing with no target takes the target of the event whose trigger is a participle clause on the
easing's object. The rule ends with "; target: the ones the eased measure was imposed on ('imposed')".
"""
from __future__ import annotations

from eventwire.coding.taken_target import with_target
from eventwire.model import Event

# easing administrative sanctions (081: curfews, bans, states of emergency) and economic ones (085)
_EASING = ("081", "085")


def _object(tok):
    """The object of the easing verb `tok` (its passive subject when passive), or None."""
    return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)


def eased_measures(sdoc, events: list[Event]) -> list[Event]:
    """The events, with an easing that names no target aimed at the target of the participle clause that imposed
    its measure (module doc)."""
    if sdoc is None or not events:
        return events
    by_trigger = {e.trigger_token: e for e in events if e.trigger_token is not None and e.target is not None
                  and e.target.code}
    if not by_trigger:
        return events
    out = []
    for e in events:
        if e.target is not None or not (e.cameo or "").startswith(_EASING) or e.trigger_token is None \
                or e.trigger_token >= len(sdoc):
            out.append(e)
            continue
        obj = _object(sdoc[e.trigger_token])
        imposed = next((by_trigger[c.i] for c in (obj.children if obj is not None else ())
                        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i in by_trigger), None)
        if imposed is None or (e.source is not None and imposed.target.code == e.source.code):
            out.append(e)
            continue
        out.append(with_target(e, imposed.target,
                               f"the ones the eased measure was imposed on ('{imposed.trigger_text}')"))
    return out
