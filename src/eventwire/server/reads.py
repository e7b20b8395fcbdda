"""The read routes (stage: reading): /api/health, /api/stats and /api/meta, then the events
(paged, GeoJSON, one event or mention), one stored document, and the aggregates (timeline,
dyads, places).  Added to the app by create_app (server/app.py).
"""
from __future__ import annotations

from typing import Literal, Optional

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import JSONResponse

from eventwire.server.query import _GROUP_COLS, _QUAD_COUNTS, Level, _inner, _order, _quads, event_filters
from eventwire.server.responses import (_MENTION_DETAIL_SQL, _document, _id_str, _rows, mention_detail,
                                        mention_spans, summarise)
from eventwire.store.db import jsonable

QUADS = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
_INTERVALS = ("day", "week", "month", "year")


def add_meta_routes(app: FastAPI, db, token: Optional[str]) -> None:
    """/api/health, /api/stats and /api/meta."""
    @app.get("/api/health", tags=["meta"])
    def health():
        return {"status": "ok", "writes_enabled": token is not None}

    @app.get("/api/stats", tags=["meta"], summary="what the database holds")
    def stats():
        with db.reader() as con:
            s = _rows(con, """
                SELECT (SELECT count(*) FROM documents) AS documents,
                       (SELECT count(*) FROM documents WHERE status = 'coded') AS coded,
                       (SELECT count(*) FROM mentions) AS mentions,
                       (SELECT count(*) FROM events) AS events,
                       (SELECT min(date) FROM mentions) AS first_date,
                       (SELECT max(date) FROM mentions) AS last_date""")[0]
            meta = dict(con.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
        s["aggregated"] = s["events"] > 0 or s["mentions"] == 0
        s["aggregated_at"] = meta.get("aggregated_at")
        s["written_at"] = meta.get("written_at")
        s["writes_enabled"] = token is not None
        return s

    @app.get("/api/meta", tags=["meta"], summary="CAMEO codes, PLOVER types and quad classes (names)")
    def meta():
        from eventwire.ontology import all_codes
        codes = [{"code": c.code, "name": c.name, "goldstein": c.goldstein, "quad_class": c.quad_class,
                  "plover_type": c.plover_type} for c in all_codes()]
        plover = sorted({c["plover_type"] for c in codes if c["plover_type"]})
        return {"cameo": codes, "plover_types": plover, "quad_classes": {str(k): v for k, v in QUADS.items()}}


def add_routes(app: FastAPI, db, cfg) -> None:
    """The event, document and aggregate reads (after the corrections routes, whose paths
    GET /api/events/{id} would take)."""
    @app.get("/api/events", tags=["events"], summary="events matching the filters, paged and sorted")
    def events(filters: dict = Depends(event_filters),
               level: Level = Query("event", description="event: aggregated events; mention: every coded mention"),
               limit: int = Query(100, ge=1, le=cfg.max_limit),
               offset: int = Query(0, ge=0, le=10_000_000),
               order: Optional[str] = Query(None, max_length=200,
                                            description="comma list of fields, '-' for descending: -date,-num_articles")):
        sql, params = _inner(level, dict(filters, limit=limit, offset=offset, order=_order(order)))
        csql, cparams = _inner(level, dict(filters, count=True))
        with db.reader() as con:
            rows = _rows(con, sql, params)
            total = int(con.execute(csql, cparams).fetchone()[0])
        return {"total": total, "limit": limit, "offset": offset, "level": level,
                "items": [summarise(r, level) for r in rows]}

    @app.get("/api/events.geojson", tags=["events"], summary="events with a location as GeoJSON points")
    def events_geojson(filters: dict = Depends(event_filters), level: Level = "event",
                       limit: int = Query(1000, ge=1, le=cfg.max_features),
                       order: Optional[str] = Query(None, max_length=200)):
        f = dict(filters, limit=limit, order=_order(order))
        if "bbox" not in f:
            f["bbox"] = "-180,-90,180,90"         # only events that have coordinates
        sql, params = _inner(level, f)
        with db.reader() as con:
            rows = _rows(con, sql, params)
        feats = []
        for r in rows:
            s = summarise(r, level)
            p = s["place"] or {}
            if p.get("lat") is None or p.get("lon") is None:
                continue
            props = {k: s[k] for k in ("id", "date", "cameo", "cameo_name", "plover_type", "quad_class", "goldstein",
                                       "confidence", "num_articles", "evidence_text", "doc_id", "url")}
            props.update({"source": (s["source"] or {}).get("code"), "target": (s["target"] or {}).get("code"),
                          "place": p.get("name"), "country": p.get("country"), "geonameid": p.get("geonameid")})
            feats.append({"type": "Feature", "id": s["id"],
                          "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]}, "properties": props})
        return JSONResponse({"type": "FeatureCollection", "features": feats},
                            media_type="application/geo+json")

    @app.get("/api/events/{event_id:path}", tags=["events"],
             summary="one event (numeric id) or mention ('<doc id>:<n>') with its mentions and evidence")
    def event_detail(event_id: str, max_mentions: int = Query(50, ge=1, le=500)):
        with db.reader() as con:
            if len(event_id) > 400 or not event_id.isprintable():
                raise HTTPException(404, "no such event or mention")
            if event_id.isascii() and event_id.isdigit():
                rows = _rows(con, "SELECT * FROM events WHERE event_id = ?", [int(event_id)]) \
                    if int(event_id) < 2 ** 63 else []
                if not rows:
                    raise HTTPException(404, f"no event {event_id}")
                event = summarise(rows[0], "event")
                sql = _MENTION_DETAIL_SQL.format(
                    em_cols="em.event_id, em.doc_id AS article_id, em.inherited,",
                    from_clause="event_mentions em JOIN mentions m ON m.mention_id = em.mention_id")
                sql += " JOIN documents d ON d.id = em.doc_id WHERE em.event_id = ? " \
                       "ORDER BY em.inherited, m.confidence DESC NULLS LAST, d.date NULLS LAST, em.doc_id LIMIT ?"
                mentions = _rows(con, sql, [int(event_id), max_mentions])
                total = event.get("num_mentions") or len(mentions)
            else:
                sql = _MENTION_DETAIL_SQL.format(
                    em_cols="em.event_id, m.doc_id AS article_id, false AS inherited,",
                    from_clause="mentions m LEFT JOIN event_mentions em "
                                "ON em.mention_id = m.mention_id AND em.doc_id = m.doc_id")
                sql += " JOIN documents d ON d.id = m.doc_id WHERE m.mention_id = ?"
                mentions = _rows(con, sql, [event_id])
                if not mentions:
                    raise HTTPException(404, f"no event or mention {event_id!r}")
                event = summarise(mentions[0], "mention")
                event["url"], event["title"] = mentions[0].get("url"), mentions[0].get("title")
                total = 1
        event["mentions"] = [mention_detail(m) for m in mentions]
        event["mentions_total"] = total
        return event

    @app.get("/api/documents/{doc_id:path}", tags=["documents"],
             summary="a stored article: text, sentences, coded events with their spans, places, counts")
    def document(doc_id: str):
        with db.reader() as con:
            doc = _document(con, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        text = doc.get("text")
        spans, events = [], []
        for m in doc.get("events", []):
            for sp in mention_spans(m, text):
                spans.append(dict(sp, mention_id=m.get("mention_id")))
            s = summarise(m, "mention")
            s["event_id"] = _id_str(m.get("event_id"))
            events.append(s)
        doc["events"] = events
        doc["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
        doc.pop("content_hash", None)
        return {k: jsonable(v) for k, v in doc.items()}

    @app.get("/api/timeline", tags=["aggregates"], summary="counts and mean Goldstein per period and quad class")
    def timeline(filters: dict = Depends(event_filters), level: Level = "event",
                 interval: Literal["auto", "day", "week", "month", "year"] = "auto"):
        inner, params = _inner(level, filters)
        g = _GROUP_COLS[level]
        with db.reader() as con:
            if interval == "auto":
                lo, hi = con.execute(f"SELECT min(q.date), max(q.date) FROM ({inner}) q", params).fetchone()
                span = (hi - lo).days if lo and hi else 0
                interval = "day" if span <= 120 else "week" if span <= 3 * 365 else "month"
            assert interval in _INTERVALS
            rows = _rows(con, f"""
                SELECT date_trunc('{interval}', q.date) AS period, q.quad_class, count(*) AS count,
                       sum({g['mentions']}) AS mentions, round(avg(q.goldstein), 3) AS goldstein
                FROM ({inner}) q WHERE q.date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""", params)
            undated = con.execute(f"SELECT count(*) FROM ({inner}) q WHERE q.date IS NULL", params).fetchone()[0]
        for r in rows:
            r["period"] = str(r["period"])[:10]
        # undated: the events (or mentions) the filters keep that have no date, so no place on the timeline
        return {"interval": interval, "level": level, "series": rows, "undated": undated}

    @app.get("/api/dyads", tags=["aggregates"], summary="top source-target actor pairs")
    def dyads(filters: dict = Depends(event_filters), level: Level = "event",
              limit: int = Query(25, ge=1, le=500)):
        """Pairs with a bare sector code on either side ("GOV", "CVL": an actor whose country is unknown) are left
        out: every such actor in every article would merge into one node. ``unknown_country`` counts their events."""
        from eventwire.export.gdelt import ACTOR_TYPES

        inner, params = _inner(level, filters)
        g = _GROUP_COLS[level]
        bare = sorted(ACTOR_TYPES)
        with db.reader() as con:
            rows = _rows(con, f"""
                SELECT q.source_code AS source, q.target_code AS target, count(*) AS count,
                       sum({g['mentions']}) AS mentions, round(avg(q.goldstein), 3) AS goldstein,
                       mode(q.source_name) AS source_name, mode(q.target_name) AS target_name, {_QUAD_COUNTS}
                FROM ({inner}) q WHERE q.source_code IS NOT NULL AND q.target_code IS NOT NULL
                  AND NOT list_contains(?::VARCHAR[], q.source_code) AND NOT list_contains(?::VARCHAR[], q.target_code)
                GROUP BY 1, 2 ORDER BY count DESC, mentions DESC, 1, 2 LIMIT ?""", params + [bare, bare, limit])
            unknown = con.execute(f"""
                SELECT count(*) FROM ({inner}) q WHERE q.source_code IS NOT NULL AND q.target_code IS NOT NULL
                  AND (list_contains(?::VARCHAR[], q.source_code) OR list_contains(?::VARCHAR[], q.target_code))""",
                                  params + [bare, bare]).fetchone()[0]
        for r in rows:
            r["quad"] = _quads(r)
        return {"level": level, "items": rows, "unknown_country": unknown}

    @app.get("/api/places", tags=["aggregates"], summary="top event locations")
    def places(filters: dict = Depends(event_filters), level: Level = "event",
               limit: int = Query(100, ge=1, le=5000)):
        inner, params = _inner(level, filters)
        g = _GROUP_COLS[level]
        with db.reader() as con:
            rows = _rows(con, f"""
                SELECT {g['gid']} AS geonameid, {g['name']} AS name, {g['lat']} AS lat, {g['lon']} AS lon,
                       {g['country']} AS country, {g['feature']} AS feature, count(*) AS count,
                       sum({g['mentions']}) AS mentions, round(avg(q.goldstein), 3) AS goldstein, {_QUAD_COUNTS}
                FROM ({inner}) q WHERE {g['lat']} IS NOT NULL AND {g['lon']} IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY count DESC, mentions DESC, 2 LIMIT ?""", params + [limit])
        for r in rows:
            r["quad"] = _quads(r)
        return {"level": level, "items": rows}
