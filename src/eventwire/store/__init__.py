"""DuckDB storage: ``Store`` (one transaction per batch, upsert by document id) and ``events_frame``.

See docs/STORAGE.md for the schema (``schema.sql``), the aggregation rule and concurrency notes.
The names are loaded on first use, so that a command that stores nothing never imports DuckDB.
"""
__all__ = ["Store", "StoreError", "events_frame", "build_query", "result_rows", "SCHEMA_PATH", "SCHEMA_VERSION",
           "FINAL_STATUSES", "FILTERS"]


def __getattr__(name: str):
    if name in __all__:
        from eventwire.store import db
        return getattr(db, name)
    raise AttributeError(f"module 'eventwire.store' has no attribute {name!r}")
