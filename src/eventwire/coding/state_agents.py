"""Implicit state agents the article leaves in doubt (issue 14, item 2): an arrest, detention or jail term with no
named doer is the state's where it happened (knowledge/implicit_agents.py: implicit_agent), unless the article tells
an armed side outside the state (an `irregular` sector of data/coding/actor_country.tsv, a group such as Isis, or a
people's body) holding people in that same country: then whose prisoners they were is not plain, and the implicit
agent is taken back ("Isis detained thousands in Raqqa ... Many Syrians were detained": not the Syrian police).

    events = check_state_agents(events)       # after the events of a document are coded and placed, before doers.py

The article's custody acts by such sides are indexed once per document, by country (an act placed nowhere counts for
every country). An event whose implicit agent is taken back keeps its target (sides.py may then take the one doer the
article names for this kind of act); one left with no actor at all is dropped. The rule says "implicit agent taken
back: ...".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.knowledge.actor_country import word_kinds
from eventwire.model import Event

CUSTODY = ("173", "181", "116")   # arrest and detention, abduction and hostage taking, a sentence passed
COURT = "116"                     # a sentence passed: a court's act
STATE_AGENT = ("implicit agent: the state where it happened", "implicit agent: the police")


def _irregular(a) -> bool:
    if a is None:
        return False
    if a.sector in word_kinds().get("irregular", frozenset()):
        return True
    return a.kind == "people" or (a.kind == "group" and not a.country)


def check_state_agents(events: list[Event]) -> list[Event]:
    """The events, with an implicit state agent taken back where the article tells an irregular side holding
    people in the same country (module doc)."""
    if not any(e.source is not None and (e.source.why or "").startswith(STATE_AGENT) for e in events):
        return events
    held: dict = {}                   # country (or None: placed nowhere) -> the first custody act by an irregular side
    for e in events:
        if (e.cameo or "").startswith(CUSTODY) and _irregular(e.source) \
                and not (e.source.why or "").startswith("implicit agent"):
            c = e.location.country if e.location is not None else None
            held.setdefault(c, e)
    if not held:
        return events
    out = []
    for e in events:
        why = (e.source.why or "") if e.source is not None else ""
        if why.startswith(STATE_AGENT) and (e.cameo or "").startswith(CUSTODY):
            c = e.source.country
            court = e.cameo.startswith(COURT) or e.source.sector == "JUD"      # (a charge: the courts' act too)
            by = (held.get(c) or (held.get(None) if not court else None)) if c \
                else next(iter(held.values()))
            # (a court's sentence or charge in a named country is not put in doubt by a capture told nowhere:
            # "convicted in Turkey" ... "captured by the Kurdish militia")
            if by is not None:
                if e.target is None:
                    continue
                e = replace(e, source=None, counts=list(e.counts),
                            rule=e.rule + f"; implicit agent taken back: {by.source.code} holds people there too "
                                          f"('{by.trigger_text}', sentence {by.sentence})")
        out.append(e)
    return out
