"""The eventwire web server: a read API over the DuckDB store, an authenticated write endpoint,
and the offline dashboard in ``static/``.  See docs/SERVER.md.

    from eventwire.server import create_app, ServerConfig
    app = create_app(ServerConfig(db="events.duckdb"))
"""
from eventwire.server.app import ServerConfig, create_app  # noqa: F401

__all__ = ["ServerConfig", "create_app"]
