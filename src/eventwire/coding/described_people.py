"""Roles stage: the sector of people named by what they do (issue 14, people described, not named).

A patient "those" with a "who" clause that describes them ("snipers target those who attempt to flee", "police beat
those who protested") is people the actor lists cannot name; coding/victim_roles.py makes them a civilian target.
The clause's verb says more where data/coding/described_people.tsv lists it: "those who protested" are protesters,
coded as the opposition (OPP), "those who fled" civilians (CVL). A try verb ("attempt", "try": row sector `try`) is
read through its "to V" ("those who attempt to flee": flee). A verb not listed keeps the civilian reading; the
country comes later, as for any victim (knowledge/actor_country.py). The actor's `why` names the verb that fired.

    described_sector(head)   # (sector, verb token) or None
"""
from __future__ import annotations

import functools
from typing import Optional

from eventwire.coding.tables import coding_table

DESCRIBED_MARK = "coding/described_people.py"


@functools.cache
def _rows() -> dict:
    """{verb lemma: sector} from data/coding/described_people.tsv."""
    return {verb.lower(): sector for verb, sector, *_ in coding_table("described_people.tsv")}


def describing_verb(head):
    """The verb of the "who" clause on `head` ("those who fled": fled), or None."""
    for c in head.children:
        if c.dep_ == "relcl" and any(s.lower_ in ("who", "whom") and s.dep_.startswith("nsubj") for s in c.children):
            return c
    return None


def described_sector(head) -> Optional[tuple]:
    """(sector, verb) for the people `head` ("those") stands for, by the verb of its "who" clause (module doc), or
    None where the verb is not listed."""
    verb = describing_verb(head)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return None               # ("those who did not flee": what they did not do says nothing of who they are)
    rows = _rows()
    sector = rows.get(verb.lemma_.lower())
    if sector == "try":
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        sector = rows.get(verb.lemma_.lower()) if verb is not None else None
    if sector is None or sector == "try":
        return None
    return sector, verb
