"""Exports of the stored events: GDELT 2.0 Events/Mentions, PLOVER JSON, Parquet, CSV, GeoJSON.

>>> from eventwire.export import export
>>> export("eventwire.duckdb", "parquet", "events.parquet", start="2018-01-01", country="SYR")  # doctest: +SKIP

Every format writes aggregated events (the ``events`` table; see eventwire.stories for the
rule), filtered with the same filters as ``Store.query_events(level="event")``.  A store
whose events table is older than its last write is re-aggregated first (needs write access).
"""
from __future__ import annotations

from typing import Any, Iterator, Optional, Sequence

from eventwire.export.flat import (flat_columns, flat_row, flat_table, geojson_feature,  # noqa: F401
                                   write_csv, write_geojson, write_parquet)
from eventwire.export.gdelt import (GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdelt_event_row,  # noqa: F401
                                    gdelt_mention_row, split_actor_code, write_tsv)
from eventwire.export.plover import plover_record, write_plover  # noqa: F401

FORMATS = ("gdelt", "gdelt-mentions", "plover", "parquet", "csv", "geojson")


def lacks(fmt: str, event: dict) -> Optional[str]:
    """Why an event cannot be an honest record of ``fmt``, or None when it can: GDELT (events and
    mentions) needs a date and at least one actor, PLOVER needs both actors.  Other formats take every event."""
    if fmt in ("gdelt", "gdelt-mentions"):
        if not (event.get("date") or event.get("event_date")):
            return "no date"
        if not (event.get("source_code") or event.get("target_code")):
            return "no actor"
    elif fmt == "plover":
        if not (event.get("source_code") and event.get("target_code")):
            return "not both actors"
    return None


class Written(int):
    """The number of records written, with ``left_out``: reason -> number of events the format could
    not take honestly (see ``lacks``; empty with ``keep_all``)."""

    left_out: dict

    def __new__(cls, n: int, left_out: Optional[dict] = None):
        obj = super().__new__(cls, n)
        obj.left_out = dict(left_out or {})
        return obj


def _keep(fmt: str, rows, left_out: dict, keep_all: bool, key: str = "event_id") -> Iterator[dict]:
    """The rows ``fmt`` can take; the rest counted in ``left_out`` (once per event for mention rows)."""
    seen = set()
    for r in rows:
        why = None if keep_all else lacks(fmt, r)
        if why is None:
            yield r
        elif r.get(key) not in seen:
            seen.add(r.get(key))
            left_out[why] = left_out.get(why, 0) + 1


def needs_aggregate(store) -> bool:
    """True when mentions were written after the last aggregation."""
    meta = dict(store.con.execute("SELECT key, value FROM meta").fetchall())
    if not store.con.execute("SELECT 1 FROM mentions LIMIT 1").fetchone():
        return bool(store.con.execute("SELECT 1 FROM events LIMIT 1").fetchone())
    return not meta.get("aggregated_at") or (meta.get("written_at") or "") > meta["aggregated_at"]


def _event_query(filters: dict) -> tuple[str, list]:
    """The SQL (and its parameters) selecting the aggregated events the export filters keep."""
    from eventwire.store import build_query

    filters.pop("level", None)
    return build_query("event", **filters)


def _dict_rows(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def iter_events(store, chunk: int = 10000, **filters) -> Iterator[dict]:
    """Aggregated events (dicts, native date types) matching the filters, streamed."""
    sql, params = _event_query(filters)
    cur = store.con.cursor()
    try:
        cur.execute(sql, params)
        names = [d[0] for d in cur.description]
        while True:
            rows = cur.fetchmany(chunk)
            if not rows:
                break
            for r in rows:
                yield dict(zip(names, r))
    finally:
        cur.close()


def mention_rows(store, **filters) -> list[dict]:
    """(event, mention, article) rows for the GDELT Mentions table, for the filtered events."""
    sql, params = _event_query(filters)
    q = (f"WITH fe AS ({sql}) SELECT em.event_id, fe.date AS event_date, d.outlet, d.url, d.id AS doc_id, "
         "d.date AS doc_date, d.coded_at, d.n_chars, d.tone, d.title, fe.source_code, fe.target_code, "
         "m.sentence, m.source_start, m.target_start, "
         "m.evidence_start, m.confidence FROM fe JOIN event_mentions em ON em.event_id = fe.event_id "
         "JOIN mentions m ON m.mention_id = em.mention_id JOIN documents d ON d.id = em.doc_id "
         "ORDER BY em.event_id, d.id, m.mention_id")
    return _dict_rows(store.con.execute(q, params))


# what may stand between an actor's words and a place that says where the actor is:
# "police in Ramadi", "the governor of Anbar", "a delegation from Ethiopia", "troops near Mosul"
_ACTOR_PLACE_GAP = r"\s*,?\s*(in|of|from|at|near)\s+(the\s+)?"


def actor_places(store, **filters) -> dict[int, dict[str, dict]]:
    """Event id -> {"source"/"target": place dict} for the filtered events whose best mention names
    a place for the actor: a place (not a bare demonym) inside the actor's words, else the nearest
    place right after them joined by in/of/from/at/near.  Used for GDELT's Actor1Geo/Actor2Geo."""
    sql, params = _event_query(filters)
    q = (f"WITH fe AS ({sql}), "
         "a AS (SELECT fe.event_id, x.role, x.doc_id, x.start, x.\"end\" FROM fe "
         "      JOIN actors x ON x.mention_id = fe.mention_id WHERE x.start IS NOT NULL AND x.\"end\" IS NOT NULL), "
         "c AS (SELECT a.event_id, a.role, p.name, p.lat, p.lon, p.country, p.geonameid, p.feature, p.admin1, p.admin1_code, "
         "      CASE WHEN p.start < a.\"end\" AND p.\"end\" > a.start THEN 0 ELSE 1 END AS how, "
         "      abs(p.start - a.\"end\") AS gap, p.idx "
         "      FROM a JOIN places p ON p.doc_id = a.doc_id JOIN documents d ON d.id = a.doc_id "
         "      WHERE NOT coalesce(p.demonym, false) AND (p.name IS NOT NULL OR p.lat IS NOT NULL) "
         "        AND ((p.start < a.\"end\" AND p.\"end\" > a.start) "
         "          OR (p.start >= a.\"end\" AND p.start - a.\"end\" <= 12 "
         "              AND regexp_full_match(substr(d.text, a.\"end\" + 1, p.start - a.\"end\"), ?)))) "
         "SELECT event_id, role, name, lat, lon, country, geonameid, feature, admin1, admin1_code FROM c "
         "QUALIFY row_number() OVER (PARTITION BY event_id, role ORDER BY how, gap, idx) = 1")
    out: dict[int, dict[str, dict]] = {}
    for rec in _dict_rows(store.con.execute(q, [*params, _ACTOR_PLACE_GAP])):
        out.setdefault(rec.pop("event_id"), {})[rec.pop("role")] = rec
    return out


def _with_actor_places(events, places: dict) -> Iterator[dict]:
    for e in events:
        found = places.get(e.get("event_id"))
        if found:
            e = {**e, "source_place": found.get("source"), "target_place": found.get("target")}
        yield e


def crowd_sizes(store) -> dict[int, int]:
    """Event id -> the largest 'protesters' count attached to one of its mentions."""
    return dict(store.con.execute(
        "SELECT em.event_id, max(c.value) FROM (SELECT value, unnest(mention_ids) AS mention_id FROM counts "
        "WHERE type = 'protesters') c JOIN event_mentions em ON em.mention_id = c.mention_id "
        "GROUP BY em.event_id").fetchall())


def flat_event_rows(db_or_store: Any, **filters) -> list[dict]:
    """Flat rows (FLAT_SCHEMA columns) of the stored events matching the filters.

    ``db_or_store``: a Store or a database path (opened read-only)."""
    from eventwire.store import Store

    if isinstance(db_or_store, Store):
        return [flat_row(e) for e in iter_events(db_or_store, **filters)]
    aggregate = filters.pop("aggregate", None)
    with open_for_export(str(db_or_store), aggregate) as store:
        return [flat_row(e) for e in iter_events(store, **filters)]


def flat_rows_from_results(results: Sequence, **filters) -> list[dict]:
    """Flat event rows straight from Results (an in-memory store): for the Spark runner and tests."""
    from eventwire.store import Store

    with Store(":memory:") as store:
        store.write_batch(list(results))
        store.aggregate()
        return [flat_row(e) for e in iter_events(store, **filters)]


def export_store(store, fmt: str, output: str, keep_all: bool = False, **filters) -> Written:
    """Write the store's events in ``fmt`` to ``output`` (``-``: standard output); returns the number of records
    written (a ``Written``, whose ``left_out`` counts the events the format cannot take: GDELT rows without a
    date or without any actor, PLOVER records without both actors; ``keep_all`` writes them too).
    The file appears only when complete: it is written beside its place and renamed there, so an error
    part-way leaves no partial file (and an older file of that name untouched)."""
    import os
    import shutil
    import sys
    import tempfile

    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    target = None if output == "-" else os.path.abspath(output)
    folder = os.path.dirname(target) if target else None
    fd, tmp = tempfile.mkstemp(prefix=".eventwire-export-", suffix=".partial", dir=folder)
    os.close(fd)
    try:
        left_out: dict = {}
        n = _write_format(store, fmt, tmp, left_out, keep_all, **filters)
        if target is None:
            with open(tmp, "rb") as f:
                shutil.copyfileobj(f, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            os.replace(tmp, target)
        return Written(n, left_out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_format(store, fmt: str, output: str, left_out: dict, keep_all: bool, **filters) -> int:
    if fmt == "gdelt":
        places = actor_places(store, **dict(filters))
        kept = _keep(fmt, iter_events(store, **filters), left_out, keep_all)
        return write_tsv((gdelt_event_row(e) for e in _with_actor_places(kept, places)), output)
    if fmt == "gdelt-mentions":
        return write_tsv((gdelt_mention_row(m) for m in _keep(fmt, mention_rows(store, **filters), left_out,
                                                                 keep_all)), output)
    if fmt == "plover":
        return write_plover(_keep(fmt, iter_events(store, **filters), left_out, keep_all), output,
                            sizes=crowd_sizes(store))
    if fmt == "parquet":
        return write_parquet([flat_row(e) for e in iter_events(store, **filters)], output)
    if fmt == "csv":
        return write_csv((flat_row(e) for e in iter_events(store, **filters)), output)
    return write_geojson(iter_events(store, **filters), output)


def open_for_export(db: str, aggregate: Optional[bool] = None):
    """Open ``db`` read-only; when ``aggregate`` (or, for None, when the events table is stale)
    reopen it for writing and rebuild the events first.  Returns the Store (a context manager)."""
    import os

    from eventwire.store import Store, StoreError

    if str(db) != ":memory:" and not os.path.exists(str(db)):
        raise StoreError(f"no eventwire database at {db}")
    store = Store(str(db), read_only=True)
    if aggregate or (aggregate is None and needs_aggregate(store)):
        store.close()
        store = Store(str(db))
        try:
            store.aggregate()
        except BaseException:
            store.close()
            raise
    return store


def export(db: str, fmt: str, output: str, aggregate: Optional[bool] = None, keep_all: bool = False,
           **filters) -> Written:
    """Open ``db``, re-aggregate when stale (``aggregate=None``) or always/never, and export (see ``export_store``:
    the result's ``left_out`` counts the events the format cannot take, which ``keep_all`` writes anyway)."""
    with open_for_export(db, aggregate) as store:
        return export_store(store, fmt, output, keep_all=keep_all, **filters)


def __getattr__(name: str):
    if name == "FLAT_SCHEMA":
        from eventwire.export.flat import flat_schema
        return flat_schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FORMATS", "FLAT_SCHEMA", "GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "export", "export_store",
           "flat_columns", "flat_row", "flat_event_rows", "flat_rows_from_results", "flat_table", "gdelt_event_row",
           "gdelt_mention_row", "plover_record", "iter_events", "actor_places", "mention_rows", "split_actor_code",
           "needs_aggregate", "open_for_export", "lacks", "Written"]
