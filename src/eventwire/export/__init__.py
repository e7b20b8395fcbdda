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
         "d.date AS doc_date, d.coded_at, d.n_chars, d.tone, d.title, m.sentence, m.source_start, m.target_start, "
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
         "c AS (SELECT a.event_id, a.role, p.name, p.lat, p.lon, p.country, p.geonameid, p.feature, p.admin1, "
         "      CASE WHEN p.start < a.\"end\" AND p.\"end\" > a.start THEN 0 ELSE 1 END AS how, "
         "      abs(p.start - a.\"end\") AS gap, p.idx "
         "      FROM a JOIN places p ON p.doc_id = a.doc_id JOIN documents d ON d.id = a.doc_id "
         "      WHERE NOT coalesce(p.demonym, false) AND (p.name IS NOT NULL OR p.lat IS NOT NULL) "
         "        AND ((p.start < a.\"end\" AND p.\"end\" > a.start) "
         "          OR (p.start >= a.\"end\" AND p.start - a.\"end\" <= 12 "
         "              AND regexp_full_match(substr(d.text, a.\"end\" + 1, p.start - a.\"end\"), ?)))) "
         "SELECT event_id, role, name, lat, lon, country, geonameid, feature, admin1 FROM c "
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


def export_store(store, fmt: str, output: str, **filters) -> int:
    """Write the store's events in ``fmt`` to ``output`` (``-``: standard output); returns the number of records
    written. The file appears only when complete: it is written beside its place and renamed there, so an error
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
        n = _write_format(store, fmt, tmp, **filters)
        if target is None:
            with open(tmp, "rb") as f:
                shutil.copyfileobj(f, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            os.replace(tmp, target)
        return n
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_format(store, fmt: str, output: str, **filters) -> int:
    if fmt == "gdelt":
        places = actor_places(store, **dict(filters))
        return write_tsv((gdelt_event_row(e) for e in _with_actor_places(iter_events(store, **filters), places)),
                         output)
    if fmt == "gdelt-mentions":
        return write_tsv((gdelt_mention_row(m) for m in mention_rows(store, **filters)), output)
    if fmt == "plover":
        return write_plover(iter_events(store, **filters), output, sizes=crowd_sizes(store))
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


def export(db: str, fmt: str, output: str, aggregate: Optional[bool] = None, **filters) -> int:
    """Open ``db``, re-aggregate when stale (``aggregate=None``) or always/never, and export."""
    with open_for_export(db, aggregate) as store:
        return export_store(store, fmt, output, **filters)


def __getattr__(name: str):
    if name == "FLAT_SCHEMA":
        from eventwire.export.flat import flat_schema
        return flat_schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FORMATS", "FLAT_SCHEMA", "GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "export", "export_store",
           "flat_columns", "flat_row", "flat_event_rows", "flat_rows_from_results", "flat_table", "gdelt_event_row",
           "gdelt_mention_row", "plover_record", "iter_events", "actor_places", "mention_rows", "split_actor_code",
           "needs_aggregate", "open_for_export"]
