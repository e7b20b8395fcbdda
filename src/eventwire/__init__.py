"""eventwire: political event data from news, coded in CAMEO and PLOVER with evidence."""
from __future__ import annotations

__version__ = "0.1.0"

from eventwire.model import Actor, Count, Document, Event, Place, Result  # noqa: E402,F401


def code_text(text: str, date: str | None = None, **meta):
    """Code one text; returns a Result whose .events are typed Event objects."""
    from eventwire.ingest import documents_from_records
    from eventwire.pipeline import code_batch
    record = {"text": text, "date": date, **meta}
    doc = next(iter(documents_from_records([record])))
    return code_batch([doc])[0]


def events(db: str = "eventwire.duckdb", **filters):
    """Stored events as a pandas DataFrame (see eventwire.store). A filter value that cannot select anything
    raises eventwire.filters.FilterError (a ValueError) saying which and why."""
    from eventwire.filters import check_filters
    from eventwire.store import events_frame
    return events_frame(db, **check_filters(filters))
