"""Incidents and tolls from a store: deaths and injuries per incident, and totals per place and period.

An incident is one act told in one or more mentions of an article (coding/incidents.py); its tolls are counted
once. Copies of one story (the same story id: near-duplicate articles, see eventwire.stories) that tell an
incident of the same kind at the same place on the same day are one incident here too: the largest toll of
the copies is kept, so that a story carried by five outlets does not count its dead five times.

>>> from eventwire.export.incidents import incident_rows, toll_totals
>>> toll_totals("eventwire.duckdb", by="month", country="SYR")  # doctest: +SKIP
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from eventwire.filters import FilterError

BY = {
    "place": ("COALESCE(location_name, '(no place)')", "place"),
    "admin1": ("COALESCE(location_admin1, location_admin1_code, '(no region)')", "admin1"),
    "country": ("COALESCE(location_country, '(no country)')", "country"),
    "day": ("CAST(date AS VARCHAR)", "day"),
    "month": ("strftime(date, '%Y-%m')", "month"),
    "year": ("strftime(date, '%Y')", "year"),
}
KINDS = ("protest", "posture", "relations", "force")

# one row per incident, copies of a story merged (see the module's doc)
_UNIQUE = """
WITH i AS (
    SELECT i.*, COALESCE(i.date, d.date) AS day, COALESCE(d.story_id, d.id) AS story, d.url, d.title
    FROM incidents i JOIN documents d ON d.id = i.doc_id
    {where}
)
SELECT arg_min(incident_id, doc_id) AS incident_id, arg_min(doc_id, doc_id) AS doc_id, story, kind,
       day AS date, arg_min(date_precision, doc_id) AS date_precision,
       arg_min(source_code, doc_id) AS source_code, arg_min(target_code, doc_id) AS target_code,
       arg_min(location_name, doc_id) AS location_name, arg_min(location_admin1, doc_id) AS location_admin1,
       arg_min(location_admin1_code, doc_id) AS location_admin1_code,
       arg_min(location_country, doc_id) AS location_country, arg_min(location_lat, doc_id) AS location_lat,
       arg_min(location_lon, doc_id) AS location_lon, max(killed) AS killed, max(injured) AS injured,
       sum(n_mentions) AS n_mentions, count(DISTINCT doc_id) AS n_documents, arg_min(url, doc_id) AS url,
       arg_min(title, doc_id) AS title
FROM i
GROUP BY story, kind, COALESCE(location_geonameid, location_name, incident_id), day
"""


def _date(value, name: str) -> Optional[_dt.date]:
    if value in (None, ""):
        return None
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise FilterError(f"--{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _where(start=None, end=None, country=None, kind=None, place=None) -> tuple[str, list]:
    conds, params = [], []
    s, e = _date(start, "start"), _date(end, "end")
    if s:
        conds.append("COALESCE(i.date, d.date) >= ?"); params.append(s)
    if e:
        conds.append("COALESCE(i.date, d.date) <= ?"); params.append(e)
    if country:
        c = str(country).strip().upper()
        if len(c) != 3 or not c.isalpha():
            raise FilterError(f"--country: {country!r} is not an ISO3 country code")
        conds.append("i.location_country = ?"); params.append(c)
    if kind:
        if kind not in KINDS:
            raise FilterError(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
        conds.append("i.kind = ?"); params.append(kind)
    if place:
        conds.append("(lower(i.location_name) = lower(?) OR i.location_geonameid = ?)"); params += [place, place]
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


def _open(db):
    from eventwire.store import Store
    return (Store(db, read_only=True), True) if isinstance(db, (str, bytes)) or hasattr(db, "__fspath__") else (db, False)


def _within(where: str, params: list, within: Optional[tuple[str, list]]) -> tuple[str, list]:
    """Adds ``within`` (SQL that selects incident ids, and its parameters) to a WHERE clause."""
    if not within:
        return where, params
    sql, extra = within
    cond = f"i.incident_id IN ({sql})"
    return (f"{where} AND {cond}" if where else f"WHERE {cond}"), list(params) + list(extra)


def incident_rows(db, *, limit: Optional[int] = None, within: Optional[tuple[str, list]] = None,
                  **filters) -> list[dict]:
    """One dict per incident (copies of a story merged), newest first.  ``within``: (SQL, parameters) selecting the
    incident ids to keep (the server passes the incidents of the events its filters select)."""
    where, params = _within(*_where(**filters), within)
    store, mine = _open(db)
    try:
        sql = f"SELECT * FROM ({_UNIQUE.format(where=where)}) ORDER BY date DESC NULLS LAST, incident_id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = store.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        if mine:
            store.close()


def toll_totals(db, by: str = "place", within: Optional[tuple[str, list]] = None, **filters) -> list[dict]:
    """Incidents, killed and injured per place or period (``by``: place, admin1, country, day, month, year, or
    ``all``: one row for the whole selection)."""
    if by not in BY and by != "all":
        raise FilterError(f"--by: {by!r} is not one of {', '.join(BY)}")
    key, name = BY[by] if by != "all" else ("'all'", "all")
    where, params = _within(*_where(**filters), within)
    store, mine = _open(db)
    try:
        sql = (f"SELECT {key} AS \"{name}\", count(*) AS incidents, COALESCE(sum(killed), 0) AS killed, "
               f"COALESCE(sum(injured), 0) AS injured, count(*) FILTER (WHERE killed IS NULL AND injured IS NULL) "
               f"AS without_toll FROM ({_UNIQUE.format(where=where)}) GROUP BY 1 ORDER BY killed DESC, 1")
        cur = store.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        if mine:
            store.close()
