"""Targets of a bare objection that restates its speaker's own objection told just before (issue 14, the target of
verbal acts): "The defence minister rejected the president's claim that the war was won. 'I strongly disagree,' he
said." (110, no target) disagrees with the president, the one the minister's rejection was aimed at.

    events = restated_targets(sdoc, events)    # after denied_claim_targets (coding/denied_claims.py)

The objection: an event of disapproval, criticism or complaint (110, 111, 114; not an accusation, 112, nor a bare
refusal, 12, which answers a bid) with a named source and no target, told by a verb that names nothing it answers: no
object, complement, clause or prepositional phrase other than one of time ("I strongly disagree", "We object",
"Moscow protested on Tuesday"). Its target is the
target of an opposing act (11, 12, 016) of the same speaker (the same code, and the same person where both name one)
told earlier in its sentence or in the sentence before, aimed at a named party of another side. Never where such acts
aim at two sides (which one is meant is not plain), nor where the speaker has no code of a party (a bare sector).

The target's `why` begins "the one its speaker's own objection just before was aimed at ('<trigger>', N sentence(s)
before)" (or "earlier in its sentence"), and the event's rule ends with "; target: " and the same words.
"""
from __future__ import annotations

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.taken_target import nearest_told_before, with_target
from eventwire.model import Event

# disapprove, criticise, complain (not accuse 112: one accuses someone; nor a bare refusal 12, which answers a bid:
# coding/answered.py, earlier_acts.py)
OBJECTING = ("110", "111", "114")
STANCES = ("11", "12", "016")
BACK = 1                       # sentences before the objection's own where its speaker's stance may be told
# the dependencies through which a verb names what it answers or says: any of them makes it no bare objection
NAMING_DEPS = frozenset({"dobj", "ccomp", "xcomp", "nsubjpass", "attr", "oprd", "advcl", "pcomp", "dative", "agent"})


def restated_targets(sdoc, events: list[Event]) -> list[Event]:
    """The events, with the target of a bare objection taken from its speaker's own objection told just before
    (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    todo = [i for i, e in enumerate(events) if e.target is None and (e.cameo or "").startswith(OBJECTING)
            and e.trigger_token is not None and e.trigger_token < len(sdoc) and is_named(e.source)
            and _bare(sdoc[e.trigger_token])]
    if not todo:
        return events
    out = list(events)
    for i in todo:
        e = events[i]
        stances = [x for x in events if x is not e and e.sentence - BACK <= x.sentence <= e.sentence
                   and (x.sentence < e.sentence or (x.trigger_token or 0) < e.trigger_token)
                   and (x.cameo or "").startswith(STANCES) and is_named(x.target) and _same_speaker(x.source, e.source)
                   and not same_side(x.target, e.source)]
        found = nearest_told_before(e, stances)    # (none where its speaker objected to two sides)
        if found is None:
            continue
        near, where = found
        out[i] = with_target(e, near.target, f"the one its speaker's own objection just before was aimed at "
                                             f"('{near.trigger_text}', {where})")
    return out


def _bare(t) -> bool:
    """Whether a verb names nothing it answers: no object, complement, clause or phrase other than one of time."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    for c in t.children:
        if c.dep_ in NAMING_DEPS:
            return False
        if c.dep_ == "prep" and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            return False
    return True


def _same_speaker(a, b) -> bool:
    """Whether two sources are one speaker: the same code, and the same person or body where both name one."""
    if a is None or b is None or not a.code or a.code != b.code:
        return False
    return not (a.entity and b.entity and a.entity != b.entity)
