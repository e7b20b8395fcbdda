"""The write route (stage: ingest): POST /api/documents validates the posted articles, codes them
(outside any database lock) and stores them; also the pipeline warm-up, the bounded body reader
the corrections routes share, and the ArticleIn schema in the OpenAPI document.
"""
from __future__ import annotations

import json
import logging
import threading
from datetime import date
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from eventwire.server.database import Busy

log = logging.getLogger("eventwire.server")

_DOC_FIELDS = ("id", "text", "date", "title", "url", "source")


def add_routes(app: FastAPI, db, cfg, require_token, coding_lock: threading.Lock) -> None:
    """POST /api/documents (bearer token), ``app.state.warm_up``, and the ArticleIn schema."""
    @app.post("/api/documents", tags=["documents"], dependencies=[Depends(require_token)],
              summary="code and store articles: {id?, text, date?, title?, url?, source?} or a list of them",
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                  "oneOf": [{"$ref": "#/components/schemas/ArticleIn"},
                            {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}}]}}}}})
    async def post_documents(request: Request):
        body = await _read_limited(request, cfg.max_body_bytes)
        try:
            payload = json.loads(body, parse_constant=lambda _c: None)     # NaN, Infinity -> null
        except (ValueError, UnicodeDecodeError) as exc:
            raise HTTPException(400, f"body is not JSON: {exc}") from exc
        except RecursionError as exc:
            raise HTTPException(400, "body is nested too deeply") from exc
        records = validate_articles(payload, cfg.max_documents)
        return await run_in_threadpool(_code_and_store, records)

    def warm_up() -> None:
        """Load the coding pipeline now (spaCy, lexicon, actors, gazetteer) so the first POST is quick."""
        if cfg.coder is not None:
            return
        with coding_lock:
            from eventwire.pipeline import default_pipeline
            default_pipeline()

    app.state.warm_up = warm_up

    def _code_and_store(records: list[dict]) -> dict:
        from eventwire.ingest import documents_from_records
        coder = cfg.coder
        if coder is None:              # past its time limit a document is failed with reason "timeout"
            from functools import partial

            from eventwire.pipeline import code_batch
            coder = partial(code_batch, doc_timeout=cfg.doc_timeout)
        if not coding_lock.acquire(timeout=max(cfg.wait_seconds, 60.0)):
            raise Busy("another batch is being coded; try again shortly")
        try:
            docs = list(documents_from_records(records))
            results = list(coder(docs))
        finally:
            coding_lock.release()
        with db.writer() as store:
            store.write_batch(results)
            store.aggregate()
            ids = [str(r.document.id) for r in results]
            marks = ",".join("?" * len(ids))
            links = store.con.execute(
                f"SELECT mention_id, event_id FROM event_mentions WHERE doc_id IN ({marks})", ids).fetchall()
        event_of = {m: str(e) for m, e in links}
        out = []
        for r in results:
            rec = r.to_dict()
            for i, ev in enumerate(rec["events"]):
                mid = f"{r.document.id}:{i}"
                ev["mention_id"], ev["event_id"] = mid, event_of.get(mid)
            rec["n_events"] = len(rec["events"])
            out.append(rec)
        log.info("POST /api/documents: stored %d document(s), %d event(s)", len(out),
                 sum(d["n_events"] for d in out))
        return {"stored": len(out), "documents": out}

    # schema of one article in the OpenAPI document
    app.openapi_schema = None
    _orig_openapi = app.openapi

    def openapi():
        if app.openapi_schema is None:
            schema = _orig_openapi()
            schema.setdefault("components", {}).setdefault("schemas", {})["ArticleIn"] = {
                "type": "object", "required": ["text"],
                "properties": {"id": {"type": "string"}, "text": {"type": "string"},
                               "date": {"type": "string", "format": "date"}, "title": {"type": "string"},
                               "url": {"type": "string"}, "source": {"type": "string"}}}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


async def _read_limited(request: Request, max_bytes: int) -> bytes:
    length = request.headers.get("content-length")
    if length is not None:
        try:
            if int(length) > max_bytes:
                raise HTTPException(413, f"body too large (limit {max_bytes} bytes)")
        except ValueError as exc:
            raise HTTPException(400, "bad Content-Length") from exc
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise HTTPException(413, f"body too large (limit {max_bytes} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def validate_articles(payload: Any, max_documents: int) -> list[dict]:
    """The posted article(s) as a list of records, or HTTPException(422) saying what is wrong."""
    items = payload if isinstance(payload, list) else [payload]
    if not items:
        raise HTTPException(422, "no articles")
    if len(items) > max_documents:
        raise HTTPException(413, f"too many articles: {len(items)} (limit {max_documents} per request)")
    problems, records = [], []
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(f"[{n}]: not an object")
            continue
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"[{n}]: 'text' must be a non-empty string")
        for key in ("id", "date", "title", "url", "source"):
            v = item.get(key)
            if v is not None and not isinstance(v, str) and not (key == "id" and isinstance(v, int)
                                                                  and not isinstance(v, bool)):
                problems.append(f"[{n}]: {key!r} must be a string")
        if isinstance(item.get("date"), str) and item["date"]:
            try:
                date.fromisoformat(item["date"][:10])
            except ValueError:
                problems.append(f"[{n}]: 'date' must be YYYY-MM-DD")
        unknown = sorted(set(item) - set(_DOC_FIELDS))
        if unknown:
            problems.append(f"[{n}]: unknown field(s) {unknown}; allowed {list(_DOC_FIELDS)}")
        records.append({k: item[k] for k in _DOC_FIELDS if item.get(k) is not None})
    if problems:
        raise HTTPException(422, "bad article(s): " + "; ".join(problems[:20]))
    return records
