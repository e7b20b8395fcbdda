"""Praise or criticism told in the passive, its givers named in the next sentence (issue 14, no source): "The
Ghanaian envoy was widely praised. The Togolese president commended her patience" tells who praised her one
sentence on; "The ruling was condemned. Kenya denounced it as a betrayal" who condemned it.

    events = next_sentence_givers(sdoc, events)     # after pronoun_act_targets (pipeline.py)

An event of praise (CAMEO 051) or criticism (111) told as done in the passive with no "by" agent and no source, with
a target, takes as its source the source of the first event of the same code in the very next sentence that is told as
done, has a named source that is not the target itself, and is aimed at the same target or at nothing the coder
read (a pronoun or a noun of the target's deeds: "commended her patience"). Never across more than one sentence,
never an event aimed at someone else ("The envoy was praised. Togo praised Ghana's restraint" names Ghana, not
her), never a response of another kind ("was praised. Critics said ..."). The rule says "; source: who did the
same in the next sentence ('<trigger>')".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.model import Event

TOLD = ("asserted", "reported")
GIVEN = ("051", "111")          # praise, criticism


def _passive_no_agent(t) -> bool:
    return t.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in t.children) \
        and not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in t.children)


def next_sentence_givers(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a passive praise or criticism given the one who does the same in the next sentence."""
    if sdoc is None or len(events) < 2:
        return events
    out = list(events)
    for i, e in enumerate(events):
        code = (e.cameo or "")[:3]
        if e.source is not None or e.target is None or code not in GIVEN or e.modality not in TOLD \
                or e.trigger_token is None or e.trigger_token >= len(sdoc):
            continue
        if not _passive_no_agent(sdoc[e.trigger_token]):
            continue
        giver = next((f for f in events if f.sentence == e.sentence + 1 and (f.cameo or "")[:3] == code
                      and f.modality in TOLD and f.source is not None and f.source.code
                      and f.source.code != e.target.code
                      and (f.target is None or f.target.code == e.target.code)), None)
        if giver is None:
            continue
        why = f"who did the same in the next sentence ('{giver.trigger_text}')"
        out[i] = replace(e, source=replace(giver.source, why=f"{why}; " + (giver.source.why or "")),
                         rule=(e.rule or "") + f"; source: {why}", counts=list(e.counts))
    return out
