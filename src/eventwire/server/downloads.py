"""GET /api/export: the current selection as a file (CSV, GeoJSON, GDELT, PLOVER), written by the same writers as
`eventwire export`, so a download from the dashboard is the file the CLI would write for the same filters
(events a format cannot take are left out and counted in the X-Eventwire-Left-Out header)."""
from __future__ import annotations

import os
import tempfile
from typing import Literal

from fastapi import Depends, FastAPI, Query
from fastapi.responses import Response

from eventwire.server.query import event_filters

MEDIA = {"csv": ("text/csv", "csv"), "geojson": ("application/geo+json", "geojson"),
         "gdelt": ("text/tab-separated-values", "tsv"), "plover": ("application/x-ndjson", "jsonl")}


class _ReadStore:
    """What the export writers need of a Store: its connection (here the server's read connection)."""

    def __init__(self, con):
        self.con = con


def add_routes(app: FastAPI, db) -> None:
    @app.get("/api/export", tags=["events"], summary="the filtered events as a file: csv, geojson, gdelt, plover")
    def export_selection(filters: dict = Depends(event_filters),
                         format: Literal["csv", "geojson", "gdelt", "plover"] = Query("csv"),  # noqa: A002
                         all: bool = Query(False, description="also the events the format cannot take")):  # noqa: A002
        from eventwire.export import export_store

        media, ext = MEDIA[format]
        with tempfile.TemporaryDirectory(prefix="eventwire-download-") as tmp:
            path = os.path.join(tmp, f"events.{ext}")
            with db.reader() as con:
                n = export_store(_ReadStore(con), format, path, keep_all=all, **filters)
            with open(path, "rb") as fh:
                body = fh.read()
        left = getattr(n, "left_out", {})
        headers = {"Content-Disposition": f'attachment; filename="eventwire-events.{ext}"',
                   "X-Eventwire-Written": str(int(n)),
                   "X-Eventwire-Left-Out": ", ".join(f"{k}={v}" for k, v in sorted(left.items())) or "none"}
        return Response(body, media_type=media, headers=headers)
