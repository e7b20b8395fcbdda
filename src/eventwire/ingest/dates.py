"""Normalise the story dates inputs carry to ISO ``YYYY-MM-DD``.

Accepted forms: ISO dates and datetimes (``2016-06-26``, ``2016-06-26T10:30:00+04:30``,
``2016/06/26``, ``20160626``), RFC 2822 (``Sun, 26 Jun 2016 10:30:00 GMT``), written dates
(``June 26, 2016``, ``Jun. 26th 2016``, ``26 June 2016``, ``Sunday, 26 June, 2016``),
numeric day/month/year when only one reading is possible (``26/06/2016``, ``06/26/2016``),
and Unix timestamps given as numbers.  Anything else gives ``None`` and a warning; the
caller keeps the raw value.

A datetime with a time-zone offset keeps the calendar date as written: that is the
story's local date, which is what the coder wants.
"""
from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate_tz
from typing import Any, Optional

MIN_YEAR, MAX_YEAR = 1800, 2100

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH_RE = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY_RE = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"

_ISO_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]\d)")
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T\d)")
_MDY_RE = re.compile(rf"^{_WEEKDAY_RE}{_MONTH_RE}\s+{_DAY_RE},?\s+(\d{{4}})\b", re.I)
_DMY_RE = re.compile(rf"^{_WEEKDAY_RE}{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+(\d{{4}})\b", re.I)
_NUMERIC_RE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def _make(y: int, m: int, d: int) -> Optional[str]:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(raw: Any) -> tuple[Optional[str], Optional[str]]:
    """Return ``(iso_date, warning)``.  ``iso_date`` is ``YYYY-MM-DD`` or None; ``warning`` says why
    a non-empty value could not be read (None when it was read or when there was nothing to read)."""
    if raw is None:
        return None, None
    if isinstance(raw, _dt.datetime):
        return raw.date().isoformat(), None
    if isinstance(raw, _dt.date):
        return raw.isoformat(), None
    if isinstance(raw, bool):
        return None, "date is a boolean"
    if isinstance(raw, (int, float)):
        # Unix timestamp in seconds (or milliseconds).
        try:
            value = float(raw)
            if value > 1e11:
                value /= 1000.0
            if 1e8 <= value <= 4.2e9:
                return _dt.datetime.fromtimestamp(value, _dt.timezone.utc).date().isoformat(), None
        except (OverflowError, ValueError, OSError):
            pass
        return None, f"unreadable date: number {raw!r} is not a timestamp"
    if not isinstance(raw, str):
        return None, f"unreadable date: {type(raw).__name__} value"
    s = raw.strip()
    if not s:
        return None, None
    if len(s) > 100:
        return None, "unreadable date: too long"

    m = _ISO_RE.match(s)
    if m:
        iso = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (iso, None) if iso else (None, f"unreadable date: {s!r} is not a calendar date")
    m = _COMPACT_RE.match(s)
    if m:
        iso = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (iso, None) if iso else (None, f"unreadable date: {s!r} is not a calendar date")
    m = _MDY_RE.match(s)
    if m:
        iso = _make(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
        return (iso, None) if iso else (None, f"unreadable date: {s!r} is not a calendar date")
    m = _DMY_RE.match(s)
    if m:
        iso = _make(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        return (iso, None) if iso else (None, f"unreadable date: {s!r} is not a calendar date")
    m = _NUMERIC_RE.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 and b <= 12:
            iso = _make(y, b, a)
        elif b > 12 and a <= 12:
            iso = _make(y, a, b)
        elif a == b:
            iso = _make(y, a, b)
        elif a <= 12 and b <= 12:
            return None, f"ambiguous date: {s!r} could be day/month or month/day"
        else:
            iso = None
        return (iso, None) if iso else (None, f"unreadable date: {s!r} is not a calendar date")
    try:
        parsed = parsedate_tz(s)
    except Exception:  # the stdlib parser has raised on odd input in some versions
        parsed = None
    if parsed is not None:
        iso = _make(parsed[0], parsed[1], parsed[2])
        if iso:
            return iso, None
    return None, f"unreadable date: {s!r}"


def normalise_date(raw: Any) -> Optional[str]:
    """``YYYY-MM-DD`` or None."""
    return parse_date(raw)[0]
