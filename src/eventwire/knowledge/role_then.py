"""A known person coded at the date of the act the text dates, not at the story date (issue 14, "wrong source":
officials coded as former elite, ELI, or by their country alone, for what they did while in office).

    roles_then(kb, events, story_date) -> events

Actor resolution reads a person's role at the story date (knowledge/actor_resolve.py): a story of 2019 that tells
"in 2009 Obama promised a new beginning" finds Obama out of office and codes him USAELI. Once the events are dated
(knowledge/dates.py: a date in the act's own clause or sentence), a person coded ELI whose act has a date of its own,
not the story's, takes the role held then: the role must hold over the whole of that date ("in March 2013", "on 4
May 2011"), or over the greater part of it: the role held at the date's middle, held to one of its ends too ("in
2009" for a president sworn in that January; "in 2017" for the one who left that January stays former elite). A
date before any role, or between roles, changes nothing; nor does the greater part of a year that its sentence gives
as an end of a span of years ("Cameron, prime minister from 2010 to 2016, criticised ...": the years of a term,
knowledge/office_then.py's to read, not the act's date). An act whose date starts before every role the lists give takes the
title the sentence puts right before the name, when it is a sector title ("in 1958 General X overthrew ...": MIL).
"""
from __future__ import annotations

import re
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


def _titled_before(kb, a, date: str, sentence: Optional[str]) -> Optional[tuple[str, str, str]]:
    """(code, sector, why) from the title the sentence puts right before the name ("in 1958 General Ana Ruiz
    seized power"), for an act whose date starts before every role the lists give the person: the text's title is then all that
    says which office he held."""
    p = getattr(kb, "people", {}).get(a.entity or "")
    first = _date_key(date)
    if p is None or first is None or not a.country or not p.roles or not sentence or not a.text:
        return None
    if any(r.start is None or r.start <= first for r in p.roles):
        return None
    at = sentence.find(a.text)
    m = re.search(r"(?:^|[\s(])((?:[A-Z][a-z]+\s){1,2})$", sentence[:at]) if at > 0 else None
    if m is None:
        return None
    words = m.group(1).split()
    for title in (" ".join(words[-2:]), words[-1]):
        if title.lower() not in getattr(kb, "title_terms", ()):
            continue
        terms = [c for _, _, cs in kb._phrase_matches(title, 0)[1] for c in cs if c.kind == "sector" and not c.weak]
        if terms and terms[0].sector not in ("ELI", None):
            sec = terms[0].sector
            return a.country + sec, sec, f"before any role the lists give {p.name}, the title '{title}' before the name"
    return None


def roles_then(kb, events: list, story_date: Optional[str]) -> list:
    if kb is None:
        return events
    for e in events:
        if not e.date or e.date == story_date or (story_date and e.date_precision == "day"
                                                   and e.date[:10] == story_date[:10]):
            continue
        for side in ("source", "target"):
            a = getattr(e, side)
            # former elite (ELI), or a country alone: a former opposition leader or party figure out of office
            if a is None or not a.entity or not (a.sector == "ELI" or (a.sector is None and a.code == a.country)):
                continue
            then = _then(kb, a, e.date, e.sentence_text) or _titled_before(kb, a, e.date, e.sentence_text)
            if then is None:
                continue
            code, sector, why = then
            setattr(e, side, replace(a, code=code, sector=sector,
                                     why=f"{a.why}; at the act's own date {e.date}: {why}"))
    return events
