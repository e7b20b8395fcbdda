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
import hmac
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

import duckdb

from eventwire.store import StoreError

# the stages, in their own modules; their names stay importable from here
from eventwire.server.database import Busy, Database  # noqa: F401
from eventwire.server.query import (_GROUP_COLS, _ORDER_NAMES, _QUAD_COUNTS, Level, _inner,  # noqa: F401
                                    _is_code, _list_param, _order, _quads, event_filters)
from eventwire.server.reads import QUADS, _INTERVALS  # noqa: F401
from eventwire.server.reads import add_meta_routes as add_meta_read_routes
from eventwire.server.reads import add_routes as add_read_routes
from eventwire.server.responses import (_MENTION_DETAIL_SQL, SafeJSONResponse, _actor, _document,  # noqa: F401
                                        _finite, _id_str, _round, _rows, _span, cameo_name, context_for,
                                        mention_detail, mention_spans, summarise)
from eventwire.server.writes import _DOC_FIELDS, _read_limited, validate_articles  # noqa: F401
from eventwire.server.writes import add_routes as add_write_routes

log = logging.getLogger("eventwire.server")

STATIC_DIR = Path(__file__).resolve().with_name("static")
TOKEN_ENV = "EVENTWIRE_API_TOKEN"


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
    doc_timeout: Optional[float] = None  # seconds of coding per posted document (default $EVENTWIRE_DOC_TIMEOUT, 120)

    def resolved_token(self) -> Optional[str]:
        tok = self.api_token if self.api_token is not None else os.environ.get(TOKEN_ENV)
        tok = (tok or "").strip()
        return tok or None


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

    # -- reading (server/reads.py) ----------------------------------------------------------
    add_meta_read_routes(app, db, token)

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

    add_read_routes(app, db, cfg)
    from eventwire.server.downloads import add_routes as add_download_routes
    add_download_routes(app, db)
    from eventwire.server.incidents import add_routes as add_incident_routes
    add_incident_routes(app, db)

    # -- writing (server/writes.py) ---------------------------------------------------------
    add_write_routes(app, db, cfg, require_token, coding_lock)
    return app
