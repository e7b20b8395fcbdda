"""Dates: the story's date (metadata or dateline) and each event's date, resolved against it.

    story_date("TEHRAN, June 26, 2016 (IRNA) - ...")        -> ("2016-06-26", "day")
    event_date(doc, trigger_token_index, "2016-06-26")       -> ("2016-06-26", "day")  # "on Sunday" -> that Sunday

Dates are ISO strings cut to their precision: "2016-06-26" (day), "2014-06" (month), "2014" (year).
Expressions are read with compiled patterns (no per-event generic parser): weekdays, "yesterday", "last week",
"three days ago", "June 26", "March 2011", "summer 2014", "in 2014", "last year"...
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from eventwire.knowledge.date_context import (is_bare_year, life_date, said_of_other, weekday_in_name,
                                                 year_in_context)
from eventwire.nlp import doc_ents

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 1}
NUMWORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3}

_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:1[89]|20)\d\d)"
_WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

RX_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
RX_MDY = re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I)
RX_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I)
RX_MD = re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*(?:1[89]|20)\d\d)", re.I)
RX_DM = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?!,?\s*(?:1[89]|20)\d\d)", re.I)
RX_MY = re.compile(rf"\b(?:(early|mid|late)[\s-]+)?{_MON},?\s+(?:of\s+)?{_YEAR}\b", re.I)
RX_SEASON_Y = re.compile(rf"\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}\b", re.I)
RX_YEAR = re.compile(rf"(?<![\d-]){_YEAR}(?![\d-])")
RX_WD = re.compile(rf"\b(last|this|next|on|past)?\s*{_WD}\b", re.I)
RX_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)\s+"
                    r"(day|week|month|year)s?\s+(ago|earlier|before)\b", re.I)
RX_REL = re.compile(r"\b(the day before yesterday|yesterday|today|tonight|this (?:morning|afternoon|evening)|"
                    r"tomorrow|last night|earlier (?:today|this week)|this week|last week|next week|"
                    r"last weekend|this weekend|the weekend|over the weekend|"
                    r"this month|last month|next month|this year|last year|next year|"
                    r"last (?:spring|summer|autumn|fall|winter)|this (?:spring|summer|autumn|fall|winter))\b", re.I)
RX_MONTH_ALONE = re.compile(rf"\b(?:in|since|during|by|until|last|this|early|late|mid)\s+{_MON}\b(?!\s*\d)", re.I)


def _month_num(s: str) -> Optional[int]:
    s = s.lower().rstrip(".")
    if s in MONTHS:
        return MONTHS[s]
    return MONTHS.get(s[:3])


def _safe_date(y, m, d) -> Optional[dt.date]:
    try:
        return dt.date(int(y), int(m), int(d))
    except (ValueError, TypeError):
        return None


def _fmt(d: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def parse_anchor(value) -> Optional[dt.date]:
    """A story date given as date, datetime or string ("2016-06-26", "2016-06", "June 26, 2016") -> date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if not s:
        return None
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", s)
    if m:
        return _safe_date(m.group(1), m.group(2), m.group(3) or 1)
    r = _absolute(s)
    if r:
        return r[0]
    try:
        from dateutil import parser as du
        return du.parse(s, fuzzy=True, default=dt.datetime(1900, 1, 1)).date() if re.search(r"\d{4}", s) else None
    except (ValueError, OverflowError, ImportError):
        return None


def _absolute(text: str) -> Optional[tuple[dt.date, str]]:
    m = RX_ISO.search(text)
    if m:
        d = _safe_date(*m.groups())
        if d:
            return d, "day"
    m = RX_MDY.search(text)
    if m:
        d = _safe_date(m.group(3), _month_num(m.group(1)), m.group(2))
        if d:
            return d, "day"
    m = RX_DMY.search(text)
    if m:
        d = _safe_date(m.group(3), _month_num(m.group(2)), m.group(1))
        if d:
            return d, "day"
    return None


def story_date(text: str, meta_date=None) -> tuple[Optional[str], Optional[str]]:
    """The story's date: from metadata when given, else a full date in the dateline / first lines."""
    return story_date_why(text, meta_date)[:2]


_DASH = re.compile(r"\s*[-\u2013\u2014]+\s*")


def _span_end(text: str, start: int, end: int) -> bool:
    """One end of a span of dates ("March 3, 1923 - June 1, 2023", a life): no story's date."""
    after = _DASH.match(text, end)
    if after and any(rx.match(text, after.end()) for rx in (RX_ISO, RX_MDY, RX_DMY)):
        return True
    before = text[max(0, start - 30):start]
    return bool(re.search(r"(?:\d{4}|\d{4}\))\s*[-\u2013\u2014]+\s*$", before))


def story_date_why(text: str, meta_date=None) -> tuple[Optional[str], Optional[str], str]:
    """The story's date, its precision and where it came from (or why there is none): the record's date, else a
    full date in the first lines that is no life's or founding's date ("Born on March 3, 1923"; a year alone
    never dates a story)."""
    if meta_date:
        d = parse_anchor(meta_date)
        if d:
            s = str(meta_date).strip()
            prec = "month" if re.fullmatch(r"\d{4}-\d{2}", s) else "day"
            return _fmt(d, prec), prec, "the record's date"
    if not text:
        return None, None, "no date known: the record gives none and it has no text"
    head = text[:400]
    for rx in (RX_ISO, RX_MDY, RX_DMY):
        for m in rx.finditer(head):
            if life_date(head, m.start()) or _span_end(head, m.start(), m.end()):
                continue
            r = _absolute(m.group(0))
            if r:
                return _fmt(r[0], "day"), "day", f"the full date {m.group(0)!r} in the story's first lines"
    return None, None, ("no date known: the record gives none and the story's first lines have no full date "
                        "(a year alone, an age or a life's date is no story date)")


def _resolve_weekday(wd: int, anchor: dt.date, mod: str) -> dt.date:
    delta = (anchor.weekday() - wd) % 7
    if mod == "next":
        return anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if mod == "last" and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta)


@lru_cache(maxsize=20000)
def resolve(text: str, anchor: Optional[dt.date]) -> Optional[tuple[str, str]]:
    """Resolve one date expression against the anchor (story) date: -> (iso, precision) or None."""
    if not text:
        return None
    r = _absolute(text)
    if r:
        return _fmt(r[0], "day"), "day"
    m = RX_MY.search(text)
    if m:
        d = _safe_date(m.group(3), _month_num(m.group(2)), 1)
        if d:
            return _fmt(d, "month"), "month"
    m = RX_SEASON_Y.search(text)
    if m:
        return f"{int(m.group(2)):04d}-{SEASONS[m.group(1).lower()]:02d}", "month"
    if anchor is not None:
        for rx, order in ((RX_MD, "md"), (RX_DM, "dm")):
            m = rx.search(text)
            if m:
                mon, day = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
                d = _safe_date(anchor.year, _month_num(mon), day)
                if d and d > anchor + dt.timedelta(days=14):
                    d = _safe_date(anchor.year - 1, _month_num(mon), day)
                if d:
                    return d.isoformat(), "day"
        m = RX_REL.search(text)
        if m:
            w = m.group(1).lower()
            if w == "yesterday" or w == "last night":
                return (anchor - dt.timedelta(days=1)).isoformat(), "day"
            if w == "the day before yesterday":
                return (anchor - dt.timedelta(days=2)).isoformat(), "day"
            if w in ("today", "tonight") or w.startswith("this ") and w.split()[1] in ("morning", "afternoon", "evening") \
                    or w == "earlier today":
                return anchor.isoformat(), "day"
            if w == "tomorrow":
                return (anchor + dt.timedelta(days=1)).isoformat(), "day"
            if w.endswith("weekend"):
                sat = _resolve_weekday(5, anchor, "last" if w.startswith("last") and anchor.weekday() >= 5 else "")
                return sat.isoformat(), "day"
            if w in ("this week", "earlier this week"):
                return _fmt(anchor, "month"), "month"
            if w == "last week":
                return _fmt(anchor - dt.timedelta(days=7), "month"), "month"
            if w == "next week":
                return _fmt(anchor + dt.timedelta(days=7), "month"), "month"
            if w == "this month":
                return _fmt(anchor, "month"), "month"
            if w == "last month":
                return _fmt(_add_months(anchor, -1), "month"), "month"
            if w == "next month":
                return _fmt(_add_months(anchor, 1), "month"), "month"
            if w == "this year":
                return _fmt(anchor, "year"), "year"
            if w == "last year":
                return f"{anchor.year - 1:04d}", "year"
            if w == "next year":
                return f"{anchor.year + 1:04d}", "year"
            mod, season = w.split()
            mon = SEASONS[season]
            y = anchor.year if (mod == "this" or mon <= anchor.month and mod == "last" and mon + 3 <= anchor.month) else anchor.year - 1
            if mod == "last" and mon + 3 > anchor.month:
                y = anchor.year - 1
            return f"{y:04d}-{mon:02d}", "month"
        m = RX_AGO.search(text)
        if m:
            n = NUMWORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 1)
            unit = m.group(2).lower()
            if unit == "day":
                return (anchor - dt.timedelta(days=n)).isoformat(), "day"
            if unit == "week":
                return (anchor - dt.timedelta(days=7 * n)).isoformat(), "day" if n <= 1 else "month"
            if unit == "month":
                return _fmt(_add_months(anchor, -n), "month"), "month"
            # ("99999 years ago": before year 1 there is no date to give, and "-97976" is no ISO year)
            return (f"{anchor.year - n:04d}", "year") if anchor.year - n >= 1 else None
        m = RX_WD.search(text)
        if m:
            d = _resolve_weekday(WEEKDAYS[m.group(2).lower()], anchor, (m.group(1) or "").lower())
            return d.isoformat(), "day"
        m = RX_MONTH_ALONE.search(text)
        if m:
            mon = _month_num(m.group(1))
            y = anchor.year if mon <= anchor.month else anchor.year - 1
            return f"{y:04d}-{mon:02d}", "month"
    m = RX_YEAR.search(text)
    if m and not re.search(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)", text, re.I):
        return m.group(1), "year"
    return None


_DATE_LABELS = ("DATE", "TIME")


@lru_cache(maxsize=4096)
def _anchor_cached(value: str) -> Optional[dt.date]:
    return parse_anchor(value)


def _anchor(value) -> Optional[dt.date]:
    return _anchor_cached(value) if isinstance(value, str) else parse_anchor(value)


def _date_spans(doc, sent):
    """The date and time entities of a sentence (indexed by sentence once per document)."""
    by_sent = doc.user_data.get("eventwire.date_spans")
    if by_sent is None:
        by_sent = {}
        for e in doc_ents(doc):
            if e.label_ in _DATE_LABELS:
                by_sent.setdefault(doc[e.start].sent.start, []).append(e)
        doc.user_data["eventwire.date_spans"] = by_sent
    return by_sent.get(sent.start, [])


def event_date(doc, trigger_token_index: int, anchor_date) -> tuple[Optional[str], Optional[str]]:
    """The event's date: a date expression in its own clause, then its sentence; else the story date (day)."""
    anchor = _anchor(anchor_date)
    default = (anchor.isoformat(), "day") if anchor else (None, None)
    try:
        if trigger_token_index is None or not (0 <= trigger_token_index < len(doc)):
            return default
        from eventwire.knowledge.event_location import _clause_root, _subtree_ids, _is_report
        trig = doc[trigger_token_index]
        sent = trig.sent
        spans = _date_spans(doc, sent)
        if not spans:
            return default
        own = _subtree_ids(trig)
        root = _clause_root(trig)
        clause = _subtree_ids(root)
        above = {root.i} | {a.i for a in root.ancestors}
        report_ids: set[int] = set()
        for anc in trig.ancestors:
            if _is_report(anc):
                for c in anc.children:
                    if c.dep_ in ("prep", "npadvmod", "advmod") or c.ent_type_ in _DATE_LABELS:
                        report_ids |= _subtree_ids(c)
        ranked = []
        for e in spans:
            r = resolve(e.text, anchor)
            if r is None:
                continue
            # a year alone needs a date context ("in 2014"; not "1935 Orchard St.", "1950 protesters"), and a date
            # said of a party's own clause ("born in 1923", "founded in 1887") is not the act's (date_context.py)
            if (r[1] == "year" and is_bare_year(e.text) and not year_in_context(e, trig)) or said_of_other(e, trig) \
                    or weekday_in_name(e):
                continue
            ids = {t.i for t in e}
            tier = 0 if ids & own else 1 if ids & clause else 2
            if tier == 2 and _clause_root(e.root).i not in above:
                continue      # a date inside another clause of the sentence ("who invaded ... in 2014")
            if ids & report_ids:
                tier = 3      # the date of the saying, not of the event
            ranked.append((tier, abs(e.start - trig.i), r))
        if not ranked:
            return default
        ranked.sort(key=lambda x: (x[0], x[1]))
        tier, _, r = ranked[0]
        if tier == 3:
            # a reported event with only the saying's date: the event is at or before it; keep the story date
            return r if not anchor else default
        return r
    except Exception:
        return default
