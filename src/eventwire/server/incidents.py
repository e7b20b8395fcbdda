"""GET /api/incidents: deaths and injuries per incident for the events the dashboard's filters select.

An incident is one act told in one or more mentions of an article, its tolls counted once (coding/incidents.py);
copies of one story are merged as in `eventwire incidents` (export/incidents.py, whose SQL this uses).  The
filters are the event filters of every read route: an incident is kept when one of its mentions belongs to the
selection (level=event: a mention of a selected event; level=mention: a selected mention).
"""
from __future__ import annotations

from fastapi import Depends, FastAPI, Query

from eventwire.server.query import Level, _inner, event_filters
from eventwire.store.db import jsonable


def selected_incidents(level: str, filters: dict) -> tuple[str, list]:
    """(SQL, parameters) giving the ids of the incidents the filtered events or mentions tell."""
    inner, params = _inner(level, dict(filters))
    if level == "mention":
        return f"SELECT q.incident FROM ({inner}) q WHERE q.incident IS NOT NULL", params
    return (f"SELECT m.incident FROM event_mentions em JOIN mentions m ON m.mention_id = em.mention_id "
            f"WHERE m.incident IS NOT NULL AND em.event_id IN (SELECT q.event_id FROM ({inner}) q)", params)


class _ReadStore:
    def __init__(self, con):
        self.con = con


def add_routes(app: FastAPI, db) -> None:
    @app.get("/api/incidents", tags=["aggregates"],
             summary="incidents (deaths and injuries counted once) of the filtered events, newest first")
    def incidents(filters: dict = Depends(event_filters), level: Level = "event",
                  limit: int = Query(100, ge=1, le=1000)):
        from eventwire.export.incidents import incident_rows, toll_totals

        within = selected_incidents(level, filters)
        with db.reader() as con:
            store = _ReadStore(con)
            rows = incident_rows(store, within=within)
            total = (toll_totals(store, by="all", within=within) or
                     [{"incidents": 0, "killed": 0, "injured": 0, "without_toll": 0}])[0]
            ids = [r["incident_id"] for r in rows[:limit]]
            first = dict(con.execute(
                "SELECT incident, min(mention_id) FROM mentions WHERE list_contains(?::VARCHAR[], incident) "
                "AND NOT coalesce(not_event, false) GROUP BY 1", [ids]).fetchall()) if ids else {}
        items = []
        for r in rows[:limit]:
            items.append({
                "incident_id": r["incident_id"], "doc_id": r["doc_id"], "kind": r["kind"],
                "date": jsonable(r["date"]), "date_precision": r["date_precision"],
                "source": r["source_code"], "target": r["target_code"],
                "place": {"name": r["location_name"], "admin1": r["location_admin1"],
                          "admin1_code": r.get("location_admin1_code"),
                          "country": r["location_country"], "lat": r["location_lat"], "lon": r["location_lon"]},
                "killed": r["killed"], "injured": r["injured"], "n_mentions": r["n_mentions"],
                "n_documents": r["n_documents"], "title": r["title"], "url": r["url"],
                "mention_id": first.get(r["incident_id"])})
        return {"level": level, "total": int(total["incidents"]), "killed": int(total["killed"] or 0),
                "injured": int(total["injured"] or 0), "without_toll": int(total["without_toll"] or 0),
                "limit": limit, "items": items}
