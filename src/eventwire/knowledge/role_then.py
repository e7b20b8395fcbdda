"""A known person coded at the date of the act the text dates, not at the story date (issue 14, "wrong source":
officials coded as former elite, ELI, for what they did while in office).

    roles_then(kb, events, story_date) -> events

Actor resolution reads a person's role at the story date (knowledge/actor_resolve.py): a story of 2019 that tells
"in 2009 Obama promised a new beginning" finds Obama out of office and codes him USAELI. Once the events are dated
(knowledge/dates.py: a date in the act's own clause or sentence), a person coded ELI whose act has a date of its own,
not the story's, takes the role held then: the role must hold over the whole of that date ("in March 2013", "on 4
May 2011"), or over the greater part of it: the role held at the date's middle, held to one of its ends too ("in
2009" for a president sworn in that January; "in 2017" for the one who left that January stays former elite). A
date before any role, or between roles, changes nothing; nor does the greater part of a year that its sentence gives
as an end of a span of years ("Cameron, prime minister from 2010 to 2016, criticised ...": the years of a term,
knowledge/office_then.py's to read, not the act's date).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date as _day
from typing import Optional

from eventwire.knowledge.actor_records import _date_key


def _span_year(date: str, sentence: Optional[str]) -> bool:
    """Whether the date's year is an end of a span of years its sentence gives ("from 2010 to 2016", "2003-07")."""
    from eventwire.knowledge.office_then import _YEARS
    for m in _YEARS.finditer(sentence or ""):
        if date[:4] in {g for g in m.groups() if g}:
            return True
    return False


def _then(kb, a, date: str, sentence: Optional[str] = None) -> Optional[tuple[str, str, str]]:
    """(code, sector, why) of person actor `a` over the whole of `date`, when that is an office, not ELI."""
    p = getattr(kb, "people", {}).get(a.entity or "")
    if p is None:
        return None
    first, last = _date_key(date), _date_key(date, end=True)
    if first is None or last is None:
        return None
    c1, s1, why = kb.person_actor(p, first)
    c2, s2, _ = kb.person_actor(p, last)
    if (c1, s1) != (c2, s2):
        if _span_year(date, sentence):
            return None
        # the office changed hands within the date: the one held at its middle and to one of its ends (most of it)
        d1, d2 = _day.fromisoformat(first), _day.fromisoformat(last)
        mid = _day.fromordinal((d1.toordinal() + d2.toordinal()) // 2).isoformat()
        cm, sm, whym = kb.person_actor(p, mid)
        if (cm, sm) not in ((c1, s1), (c2, s2)):
            return None
        c1, s1, why = cm, sm, f"{whym} (the greater part of {date})"
    if not s1 or s1 == "ELI" or not c1:
        return None
    return c1 + s1, s1, why


def roles_then(kb, events: list, story_date: Optional[str]) -> list:
    if kb is None:
        return events
    for e in events:
        if not e.date or e.date == story_date or (story_date and e.date_precision == "day"
                                                   and e.date[:10] == story_date[:10]):
            continue
        for side in ("source", "target"):
            a = getattr(e, side)
            if a is None or a.sector != "ELI" or not a.entity:
                continue
            then = _then(kb, a, e.date, e.sentence_text)
            if then is None:
                continue
            code, sector, why = then
            setattr(e, side, replace(a, code=code, sector=sector,
                                     why=f"{a.why}; at the act's own date {e.date}: {why}"))
    return events
