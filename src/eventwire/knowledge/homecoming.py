"""People brought home are the doer's own (issue 14, item 3; run by pipeline.py last, after victim_country.py).

    events = brought_home(sdoc, events)

An act of bringing people home (data/coding/actor_country.tsv `homecoming`: "repatriated"; "took back", "brought
back") done by a state gives the people it brings home, a sector-only target of a `homecomer` sector (civilians,
militants, fighters, refugees), the state's own country: "Russia and Sudan have taken back wives and children of
fighters from camps in Syria" are Russian and Sudanese wives and children, not Syrian ones, though the clause's place
is in Syria and each state brings home its own (so the target is set per event, after coordinated doers are paired).
A country the target's own words give ("Syrian orphans", "Iraqi refugees") is kept.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.knowledge.actor_where import word_kinds
from eventwire.knowledge.victim_country import country_step

_OWN = ("from its own", "named in its phrase", "demonym", "from its possessor")


def _homecoming(anchor, kinds) -> bool:
    low = anchor.lemma_.lower()
    if low not in kinds.get("homecoming", frozenset()):
        return False
    if low in ("take", "bring"):
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in anchor.children)
    return True


def brought_home(sdoc, events: list) -> list:
    """Each homecoming act's people given its doer's country (module doc); the events, in place."""
    kinds = word_kinds()
    sectors = kinds.get("homecomer", frozenset())
    for e in events:
        t, s = e.target, e.source
        if t is None or s is None or not s.country or e.trigger_token is None \
                or not (0 <= e.trigger_token < len(sdoc)) or t.sector not in sectors or t.country == s.country \
                or t.code not in (t.sector, (t.country or "") + t.sector):
            continue
        step = country_step(t)
        if t.country and (step is None or step[1].startswith(_OWN)):
            continue            # (a country of its own words: "Syrian orphans")
        if not _homecoming(sdoc[e.trigger_token], kinds):
            continue
        base = (t.why or "")[:step[0]] if step is not None else (t.why or "")
        e.target = replace(t, code=s.country + t.sector, country=s.country,
                           why=base + f"; country {s.country}: its own people, brought home by '{s.text}'")
    return events
