"""The eventwire web server: a read API over the DuckDB store, an authenticated write endpoint,
and the offline dashboard in ``static/``.  See docs/SERVER.md.

    from eventwire.server import create_app, ServerConfig
    app = create_app(ServerConfig(db="events.duckdb"))

FastAPI is imported on first use, so that other commands do not pay for it.
"""

__all__ = ["ServerConfig", "create_app"]


def __getattr__(name):
    if name in __all__:
        from eventwire.server import app
        return getattr(app, name)
    raise AttributeError(name)
