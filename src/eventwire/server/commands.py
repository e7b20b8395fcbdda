"""`eventwire serve`: the read API, the authenticated write endpoint and the dashboard (docs/SERVER.md)."""
from __future__ import annotations

import ipaddress
import logging
import os
import sys

from eventwire.commands import _seconds


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the REST API and the dashboard (http://127.0.0.1:8000/)")
    p.add_argument("--db", default=None, help="DuckDB file to serve (default: eventwire.duckdb, or 'db' in eventwire.toml)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--token-file", metavar="FILE",
                   help="file holding the API token for POST /api/documents (else EVENTWIRE_API_TOKEN; "
                        "with neither, writes are disabled)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow this origin cross-site (repeatable; default: none)")
    p.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES", help="largest POST body (default 1 MB)")
    p.add_argument("--max-docs", type=int, default=100, help="most articles per POST (default 100)")
    p.add_argument("--doc-timeout", type=_seconds, default=None, metavar="SECONDS",
                   help="a posted document whose coding takes longer is failed with reason 'timeout' and the others "
                        "are coded (default 120, or $EVENTWIRE_DOC_TIMEOUT)")
    p.add_argument("--no-create", action="store_true", help="do not create an empty database when --db is missing")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=cmd_serve)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_serve(args) -> int:
    import uvicorn

    from eventwire.server.app import TOKEN_ENV, ServerConfig, create_app
    from eventwire.store import StoreError

    logging.basicConfig(level=getattr(logging, args.log_level.upper(), logging.INFO),
                        format="%(levelname)s %(name)s: %(message)s")
    from eventwire import config
    cfg_file = config.load()
    if args.db is None:
        args.db = cfg_file.get("db") or "eventwire.duckdb"
    token = (cfg_file.get("server") or {}).get("api_token") or None
    if args.token_file:
        try:
            with open(args.token_file, encoding="utf-8") as f:
                token = f.read().strip()
        except OSError as exc:
            print(f"eventwire serve: cannot read token file: {exc}", file=sys.stderr)
            return 2
        if not token:
            print(f"eventwire serve: token file {args.token_file} is empty", file=sys.stderr)
            return 2
    if args.no_create and args.db != ":memory:" and not os.path.exists(args.db):
        print(f"eventwire serve: no database at {args.db}", file=sys.stderr)
        return 2
    cfg = ServerConfig(db=args.db, api_token=token, max_body_bytes=args.max_body, max_documents=args.max_docs,
                       cors_origins=tuple(args.cors_origin), create=not args.no_create,
                       doc_timeout=args.doc_timeout)
    try:
        app = create_app(cfg)
    except StoreError as exc:
        print(f"eventwire serve: {exc}", file=sys.stderr)
        return 2
    if app.state.writes_enabled:              # load the coder in the background: the first POST is quick
        import threading

        def _warm():
            try:
                app.state.warm_up()
            except Exception as exc:  # noqa: BLE001 - a POST will report the problem
                logging.getLogger("eventwire.server").warning("could not preload the coding pipeline: %s", exc)

        threading.Thread(target=_warm, name="eventwire-warm-up", daemon=True).start()
    writes = "enabled (bearer token)" if app.state.writes_enabled else f"disabled (no {TOKEN_ENV})"
    print(f"eventwire: serving {args.db} on http://{args.host}:{args.port}/  (API docs /docs; writes {writes})",
          file=sys.stderr)
    if not _is_loopback(args.host):
        print("eventwire: listening beyond this machine; put it behind TLS if a token is set", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, workers=1)
    return 0
