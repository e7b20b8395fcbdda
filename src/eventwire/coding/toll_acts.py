"""Which coded acts never take a death or injury toll (data/coding/toll_acts.tsv: posture, reduced relations,
restrictions, arrests, expulsions). A toll whose phrase hangs on such an act's clause goes on up to an act that can
harm, or to the nearest such act of its sentence (pipeline.attach_counts); a toll in a sentence whose acts are all
of these is read as an earlier incident's (coding/incidents.py), never as the arrest's beside it, so that a
total per place and period counts it once."""
from __future__ import annotations

import functools

from eventwire.coding.tables import coding_table

HARM_TYPES = ("killed", "injured")


@functools.cache
def _prefixes() -> tuple:
    return tuple(row[0] for row in coding_table("toll_acts.tsv"))


def takes_toll(cameo) -> bool:
    """An act that may carry a death or injury toll (any but those of toll_acts.tsv)."""
    return not (cameo and str(cameo).startswith(_prefixes()))


def toll_takers(count, events: list) -> list:
    """Of ``events``, those ``count`` may go to: for a death or injury toll the acts that may carry one, for any other
    count (arrested, displaced, protesters) all of them."""
    if getattr(count, "type", None) in HARM_TYPES:
        return [e for e in events if takes_toll(e.cameo)]
    return events
