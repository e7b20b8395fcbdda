"""DuckDB storage: ``Store`` (one transaction per batch, upsert by document id) and ``events_frame``.

See docs/STORAGE.md for the schema (``schema.sql``), the aggregation rule and concurrency notes.
"""
from eventwire.store.db import (  # noqa: F401
    FILTERS, FINAL_STATUSES, SCHEMA_PATH, SCHEMA_VERSION, Store, StoreError, build_query, events_frame, result_rows,
)

__all__ = ["Store", "StoreError", "events_frame", "build_query", "result_rows", "SCHEMA_PATH", "SCHEMA_VERSION",
           "FINAL_STATUSES", "FILTERS"]
