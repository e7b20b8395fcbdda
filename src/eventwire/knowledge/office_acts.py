"""An act only a sitting office holder does, told undated of a person out of office (issue 14, "wrong source"):
"Obama's withdrawal from Iraq", "Bush's invasion of Iraq" in a story of 2019 find each out of office and code him
former elite (ELI); a state's forces are withdrawn, sent to invade or a state's sanctions imposed by those who hold
its offices, so the act was done in office.

    office_acts(kb, events, story_date) -> events

A source coded ELI, a person the lists know (an entity), whose act carries no date of its own (the story's date:
knowledge/role_then.py has read any the text gives) and whose CAMEO code is one of data/coding/office_acts.tsv's
`code` rows (a code or the start of codes), takes the latest state office (GOV, MIL) the person held before the
story date, at that office's country. A person with no such office keeps ELI; so does one the lists give a role
outside the state's offices and its opposition (a party's or an armed group's leader: "Talabani fought the KDP" in
his years at the head of his party, not as president).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.tables import kind_sets
from eventwire.knowledge.actor_records import _date_key

_STATE = ("GOV", "MIL")
# the roles of a person whose acts of state are his offices': the state's, or an opposition's in its politics
_HELD = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP"})


def _codes() -> tuple:
    return tuple(kind_sets("office_acts.tsv").get("code", ()))


def _last_office(kb, a, story_date: Optional[str]) -> Optional[tuple[str, str, str]]:
    p = getattr(kb, "people", {}).get(a.entity or "")
    d = _date_key(story_date) if story_date else None
    if p is None or d is None or any(r.sector not in _HELD for r in p.roles):
        return None             # (a party or armed group's leader may have done it there: "Talabani fought the KDP")
    past = [r for r in p.roles if r.sector in _STATE and r.end is not None and r.end < d and (r.country or a.country)]
    if not past:
        return None
    r = max(past, key=lambda r: r.end)
    country = r.country or a.country
    return country + r.sector, r.sector, f"{p.name}: {r.role} ({r.start_raw}..{r.end_raw})"


def office_acts(kb, events: list, story_date: Optional[str]) -> list:
    if kb is None or not story_date:
        return events
    codes = _codes()
    for e in events:
        a = e.source
        if a is None or a.sector != "ELI" or not a.entity or not (e.cameo or "").startswith(codes):
            continue
        if e.date and e.date[:10] != story_date[:10]:
            continue            # (an act dated in the text: knowledge/role_then.py's to read)
        then = _last_office(kb, a, story_date)
        if then is None:
            continue
        code, sector, why = then
        e.source = replace(a, code=code, sector=sector,
                           why=f"{a.why}; an act only an office holder does ({e.cameo}), so done in office: {why}")
    return events
