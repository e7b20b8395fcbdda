"""`eventwire spark-load`: a Spark run's output (local Parquet) into an eventwire DuckDB store.

    load_output(output, db) -> {"documents", "mentions", "incidents", "events"}

Documents, mentions and incidents are inserted in one transaction, replacing any stored document with the same id
(with every row of its own, as ``eventwire code`` does); then the store aggregates the events with its own SQL.
Incidents (coding/incidents.py: tolls counted once per incident) land in the store's ``incidents`` table, so
``eventwire incidents --db`` and the dashboard read them as after ``eventwire code``.
"""
from __future__ import annotations

import time
from pathlib import Path


def _files(out: str, table: str) -> list[str]:
    """The committed Parquet files of one output table: Spark's _temporary (a killed job) and other hidden entries
    are not data."""
    base = Path(out, table)
    return sorted(str(p) for p in base.glob("**/*.parquet")
                  if not any(part.startswith(("_", ".")) for part in p.relative_to(base).parts))


def _glob(files: list[str]) -> str:
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def _insert(con, table: str, temp: str, columns: list[str]) -> None:
    """INSERT the store table's columns that the loaded rows carry (by name; dates cast), the others left NULL."""
    have = {r[0] for r in con.execute(f"DESCRIBE {temp}").fetchall()}
    cols = [c for c in columns if c in have]
    sel = ", ".join(f'"{c}"' if c != "date" else "TRY_CAST(date AS DATE) AS date" for c in cols)
    con.execute(f"INSERT INTO {table} ({', '.join(chr(34) + c + chr(34) for c in cols)}) SELECT {sel} FROM {temp}")


def load_output(output: str, db: str) -> dict:
    """Load a Spark run's documents, mentions and incidents (local Parquet) into an eventwire DuckDB store
    (upsert by document id, like ``eventwire code``) and aggregate.  Returns row counts."""
    from eventwire.distributed.spark import store_columns
    from eventwire.store import Store

    out = output.rstrip("/")
    doc_files, ment_files, inc_files = _files(out, "documents"), _files(out, "mentions"), _files(out, "incidents")
    if not doc_files:
        return {"documents": 0, "mentions": 0, "incidents": 0, "events": 0}
    with Store(db) as store:
        con = store.con
        con.execute("BEGIN TRANSACTION")
        try:
            # one row per id (ids can repeat: two records with the same given id or text): the last coded wins,
            # as in Store.write_batch
            con.execute(f"CREATE OR REPLACE TEMP TABLE _ew_docs AS SELECT * FROM read_parquet({_glob(doc_files)}, "
                        "hive_partitioning = true, union_by_name = true) "
                        "QUALIFY row_number() OVER (PARTITION BY id ORDER BY coded_at DESC NULLS LAST) = 1")
            if ment_files:
                con.execute(f"CREATE OR REPLACE TEMP TABLE _ew_ments AS SELECT * FROM "
                            f"read_parquet({_glob(ment_files)}, hive_partitioning = true, union_by_name = true) "
                            "QUALIFY row_number() OVER (PARTITION BY mention_id) = 1")
            if inc_files:
                # an incident written twice (a job killed between its writes, then resumed) is one row; only the
                # incidents of documents that have their row (what the mentions of a resumed run rely on too)
                con.execute(f"CREATE OR REPLACE TEMP TABLE _ew_incs AS SELECT * FROM "
                            f"read_parquet({_glob(inc_files)}, hive_partitioning = true, union_by_name = true) "
                            "WHERE doc_id IN (SELECT id FROM _ew_docs) "
                            "QUALIFY row_number() OVER (PARTITION BY incident_id) = 1")
            for table in ("sentences", "mentions", "actors", "places", "counts", "incidents", "story_signatures"):
                con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT id FROM _ew_docs)")
            con.execute("DELETE FROM documents WHERE id IN (SELECT id FROM _ew_docs)")
            _insert(con, "documents", "_ew_docs", [n for n, _ in store_columns("documents")])
            n_m = n_i = 0
            if ment_files:
                mcols = [n for n, _ in store_columns("mentions")]
                sel = ", ".join(f'"{c}"' if c != "date" else "TRY_CAST(date AS DATE) AS date" for c in mcols)
                con.execute(f"INSERT INTO mentions SELECT {sel} FROM _ew_ments")
                n_m = con.execute("SELECT count(*) FROM _ew_ments").fetchone()[0]
            if inc_files:
                _insert(con, "incidents", "_ew_incs", [n for n, _ in store_columns("incidents")])
                n_i = con.execute("SELECT count(*) FROM _ew_incs").fetchone()[0]
            n_d = con.execute("SELECT count(*) FROM _ew_docs").fetchone()[0]
            con.execute("INSERT OR REPLACE INTO meta VALUES ('written_at', ?)",
                        [time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        store.aggregate()
        n_e = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
    return {"documents": n_d, "mentions": n_m, "incidents": n_i, "events": n_e}
