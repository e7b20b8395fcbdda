"""Corrections over HTTP (issue 18; docs/SERVER.md): analysts correct a mention where the dashboard shows it.

    POST /api/events/{mention_id}/corrections   {source?, target?, cameo?, not_event?, note?, by?}  (bearer token)
    GET  /api/events/{mention_id}/corrections   the mention's corrections, oldest first
    POST /api/corrections/{correction_id}/undo  {by?}                                               (bearer token)
    GET  /api/corrections?status=...            all corrections
    GET  /api/actor-codes                       countries, sectors and organisation codes for the form

``source``/``target`` are an actor code ("IRQGOV"; target "-" or null for none) or {"country": "IRQ",
"sectors": ["GOV"]}; codes are checked against the ontology and the actor files (422 with the reason).
"""
from __future__ import annotations

import json
from typing import Any, Callable, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool

FIELDS = ("source", "target", "cameo", "not_event", "note", "by")
MAX_BODY = 16_384


def _actor_value(v: Any, name: str) -> Any:
    """An actor given as a code string, null, or {"country", "sectors"} -> a code string (or None)."""
    from eventwire.corrections.codes import CodeError, build_actor
    if isinstance(v, dict):
        unknown = set(v) - {"country", "sectors"}
        sectors = v.get("sectors") or []
        if unknown or not isinstance(v.get("country", ""), (str, type(None))) or not isinstance(sectors, list) \
                or not all(isinstance(s, str) for s in sectors):
            raise HTTPException(422, f"bad {name}: an actor code string, or {{\"country\": \"IRQ\", \"sectors\": [\"GOV\"]}}")
        try:
            return build_actor(v.get("country"), sectors)
        except CodeError as exc:
            raise HTTPException(422, str(exc).replace("bad actor", f"bad {name}", 1)) from None
    if v is not None and not isinstance(v, str):
        raise HTTPException(422, f"bad {name}: an actor code string")
    return v


def validate_body(payload: Any) -> dict:
    if not isinstance(payload, dict):
        raise HTTPException(422, "the body must be a JSON object {source?, target?, cameo?, not_event?, note?, by?}")
    unknown = sorted(set(payload) - set(FIELDS))
    if unknown:
        raise HTTPException(422, f"unknown field(s) {unknown}; allowed {list(FIELDS)}")
    out = {"source": _actor_value(payload.get("source"), "source")}
    if "target" in payload:
        t = _actor_value(payload["target"], "target")
        out["target"] = "-" if t is None else t
    for k in ("cameo", "note", "by"):
        v = payload.get(k)
        if v is not None and not isinstance(v, str):
            raise HTTPException(422, f"bad {k}: a string")
        if isinstance(v, str) and len(v) > 2000:
            raise HTTPException(422, f"{k} is too long (2000 characters at most)")
        out[k] = v
    ne = payload.get("not_event", False)
    if not isinstance(ne, bool):
        raise HTTPException(422, "bad not_event: true or false")
    out["not_event"] = ne
    return out


def _mention_summary(con, mention_id: str) -> Optional[dict]:
    from eventwire.server.app import _rows, summarise
    rows = _rows(con, "SELECT m.*, em.event_id FROM mentions m LEFT JOIN event_mentions em "
                      "ON em.mention_id = m.mention_id AND em.doc_id = m.doc_id WHERE m.mention_id = ?", [mention_id])
    return summarise(rows[0], "mention") if rows else None


async def _json_body(request: Request) -> Any:
    from eventwire.server.app import _read_limited
    body = await _read_limited(request, MAX_BODY)
    if not body.strip():
        return {}
    try:
        return json.loads(body, parse_constant=lambda _c: None)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, f"body is not JSON: {exc}") from exc
    except RecursionError as exc:
        raise HTTPException(400, "body is nested too deeply") from exc


def add_routes(app: FastAPI, db, require_token: Callable) -> None:
    """Add the corrections endpoints (before GET /api/events/{id}, whose path would take them)."""
    from eventwire.store.corrections import CorrectionError, add_correction, list_corrections, undo_correction

    @app.post("/api/events/{mention_id:path}/corrections", tags=["corrections"], status_code=201,
              dependencies=[Depends(require_token)],
              summary="correct a mention: {source?, target?, cameo?, not_event?, note?, by?} (bearer token)")
    async def post_correction(mention_id: str, request: Request):
        fields = validate_body(await _json_body(request))

        def work():
            with db.writer() as store:
                try:
                    c = add_correction(store, mention_id, source=fields["source"], target=fields.get("target"),
                                       cameo=fields["cameo"], not_event=fields["not_event"], note=fields["note"],
                                       by=fields["by"] or "api")
                except CorrectionError as exc:
                    raise HTTPException(404 if str(exc).startswith("no mention") else 422, str(exc)) from None
                return {"correction": c, "mention": _mention_summary(store.con, c["mention_id"])}
        return await run_in_threadpool(work)

    @app.get("/api/events/{mention_id:path}/corrections", tags=["corrections"],
             summary="the corrections of one mention, oldest first")
    def mention_corrections(mention_id: str):
        with db.reader() as con:
            if not con.execute("SELECT 1 FROM mentions WHERE mention_id = ?", [mention_id]).fetchone():
                raise HTTPException(404, f"no mention {mention_id!r}")
            return {"mention_id": mention_id, "items": list_corrections(con, mention_id=mention_id)}

    @app.post("/api/corrections/{correction_id}/undo", tags=["corrections"], dependencies=[Depends(require_token)],
              summary="undo a correction (bearer token)")
    async def undo(correction_id: int, request: Request):
        payload = await _json_body(request)
        by = payload.get("by") if isinstance(payload, dict) else None
        if by is not None and not isinstance(by, str):
            raise HTTPException(422, "bad by: a string")

        def work():
            with db.writer() as store:
                try:
                    c = undo_correction(store, correction_id, by=by or "api")
                except CorrectionError as exc:
                    raise HTTPException(404 if str(exc).startswith("no correction") else 409, str(exc)) from None
                return {"correction": c, "mention": _mention_summary(store.con, c["mention_id"])}
        return await run_in_threadpool(work)

    @app.get("/api/corrections", tags=["corrections"], summary="all corrections, oldest first")
    def corrections(status: Optional[str] = Query(None, pattern="^(applied|unmatched|undone)$")):
        with db.reader() as con:
            return {"items": list_corrections(con, status=status)}

    @app.get("/api/actor-codes", tags=["corrections"],
             summary="countries, sectors and organisation codes that actor codes are built from")
    def actor_codes():
        from eventwire.corrections.codes import _user_actor_files, vocabulary
        v = vocabulary(_user_actor_files())
        return {"countries": [{"code": k, "name": n} for k, n in sorted(v["countries"].items())],
                "sectors": [{"code": k, "example": n} for k, n in sorted(v["sectors"].items())],
                "organisations": [{"code": k, "name": n} for k, n in sorted(v["orgs"].items())]}
