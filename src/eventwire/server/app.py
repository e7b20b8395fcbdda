"""The eventwire web app (FastAPI): read API over the DuckDB store, POST /api/documents to code
and store new articles (bearer token), and the offline dashboard served from ``static/``.

    create_app(ServerConfig(db="events.duckdb")) -> FastAPI

Database access (see docs/SERVER.md): DuckDB lets one process open a file read-write, or many
processes open it read-only, never both; inside one process all connections share one mode.
A read-only server (no token) opens a short read-only connection per request, so another
process (``eventwire code --db``) can take the file between requests.  A writable server holds
the file read-write and answers reads from cursors of that connection: DuckDB's snapshots let
them run while a POST writes (one writer at a time, behind a lock), so readers never wait.
POSTed articles are coded before any lock is taken.
"""
from __future__ import annotations

import contextlib
import functools
import hmac
import json
import logging
import math
import os
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator, Literal, Optional, Sequence

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

import duckdb

from eventwire.store import Store, StoreError, build_query
from eventwire.store.db import fetch_dicts, jsonable, read_document

log = logging.getLogger("eventwire.server")

STATIC_DIR = Path(__file__).resolve().with_name("static")
TOKEN_ENV = "EVENTWIRE_API_TOKEN"
QUADS = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
_INTERVALS = ("day", "week", "month", "year")
_ORDER_NAMES = ("date", "confidence", "goldstein", "num_articles", "num_sources", "num_mentions", "doc_id",
                "event_id", "mention_id", "quad_class", "cameo")
_DOC_FIELDS = ("id", "text", "date", "title", "url", "source")


@dataclass
class ServerConfig:
    """Settings of one server.  ``api_token=None`` reads ``EVENTWIRE_API_TOKEN`` from the
    environment when the app is created; an empty token means writes are disabled."""
    db: str = "eventwire.duckdb"
    api_token: Optional[str] = None
    max_body_bytes: int = 1_000_000
    max_documents: int = 100
    max_limit: int = 1000               # rows per /api/events page
    max_features: int = 5000            # features per /api/events.geojson
    cors_origins: Sequence[str] = ()    # none: no CORS headers at all (same-origin only)
    wait_seconds: float = 30.0          # how long a request waits for an in-process writer
    lock_timeout: float = 3.0           # how long to retry a file held by another process
    create: bool = True                 # create an empty database when the file is missing
    coder: Optional[Callable] = None    # list[Document] -> list[Result]; default eventwire.pipeline.code_batch

    def resolved_token(self) -> Optional[str]:
        tok = self.api_token if self.api_token is not None else os.environ.get(TOKEN_ENV)
        tok = (tok or "").strip()
        return tok or None


def _finite(value):
    """NaN and infinities (from a document's metadata, an average over nothing) become null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


class SafeJSONResponse(JSONResponse):
    """JSON that is always valid: NaN and infinities are sent as null."""

    def render(self, content) -> bytes:
        try:
            return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
        except ValueError:
            return json.dumps(_finite(content), ensure_ascii=False, allow_nan=False,
                              separators=(",", ":")).encode("utf-8")


class Busy(Exception):
    """The database is held (by this server's writer or by another process)."""


# --------------------------------------------------------------------------- the database

class Database:
    """How the server reaches one DuckDB file.

    * read-only server (no token): every ``reader()`` is a fresh read-only connection, closed when
      the request is answered -- the file is free between requests and reads never change it;
    * writable server (a token, or ``:memory:``): the server opens the file read-write once and
      holds it; every ``reader()`` is a cursor of that connection, so reads run alongside a write
      on DuckDB's snapshots (MVCC: a reader sees the last committed state and never waits), and
      ``writer()`` is one lock that lets a single POST write at a time.
    """

    def __init__(self, path: str, *, writable: bool, wait_seconds: float = 30.0, lock_timeout: float = 3.0,
                 create: bool = True):
        self.path = str(path)
        self.wait_seconds = wait_seconds
        self.lock_timeout = lock_timeout
        memory = self.path == ":memory:"
        self.writable = writable or memory
        self._write_lock = threading.Lock()
        self._cursor_lock = threading.Lock()
        self._store: Optional[Store] = None
        if not memory and not create and not os.path.exists(self.path):
            if self.writable:
                raise StoreError(f"no eventwire database at {self.path}")
            return                                   # each read answers 503 until the file exists
        if self.writable:
            self._store = Store(self.path, lock_timeout=lock_timeout)          # creates it when missing
        elif not os.path.exists(self.path):
            Store(self.path, lock_timeout=lock_timeout).close()                # an empty store with the schema

    @contextlib.contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._store is not None:
            with self._cursor_lock:
                cur = self._store.con.cursor()
            try:
                yield cur
            finally:
                cur.close()
            return
        if not os.path.exists(self.path):
            raise StoreError(f"no eventwire database at {self.path}")
        store = Store(self.path, read_only=True, lock_timeout=self.lock_timeout)
        try:
            yield store.con
        finally:
            store.close()

    @contextlib.contextmanager
    def writer(self) -> Iterator[Store]:
        if self._store is None:
            raise StoreError("this server was started read-only")
        if not self._write_lock.acquire(timeout=self.wait_seconds):
            raise Busy("another write is in progress; try again shortly")
        try:
            yield self._store
        finally:
            self._write_lock.release()

    def close(self) -> None:
        if self._store is not None:
            with self._write_lock:
                self._store.close()
            self._store = None


# --------------------------------------------------------------------------- helpers

_rows = fetch_dicts          # rows as JSON-ready dicts (the store's helper)


def _id_str(v: Any) -> Optional[str]:
    """Event ids are 60-bit integers: JavaScript numbers cannot hold them, so the API sends strings."""
    return None if v is None else str(v)


@functools.lru_cache(maxsize=4096)
def cameo_name(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    try:
        from eventwire.ontology import lookup
        rec = lookup(code)
    except Exception:  # noqa: BLE001 - a name is a nicety
        return None
    return rec.name if rec else None


def _actor(row: dict, prefix: str) -> Optional[dict]:
    code = row.get(f"{prefix}_code")
    text = row.get(f"{prefix}_text")
    if code is None and text is None and row.get(f"{prefix}_name") is None:
        return None
    return {"code": code, "name": row.get(f"{prefix}_name"), "country": row.get(f"{prefix}_country"),
            "sector": row.get(f"{prefix}_sector"), "text": text}


def _round(v: Any, n: int = 3) -> Any:
    return round(v, n) if isinstance(v, float) else v


def summarise(row: dict, level: str) -> dict:
    """One uniform event record for both levels (aggregated event or single mention)."""
    if level == "event":
        place = None
        if row.get("place_name") is not None or row.get("lat") is not None:
            place = {"name": row.get("place_name"), "lat": row.get("lat"), "lon": row.get("lon"),
                     "country": row.get("place_country"), "geonameid": row.get("geonameid"),
                     "feature": row.get("place_feature")}
        out = {"id": _id_str(row.get("event_id")), "level": "event", "event_id": _id_str(row.get("event_id")),
               "mention_id": row.get("mention_id"), "doc_id": row.get("doc_id"), "url": row.get("url"),
               "num_mentions": row.get("num_mentions"), "num_articles": row.get("num_articles"),
               "num_sources": row.get("num_sources"), "num_stories": row.get("num_stories"),
               "first_seen": row.get("first_seen"), "last_seen": row.get("last_seen"), "tone": row.get("tone")}
    else:
        place = None
        if row.get("location_name") is not None or row.get("location_lat") is not None:
            place = {"name": row.get("location_name"), "lat": row.get("location_lat"), "lon": row.get("location_lon"),
                     "country": row.get("location_country"), "geonameid": row.get("location_geonameid"),
                     "feature": row.get("location_feature"), "text": row.get("location_text")}
        out = {"id": row.get("mention_id"), "level": "mention", "event_id": _id_str(row.get("event_id")),
               "mention_id": row.get("mention_id"), "doc_id": row.get("doc_id"), "url": row.get("url"),
               "title": row.get("title"), "outlet": row.get("outlet"), "sentence": row.get("sentence"),
               "pattern": row.get("pattern"), "rule": row.get("rule"), "modality": row.get("modality"),
               "num_mentions": row.get("num_mentions"), "num_articles": row.get("num_articles"),
               "num_sources": row.get("num_sources")}
    cameo = row.get("cameo")
    out.update({
        "date": row.get("date"), "source": _actor(row, "source"), "target": _actor(row, "target"),
        "cameo": cameo, "cameo_name": cameo_name(cameo), "cameo_root": row.get("cameo_root"),
        "plover_type": row.get("plover_type"), "plover_mode": row.get("plover_mode"),
        "quad_class": row.get("quad_class"), "goldstein": _round(row.get("goldstein")),
        "confidence": _round(row.get("confidence")), "place": place, "dead": row.get("dead"),
        "injured": row.get("injured"), "evidence_text": row.get("evidence_text"),
        "sentence_text": row.get("sentence_text"), "corrected": bool(row.get("corrected")),
    })
    if level != "event":
        out["not_event"] = bool(row.get("not_event"))
    return out


def _span(text: Optional[str], start: Any, end: Any, expect: Optional[str]) -> Optional[tuple[int, int]]:
    """(start, end) when they are valid offsets into text (and cover ``expect`` when given)."""
    if text is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    if not 0 <= start < end <= len(text):
        return None
    if expect and text[start:end].strip().lower() != expect.strip().lower():
        return None
    return start, end


def mention_spans(m: dict, text: Optional[str]) -> list[dict]:
    """The highlighted parts of a mention, as document offsets: source, target, trigger, place."""
    out = []
    for role, prefix, label_key in (("source", "source", "source_code"), ("target", "target", "target_code"),
                                    ("trigger", "evidence", "cameo"), ("place", "location", "location_name")):
        sp = _span(text, m.get(f"{prefix}_start"), m.get(f"{prefix}_end"), m.get(f"{prefix}_text"))
        if sp:
            out.append({"role": role, "start": sp[0], "end": sp[1], "text": text[sp[0]:sp[1]],
                        "label": m.get(label_key)})
    return out


def context_for(text: Optional[str], sentence: Optional[tuple[int, int]], spans: list[dict],
                fallback: Optional[str] = None, max_chars: int = 1500) -> dict:
    """The sentence of a mention (widened to take in spans from nearby sentences, up to
    ``max_chars``), with the spans' offsets made relative to it."""
    if text is None:
        return {"text": fallback or "", "start": None, "end": None, "spans": []}
    if sentence and _span(text, sentence[0], sentence[1], None):
        lo, hi = sentence
    elif spans:
        lo = max(0, min(s["start"] for s in spans) - 200)
        hi = min(len(text), max(s["end"] for s in spans) + 200)
    else:
        return {"text": fallback or "", "start": None, "end": None, "spans": []}
    wide_lo = min([lo] + [s["start"] for s in spans])
    wide_hi = max([hi] + [s["end"] for s in spans])
    if wide_hi - wide_lo <= max_chars:
        lo, hi = wide_lo, wide_hi
    keep = [dict(s, start=s["start"] - lo, end=s["end"] - lo) for s in spans if lo <= s["start"] and s["end"] <= hi]
    return {"text": text[lo:hi], "start": lo, "end": hi, "spans": keep}


def _document(con, doc_id: str) -> Optional[dict]:
    """A stored document with its sentences, mentions (and their event ids), places and counts."""
    doc = read_document(con, doc_id, story_limit=100)
    if doc is not None:
        doc.pop("content_hash", None)
    return doc


_MENTION_DETAIL_SQL = """
SELECT m.*, {em_cols}
       d.title, d.url, d.source AS outlet_name, d.outlet, d.date AS doc_date,
       md.text AS doc_text, s.start AS sent_start, s."end" AS sent_end
FROM {from_clause}
JOIN documents md ON md.id = m.doc_id
LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
"""


def mention_detail(m: dict) -> dict:
    text = m.get("doc_text")
    spans = mention_spans(m, text)
    sent = (m.get("sent_start"), m.get("sent_end")) if m.get("sent_start") is not None else None
    ctx = context_for(text, sent, spans, fallback=m.get("sentence_text"))
    return {
        "mention_id": m.get("mention_id"), "doc_id": m.get("doc_id"), "article_id": m.get("article_id") or m.get("doc_id"),
        "inherited": bool(m.get("inherited")), "event_id": _id_str(m.get("event_id")),
        "title": m.get("title"), "url": m.get("url"), "outlet": m.get("outlet_name") or m.get("outlet"),
        "doc_date": m.get("doc_date"), "date": m.get("date"), "sentence": m.get("sentence"),
        "cameo": m.get("cameo"), "cameo_name": cameo_name(m.get("cameo")), "plover_type": m.get("plover_type"),
        "plover_mode": m.get("plover_mode"), "goldstein": m.get("goldstein"), "quad_class": m.get("quad_class"),
        "confidence": _round(m.get("confidence")), "modality": m.get("modality"), "pattern": m.get("pattern"),
        "rule": m.get("rule"), "source": _actor(m, "source"), "target": _actor(m, "target"),
        "place": m.get("location_name"), "evidence_text": m.get("evidence_text"),
        "dead": m.get("dead"), "injured": m.get("injured"), "context": ctx,
        "corrected": bool(m.get("corrected")), "not_event": bool(m.get("not_event")),
    }


# --------------------------------------------------------------------------- filters

def _list_param(value: Optional[str], name: str, check: Callable[[str], bool], hint: str) -> Optional[str]:
    if value is None or not value.strip():
        return None
    items = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in items if not check(v)]
    if bad:
        raise HTTPException(400, f"bad {name} {bad[0]!r}: {hint}")
    return ",".join(items)


def _is_code(v: str) -> bool:
    return v.isascii() and v.replace("_", "").isalnum() and len(v) <= 40


def event_filters(
    start: Optional[date] = Query(None, description="first day, YYYY-MM-DD"),
    end: Optional[date] = Query(None, description="last day, YYYY-MM-DD"),
    actor: Optional[str] = Query(None, max_length=200, description="actor code prefix, source or target (IRN, IRNGOV); comma list"),
    source_actor: Optional[str] = Query(None, max_length=200, description="source actor code prefix"),
    target_actor: Optional[str] = Query(None, max_length=200, description="target actor code prefix"),
    country: Optional[str] = Query(None, max_length=200, description="ISO3 of source, target or place; comma list"),
    sector: Optional[str] = Query(None, max_length=200, description="sector code (GOV, MIL, REB ...)"),
    cameo: Optional[str] = Query(None, max_length=200, description="CAMEO code or root prefix (19, 051); comma list"),
    plover: Optional[str] = Query(None, max_length=200, description="PLOVER type (ASSAULT, CONSULT ...)"),
    quad: Optional[str] = Query(None, max_length=20, description="quad class 1-4; comma list"),
    place: Optional[str] = Query(None, max_length=200, description="place name (substring) or geonameid"),
    bbox: Optional[str] = Query(None, max_length=200, description="min_lon,min_lat,max_lon,max_lat"),
    text: Optional[str] = Query(None, max_length=200, description="text in the evidence or sentence"),
    outlet: Optional[str] = Query(None, max_length=200, description="outlet / source name or URL host"),
    modality: Optional[str] = Query(None, max_length=100, description="asserted, intent, negated, reported ..."),
    min_confidence: Optional[float] = Query(None, ge=0, le=1),
    doc_id: Optional[str] = Query(None, max_length=500, description="document id"),
    corrected: Optional[bool] = Query(None, description="true: only what an analyst corrected; false: the rest"),
) -> dict:
    f: dict[str, Any] = {}
    if start:
        f["start"] = start.isoformat()
    if end:
        f["end"] = end.isoformat()
    for key, value in (("actor", actor), ("source_actor", source_actor), ("target_actor", target_actor),
                       ("country", country), ("sector", sector), ("plover", plover)):
        v = _list_param(value, key, _is_code, "letters and digits only")
        if v:
            f[key] = v
    v = _list_param(cameo, "cameo", lambda x: x.isdigit() and 1 <= len(x) <= 4, "1-4 digits")
    if v:
        f["cameo"] = v
    v = _list_param(quad, "quad", lambda x: x in ("1", "2", "3", "4"), "1, 2, 3 or 4")
    if v:
        f["quad"] = v
    if bbox:
        try:
            vals = [float(x) for x in bbox.split(",")]
        except ValueError:
            vals = []
        if len(vals) != 4 or not all(math.isfinite(x) for x in vals) or vals[0] > vals[2] or vals[1] > vals[3]:
            raise HTTPException(400, "bbox needs four numbers min_lon,min_lat,max_lon,max_lat (min <= max)")
        f["bbox"] = ",".join(repr(x) for x in vals)
    for key, value in (("place", place), ("text", text), ("outlet", outlet), ("modality", modality), ("doc_id", doc_id)):
        if value is not None and value.strip():
            f[key] = value.strip()
    if min_confidence is not None:
        f["min_confidence"] = min_confidence
    if corrected is not None:
        f["corrected"] = corrected
    from eventwire.filters import FilterError, check_filters
    try:
        return check_filters(f)           # the one check the CLI and the Python API use too
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from exc


Level = Literal["event", "mention"]


def _order(order: Optional[str]) -> Optional[str]:
    if not order:
        return None
    for item in order.split(","):
        name = item.strip().lstrip("+-")
        if name not in _ORDER_NAMES:
            raise HTTPException(400, f"cannot sort by {name!r}; one of {', '.join(_ORDER_NAMES)}")
    return order


def _inner(level: str, filters: dict) -> tuple[str, list]:
    try:
        count = bool(filters.pop("count", False))
        return build_query(level, count=count, **filters)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc


_GROUP_COLS = {
    "event": {"mentions": "coalesce(q.num_mentions, 1)", "gid": "q.geonameid", "name": "q.place_name", "lat": "q.lat",
              "lon": "q.lon", "country": "q.place_country", "feature": "q.place_feature"},
    "mention": {"mentions": "1", "gid": "q.location_geonameid", "name": "q.location_name", "lat": "q.location_lat",
                "lon": "q.location_lon", "country": "q.location_country", "feature": "q.location_feature"},
}
_QUAD_COUNTS = ", ".join(f"count(*) FILTER (WHERE q.quad_class = {i}) AS q{i}" for i in (1, 2, 3, 4))


def _quads(row: dict) -> dict:
    return {str(i): row.pop(f"q{i}", 0) or 0 for i in (1, 2, 3, 4)}


# --------------------------------------------------------------------------- the app

def create_app(config: Optional[ServerConfig] = None) -> FastAPI:
    cfg = config or ServerConfig()
    token = cfg.resolved_token()
    db = Database(cfg.db, writable=token is not None, wait_seconds=cfg.wait_seconds, lock_timeout=cfg.lock_timeout,
                  create=cfg.create)
    coding_lock = threading.Lock()

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        yield
        db.close()                                  # checkpoint and give the file back

    from fastapi_offline import FastAPIOffline    # /docs and /redoc with their assets from the package (no CDN)
    app = FastAPIOffline(
        lifespan=lifespan,
        default_response_class=SafeJSONResponse,
        title="eventwire",
        description="Political event data coded from news (CAMEO / PLOVER) with evidence. "
                    "Reads are open; POST /api/documents and corrections need a bearer token (EVENTWIRE_API_TOKEN).",
        version="0.1.0",
    )
    app.state.config = cfg
    app.state.db = db
    app.state.writes_enabled = token is not None

    app.add_middleware(GZipMiddleware, minimum_size=2000)
    if cfg.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware
        app.add_middleware(CORSMiddleware, allow_origins=list(cfg.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"], allow_credentials=False)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        try:
            response = await call_next(request)
        except RecursionError:
            response = SafeJSONResponse({"detail": "request too deeply nested"}, status_code=400)
        except Exception:                           # noqa: BLE001 - one JSON error, with the headers below
            log.exception("error serving %s", request.url.path)
            response = SafeJSONResponse({"detail": "internal error"}, status_code=500)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        path = request.url.path
        if path.startswith(("/docs", "/redoc", "/static-offline-docs")):
            # the API docs pages load their assets from this server too; Swagger UI starts from an inline script
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
                "base-uri 'none'; frame-ancestors 'none'")
        else:
            # the dashboard loads nothing from elsewhere
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'")
            response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.exception_handler(StoreError)
    @app.exception_handler(duckdb.Error)
    async def store_error(request: Request, exc: Exception):
        # the details (file path, process id of a lock holder) are for the log, not for callers
        log.warning("database unavailable: %s", exc)
        msg = str(exc)
        detail = ("no eventwire database yet (the server's log says where it looked)" if "no eventwire database" in msg
                  else "the database is held by another process; try again shortly" if "held by" in msg
                  else "database unavailable; try again shortly")
        return SafeJSONResponse({"detail": detail}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(Busy)
    async def busy_error(request: Request, exc: Busy):
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "2"})

    # -- pages ---------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    # -- reading -------------------------------------------------------------------------
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

    # -- writing needs the bearer token ------------------------------------------------------
    bearer = HTTPBearer(auto_error=False, description="the server's EVENTWIRE_API_TOKEN")

    def require_token(creds: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> None:
        if token is None:
            raise HTTPException(403, "writes are disabled: the server has no API token (set EVENTWIRE_API_TOKEN)")
        given = creds.credentials if creds is not None and creds.scheme.lower() == "bearer" else None
        if not given or not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    # analysts' corrections (server/corrections.py): before GET /api/events/{id}, whose path would take them
    from eventwire.server.corrections import add_routes as add_correction_routes
    add_correction_routes(app, db, require_token)

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
        for r in rows:
            r["period"] = str(r["period"])[:10]
        return {"interval": interval, "level": level, "series": rows}

    @app.get("/api/dyads", tags=["aggregates"], summary="top source-target actor pairs")
    def dyads(filters: dict = Depends(event_filters), level: Level = "event",
              limit: int = Query(25, ge=1, le=500)):
        inner, params = _inner(level, filters)
        g = _GROUP_COLS[level]
        with db.reader() as con:
            rows = _rows(con, f"""
                SELECT q.source_code AS source, q.target_code AS target, count(*) AS count,
                       sum({g['mentions']}) AS mentions, round(avg(q.goldstein), 3) AS goldstein,
                       mode(q.source_name) AS source_name, mode(q.target_name) AS target_name, {_QUAD_COUNTS}
                FROM ({inner}) q WHERE q.source_code IS NOT NULL AND q.target_code IS NOT NULL
                GROUP BY 1, 2 ORDER BY count DESC, mentions DESC, 1, 2 LIMIT ?""", params + [limit])
        for r in rows:
            r["quad"] = _quads(r)
        return {"level": level, "items": rows}

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

    # -- writing -------------------------------------------------------------------------
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
        if coder is None:
            from eventwire.pipeline import code_batch as coder
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
    return app


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
