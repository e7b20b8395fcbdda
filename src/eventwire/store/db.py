"""The DuckDB store: documents, sentences, mentions, actors, places, counts; stories; aggregated events.

Writes go through ``Store.write_batch`` -- one transaction per batch, so a killed run leaves
whole batches only, and a rerun upserts by document id (never a duplicate row).  Reading:
``query_events``, ``get_document``, ``events_frame``.  Schema: ``schema.sql`` beside this file,
documented in docs/STORAGE.md.
"""
from __future__ import annotations

import functools
import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Iterable, Optional

import duckdb
import numpy as np

from eventwire.model import CODED, FAILED, SKIPPED, Result
from eventwire.stories import StoryIndex
# rows and queries live in their own modules; their names stay importable from here
from eventwire.store.query import FILTERS, build_query  # noqa: F401
from eventwire.store.rows import (DOC_TABLES, _coerce, _dated, _now, fetch_dicts, jsonable,  # noqa: F401
                                  read_document, result_rows)
from eventwire.store.record import read_result_record
from eventwire.store.stale import stale_ids

SCHEMA_PATH = Path(__file__).with_name("schema.sql")
SCHEMA_VERSION = "1"
FINAL_STATUSES = (CODED, SKIPPED, FAILED)



def _is_duckdb(path: str) -> bool:
    """A DuckDB database file carries "DUCK" at byte 8 of its header."""
    try:
        with open(path, "rb") as f:
            return f.read(12)[8:12] == b"DUCK"
    except OSError:
        return True         # let DuckDB say what is wrong


class StoreError(RuntimeError):
    """A store that cannot be opened or used (clear message, no DuckDB internals needed)."""


# --------------------------------------------------------------------------- aggregation SQL

_AGGREGATE_SQL = [
    "DELETE FROM event_mentions",
    "DELETE FROM events",
    # every (mention, article) pair: a mention counts for its own document, and for every exact
    # copy of that document that was not coded itself (duplicate_of set, no mentions of its own)
    """CREATE OR REPLACE TEMP TABLE _ew_art AS
       -- (a mention corrected as not an event is in no event)
       SELECT m.*, m.doc_id AS art_doc, false AS inherited FROM mentions m WHERE NOT coalesce(m.not_event, false)
       UNION ALL
       SELECT m.*, d.id AS art_doc, true AS inherited
       FROM documents d JOIN mentions m ON m.doc_id = d.duplicate_of
       WHERE d.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentions x WHERE x.doc_id = d.id)
             AND NOT coalesce(m.not_event, false)""",
    """CREATE OR REPLACE TEMP TABLE _ew_keyed AS
       SELECT a.*, d.outlet, coalesce(d.story_id, d.id) AS story, d.date AS doc_date, d.coded_at, d.tone AS doc_tone,
              d.url AS doc_url,
              ('0x' || substr(md5(concat_ws('|', coalesce(a.source_code, ''), coalesce(a.target_code, ''),
                     coalesce(a.cameo, ''), coalesce(strftime(a.date, '%Y-%m-%d'), ''),
                     coalesce(a.location_geonameid, ''))), 1, 15))::BIGINT AS event_id
       FROM _ew_art a JOIN documents d ON d.id = a.art_doc""",
    """INSERT INTO events
       WITH g AS (
         -- a mention counts once, plus once per other telling of its act folded into it (told_again, coding/retold.py)
         SELECT event_id, sum(1 + coalesce(json_array_length(told_again), 0))::BIGINT AS num_mentions, count(DISTINCT art_doc) AS num_articles,
                count(DISTINCT outlet) AS num_sources, count(DISTINCT story) AS num_stories,
                avg(goldstein) AS goldstein, max(confidence) AS confidence, min(doc_date) AS first_seen,
                max(doc_date) AS last_seen, min(coded_at) AS added_at, bool_or(sentence = 0) AS is_root,
                avg(doc_tone) AS tone, max(dead) AS dead, max(injured) AS injured,
                bool_or(coalesce(corrected, false)) AS corrected
         FROM _ew_keyed GROUP BY event_id),
       best AS (
         SELECT * FROM (
           SELECT k.*, row_number() OVER (PARTITION BY event_id
                   ORDER BY inherited, confidence DESC NULLS LAST, (doc_url IS NULL), doc_date NULLS LAST,
                            coded_at, mention_id) AS rn
           FROM _ew_keyed k) WHERE rn = 1)
       SELECT g.event_id, b.date, b.source_code, b.source_name, b.source_country, b.source_sector, b.source_text,
              b.target_code, b.target_name, b.target_country, b.target_sector, b.target_text, b.cameo, b.cameo_root,
              b.plover_type, b.plover_mode, b.quad_class, round(g.goldstein, 3), g.confidence,
              b.location_geonameid, b.location_name, b.location_lat, b.location_lon, b.location_country,
              b.location_feature, b.location_admin1, g.num_mentions, g.num_articles, g.num_sources,
              g.num_stories, g.first_seen, g.last_seen, g.added_at, g.is_root, round(g.tone, 3), g.dead,
              g.injured, b.mention_id, b.doc_id, b.doc_url, b.evidence_text, b.sentence_text, g.corrected,
              b.location_admin1_code
       FROM g JOIN best b USING (event_id)""",
    "INSERT INTO event_mentions SELECT event_id, mention_id, art_doc, inherited FROM _ew_keyed",
    "DROP TABLE _ew_keyed",
    "DROP TABLE _ew_art",
]


# --------------------------------------------------------------------------- the store

@functools.lru_cache(maxsize=2)
def _reference_columns(schema: str) -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, type)] of the schema, read from a throw-away in-memory database."""
    ref = duckdb.connect(":memory:")
    try:
        ref.execute(schema)
        out: dict[str, list] = {}
        for table, name, sqltype in ref.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
            out.setdefault(table, []).append((name, sqltype))
        return out
    finally:
        ref.close()


def _read_older_file(con) -> None:
    """A file from an older eventwire opened read-only (so not migrated): its tables that lack this schema's
    columns are read through temporary views that add them as NULL, and missing tables are empty temporary
    tables, so that queries of this version still run on it."""
    want = _reference_columns(SCHEMA_PATH.read_text(encoding="utf-8"))
    have: dict[str, set] = {}
    for table, name in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                   "WHERE table_schema = 'main'").fetchall():
        have.setdefault(table, set()).add(name)
    if not have:
        return
    catalog = con.execute("SELECT current_database()").fetchone()[0].replace('"', '""')
    for table, cols in want.items():
        if table not in have:
            con.execute(f"CREATE TEMP TABLE {table} ({', '.join(f'{chr(34)}{n}{chr(34)} {t}' for n, t in cols)})")
            continue
        missing = [(n, t) for n, t in cols if n not in have[table]]
        if missing:
            extra = ", ".join(f'NULL::{t} AS "{n}"' for n, t in missing)
            con.execute(f'CREATE TEMP VIEW {table} AS SELECT *, {extra} FROM "{catalog}".main.{table}')


def _releasing(method):
    """Public store calls give the file back afterwards when the store does not ``hold`` it."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            return method(self, *args, **kwargs)
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._release()
    return wrapper


class Store:
    """An eventwire DuckDB database.

    ``Store(path)`` opens (creating if needed) a read-write store; ``read_only=True`` opens an
    existing file for reading (several processes may read at once, but not while a writer
    holds the file -- see docs/STORAGE.md).  ``path=":memory:"`` gives a throw-away store.

    ``hold=False`` closes the file after every call (write_batch, query_events, ...) and opens
    it again on the next one, so that a writer and readers in other processes can take turns;
    opening waits up to ``lock_timeout`` seconds for the other side, then raises StoreError.
    """

    def __init__(self, path: str = "eventwire.duckdb", read_only: bool = False, *,
                 story_threshold: float = 0.5, lock_timeout: float = 10.0, run_id: Optional[str] = None,
                 hold: bool = True):
        self.path = str(path)
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self.hold = hold or self.path == ":memory:"
        self._con = None
        self.story_threshold = story_threshold
        self._checked_files: set = set()      # files whose failed whole-file rows were looked for (write_batch)
        self.run_id = run_id or f"run-{_now():%Y%m%dT%H%M%S}-{os.getpid()}"
        self._stories: Optional[StoryIndex] = None
        self.last_reapply: Optional[dict] = None     # corrections.reapply's report of the last write_batch
        self._types: dict[str, list[tuple[str, str]]] = {}
        memory = self.path == ":memory:"
        if read_only and not memory and not os.path.exists(self.path):
            raise StoreError(f"no eventwire database at {self.path}")
        if not memory and os.path.isfile(self.path) and os.path.getsize(self.path) > 0 and not _is_duckdb(self.path):
            raise StoreError(f"{self.path} is not an eventwire (DuckDB) database")
        con = self.con
        if not read_only:
            try:
                schema = SCHEMA_PATH.read_text(encoding="utf-8")
                # a file last set up with this very schema text, its tables and columns as they were left then,
                # needs neither the schema run again nor _migrate's comparison with a throw-away database (about a
                # third of a second per open)
                if self._schema_digest(schema) != self._stored_digest():
                    con.execute(schema)
                    self._migrate(schema)
                    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
                    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_sha1', ?)", [self._schema_digest(schema)])
            except duckdb.Error as exc:
                self.close()
                raise StoreError(f"cannot set up the schema in {self.path}: {exc}") from exc
        self._release()

    def _table_columns(self) -> list[tuple]:
        return self.con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall()

    def _schema_digest(self, schema: str) -> str:
        """SHA-1 of the schema text with the file's tables and columns as they are now."""
        return hashlib.sha1((schema + repr(self._table_columns())).encode("utf-8")).hexdigest()

    def _stored_digest(self) -> Optional[str]:
        """The digest saved when the file was last set up (None for a new file or one from an older eventwire)."""
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_sha1'").fetchone()
        except duckdb.Error:            # no meta table yet
            return None
        return row[0] if row else None

    def _migrate(self, schema: str) -> None:
        """Bring a file written by an older eventwire up to this schema: add missing columns to
        the stored tables; drop and recreate the derived ones (events, event_mentions: rebuilt by
        aggregate())."""
        have_all: dict[str, list] = {}
        for table, name, sqltype in self._table_columns():
            have_all.setdefault(table, []).append((name, sqltype))
        for table, want in _reference_columns(schema).items():
            have = have_all.get(table, [])
            if have == want:
                continue
            if table in ("events", "event_mentions"):
                self.con.execute(f"DROP TABLE {table}")
                self.con.execute(schema)        # recreates it (IF NOT EXISTS everywhere)
                continue
            have_names = {n for n, _ in have}
            for name, sqltype in want:
                if name not in have_names:
                    self.con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {sqltype}')

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection (opened on demand; see ``hold``)."""
        if self._con is None:
            self._con = self._connect(self.lock_timeout)
        return self._con

    def _release(self) -> None:
        """With ``hold=False`` give the file back after each call, so that other processes can
        open it between batches (a writer and a server taking turns)."""
        if not self.hold and self._con is not None and getattr(self, "_depth", 0) == 0:
            self._con.close()
            self._con = None

    def _connect(self, lock_timeout: float):
        deadline = time.monotonic() + max(0.0, lock_timeout)
        delay = 0.05
        while True:
            try:
                con = duckdb.connect(self.path, read_only=self.read_only)
                if self.read_only:
                    _read_older_file(con)
                return con
            except duckdb.IOException as exc:
                msg = str(exc)
                if "lock" not in msg.lower() or time.monotonic() >= deadline:
                    if "lock" in msg.lower():
                        raise StoreError(f"{self.path} is held by another process (DuckDB allows one writer, "
                                         f"or many readers when no process writes): {msg}") from exc
                    raise StoreError(f"cannot open {self.path}: {msg}") from exc
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open {self.path}: {exc}") from exc

    # -- context manager --------------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        con, self._con = getattr(self, "_con", None), None
        if con is not None:
            con.close()

    # -- helpers -------------------------------------------------------------------------
    def _columns(self, table: str) -> list[tuple[str, str]]:
        cols = self._types.get(table)
        if cols is None:
            info = self.con.execute(f"DESCRIBE {table}").fetchall()
            cols = [(r[0], r[1].upper()) for r in info]
            self._types[table] = cols
        return cols

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        # the rows go in as one scan of NumPy columns (DuckDB reads them natively; no pyarrow, whose first use
        # imports pandas: a second and a half of start-up), each cast to its column's type
        cols = self._columns(table)
        columns = {}
        for name, sqltype in cols:
            col = np.empty(len(rows), dtype=object)
            if sqltype in ("VARCHAR", "JSON"):     # nearly always a str or None already: _coerce only the rest
                col[:] = [v if v is None or type(v) is str else _coerce(v, sqltype) for v in (r.get(name) for r in rows)]
            elif sqltype == "VARCHAR[]":           # lists: one by one (a list given to a slice would be spread)
                for i, r in enumerate(rows):
                    col[i] = _coerce(r.get(name), sqltype)
            else:
                col[:] = [_coerce(r.get(name), sqltype) for r in rows]
            columns[name] = col
        names = ", ".join(f'"{n}"' for n, _ in cols)
        casts = ", ".join(f'CAST("{n}" AS {t})' for n, t in cols)
        self.con.register("_ew_rows", columns)
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {casts} FROM _ew_rows")
        finally:
            self.con.unregister("_ew_rows")

    def _rows(self, sql: str, params: Sequence = ()) -> list[dict]:
        return fetch_dicts(self.con, sql, params)

    @_releasing
    def story_index(self) -> StoryIndex:
        """The persisted StoryIndex (loaded on first use)."""
        if self._stories is None:
            idx = StoryIndex(threshold=self.story_threshold)
            for doc_id, story_id, sig in self.con.execute(
                    "SELECT doc_id, story_id, signature FROM story_signatures ORDER BY doc_id").fetchall():
                idx.add(doc_id, story_id, sig)
            idx.take_new()
            self._stories = idx
        return self._stories

    # -- writing -----------------------------------------------------------------------
    @_releasing
    def write_batch(self, results: Sequence[Result], run_id: Optional[str] = None) -> None:
        """Store a batch of Results in ONE transaction (all rows or none); upsert by document id."""
        if self.read_only:
            raise StoreError("store opened read_only")
        run_id = run_id or self.run_id
        coded_at = _now()
        latest: dict[str, Result] = {}
        for r in results:
            if r is None or getattr(r, "document", None) is None or getattr(r.document, "id", None) is None:
                continue
            latest[str(r.document.id)] = r          # the last copy of an id in a batch wins
        if not latest:
            return
        per_table: dict[str, list[dict]] = {k: [] for k in DOC_TABLES}
        for r in latest.values():
            for table, rows in result_rows(r, run_id=run_id, coded_at=coded_at).items():
                per_table[table].extend(rows)
        docs = per_table["documents"]
        ids = [d["id"] for d in docs]

        # exact duplicates: first stored (or first in this batch) document with the same hash
        hashes = sorted({d["content_hash"] for d in docs if d["content_hash"]})
        first_by_hash: dict[str, str] = {}
        if hashes:
            for h, doc_id in self.con.execute(
                    "SELECT content_hash, arg_min(id, coded_at) FROM documents WHERE content_hash IN "
                    f"({','.join('?' * len(hashes))}) AND duplicate_of IS NULL AND NOT (id IN "
                    f"({','.join('?' * len(ids))})) GROUP BY content_hash", hashes + ids).fetchall():
                first_by_hash[h] = doc_id
        # within the batch, a copy that was coded (has events) is a better original than one that was not
        for d in sorted(docs, key=lambda d: 0 if d["status"] == CODED and d["n_events"] else 1):
            if d["content_hash"]:
                first_by_hash.setdefault(d["content_hash"], d["id"])
        idx = self.story_index()
        for d in docs:
            h = d["content_hash"]
            if h:
                orig = first_by_hash.setdefault(h, d["id"])
                if orig != d["id"]:
                    d["duplicate_of"] = orig
            if d["id"] in idx:
                d["story_id"] = idx.story_of(d["id"])
            elif d["duplicate_of"] and d["duplicate_of"] in idx:
                d["story_id"] = idx.assign(d["id"], d["text"], story_id=idx.story_of(d["duplicate_of"]))
            else:
                d["story_id"] = idx.assign(d["id"], d["text"])
        new_sigs = [idx.row(doc_id) for doc_id in idx.take_new()]

        try:
            self.con.execute("BEGIN TRANSACTION")
            existing = [r[0] for r in self.con.execute(
                f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()]
            checked = set(self._checked_files)
            stale = stale_ids(self.con, docs, checked)      # failed rows these take the place of (store/stale.py)
            if existing or stale:
                marks = ",".join("?" * len(existing + stale))
                for table in DOC_TABLES[1:]:
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", existing + stale)
                self.con.execute(f"DELETE FROM documents WHERE id IN ({marks})", existing + stale)
            for table in DOC_TABLES:
                self._insert(table, per_table[table])
            self._insert("story_signatures", [{"doc_id": a, "story_id": b, "signature": c} for a, b, c in new_sigs])
            if existing:            # written again (a re-code): analysts' corrections go to the new mentions
                from eventwire.store.corrections import reapply
                self.last_reapply = reapply(self.con, existing)
            self.con.execute(
                "INSERT INTO runs VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (run_id) DO UPDATE SET "
                "updated_at = excluded.updated_at, n_batches = runs.n_batches + 1, "
                "n_documents = runs.n_documents + excluded.n_documents, "
                "n_mentions = runs.n_mentions + excluded.n_mentions",
                [run_id, coded_at, coded_at, len(docs), len(per_table["mentions"])])
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('written_at', ?)", [coded_at.isoformat()])
            self.con.execute("COMMIT")
            self._checked_files = checked
        except BaseException:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            idx.forget_new([s[0] for s in new_sigs])
            raise

    @_releasing
    def aggregate(self) -> None:
        """(Re)build ``events`` and ``event_mentions`` from ``mentions`` in one transaction."""
        if self.read_only:
            raise StoreError("store opened read_only")
        try:
            self.con.execute("BEGIN TRANSACTION")
            for sql in _AGGREGATE_SQL:
                self.con.execute(sql)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('aggregated_at', ?)", [_now().isoformat()])
            self.con.execute("COMMIT")
        except BaseException:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise

    # -- reading -----------------------------------------------------------------------
    @_releasing
    def done_ids(self, statuses: Iterable[str] = FINAL_STATUSES) -> set[str]:
        """Ids of documents stored with a final status (a resumed run skips them)."""
        st = list(statuses)
        return {r[0] for r in self.con.execute(
            f"SELECT id FROM documents WHERE status IN ({','.join('?' * len(st))})", st).fetchall()}

    @_releasing
    def known_hashes(self) -> dict[str, str]:
        """Content hash -> id of the first stored document with that text."""
        return dict(self.con.execute(
            "SELECT content_hash, arg_min(id, coded_at) FROM documents "
            "WHERE content_hash IS NOT NULL AND duplicate_of IS NULL GROUP BY content_hash").fetchall())

    @_releasing
    def query_events(self, **filters) -> list[dict]:
        """Coded events matching the filters, as JSON-ready dicts (dates as ISO strings).

        ``level="mention"`` (default): one row per mention (all mention columns plus url, title,
        outlet_name (the document's own source name), outlet, story_id, doc_date, event_id,
        num_mentions/articles/sources/stories).  ``source_*`` / ``target_*`` are always the actors.
        ``level="event"``: one row per aggregated event (the ``events`` table).
        Filters: start, end (dates), actor / source_actor / target_actor (code prefix), country
        (source, target or place ISO3), sector, cameo (code or root prefix), plover, quad, place
        (name substring or geonameid), bbox (min_lon,min_lat,max_lon,max_lat), text (evidence or
        sentence), outlet / source, doc_id, story_id, modality, min_confidence, event_id;
        limit, offset, order ("date", "-confidence", "num_articles", ...).  List values OR together.
        """
        level = filters.pop("level", "mention") or "mention"
        sql, params = build_query(level, **filters)
        return self._rows(sql, params)

    @_releasing
    def count_events(self, **filters) -> int:
        level = filters.pop("level", "mention") or "mention"
        for k in ("limit", "offset", "order"):
            filters.pop(k, None)
        sql, params = build_query(level, count=True, **filters)
        return int(self.con.execute(sql, params).fetchone()[0])

    @_releasing
    def query_frame(self, **filters):
        """Like query_events, as a pandas DataFrame (native date types)."""
        level = filters.pop("level", "mention") or "mention"
        sql, params = build_query(level, **filters)
        return self.con.execute(sql, params).df()

    @_releasing
    def get_document(self, doc_id: str) -> Optional[dict]:
        """A stored document: its fields, text, sentences, events (mentions), places and counts."""
        return read_document(self.con, doc_id)

    @_releasing
    def result_record(self, doc_id: str) -> Optional[dict]:
        """A stored document as an output-contract record (``Result.to_dict()`` shape), or None
        (``store/record.py``: a resumed run prints the same line for a document it does not code again)."""
        return read_result_record(self.con, doc_id)

    @_releasing
    def stats(self) -> dict:
        """Row counts per table, documents per status, and the meta entries."""
        out = {}
        for t in ("documents", "sentences", "mentions", "actors", "places", "counts", "events",
                  "event_mentions", "story_signatures", "runs"):
            out[t] = int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        out["status"] = dict(self.con.execute("SELECT status, count(*) FROM documents GROUP BY status ORDER BY 1").fetchall())
        out["stories"] = int(self.con.execute("SELECT count(DISTINCT story_id) FROM documents").fetchone()[0])
        out["duplicates"] = int(self.con.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0])
        out["meta"] = dict(self.con.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
        return out


def events_frame(db: str, **filters):
    """Stored events as a pandas DataFrame (``eventwire.events(db, **filters)``); empty when no db."""
    import pandas as pd

    if str(db) != ":memory:" and not os.path.exists(str(db)):
        return pd.DataFrame()
    with Store(db, read_only=True) as store:
        return store.query_frame(**filters)
