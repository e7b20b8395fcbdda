"""Event queries of the store: the filters of ``query_events`` / ``events_frame`` / exports / the API turned
into SQL with bound parameters (``build_query``).  Part of the DuckDB store (``db.py``)."""
from __future__ import annotations

from typing import Any, Optional

from eventwire.store.rows import _to_date

# --------------------------------------------------------------------------- filters

_ORDERS = {"date", "confidence", "goldstein", "num_articles", "num_sources", "num_mentions", "doc_id", "event_id",
           "mention_id", "quad_class", "cameo"}


def _parse_bbox(bbox: Any) -> Optional[tuple[float, float, float, float]]:
    if bbox is None or bbox == "":
        return None
    if isinstance(bbox, str):
        bbox = [x for x in bbox.replace(";", ",").split(",") if x.strip()]
    vals = [float(x) for x in bbox]
    if len(vals) != 4:
        raise ValueError("bbox needs four numbers: min_lon,min_lat,max_lon,max_lat")
    return vals[0], vals[1], vals[2], vals[3]


def _many(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [v for v in value if v is not None and v != ""]
    return [value]


def _like(value) -> str:
    """A user's text for ILIKE ... ESCAPE '\\': its own %, _ and \\ match themselves."""
    return str(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _Where:
    def __init__(self):
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def any_of(self, template: str, values: list, per_value: int = 1, transform: Optional[tuple] = None) -> None:
        """`template` once per value, joined by OR; `transform` (one function or None per placeholder) prepares
        the value for each of the template's placeholders."""
        if not values:
            return
        sqls = []
        for v in values:
            sqls.append(template)
            if transform:
                self.params.extend(f(v) if f else v for f in transform)
            else:
                self.params.extend([v] * per_value)
        self.parts.append("(" + " OR ".join(sqls) + ")")



    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


FILTERS = ("start", "end", "actor", "actor_name", "source_actor", "target_actor", "country", "sector", "cameo",
           "plover", "quad", "place", "bbox", "text", "outlet", "source", "doc_id", "story_id", "modality", "min_confidence",
           "event_id", "corrected", "limit", "offset", "order", "level")


def _build_filters(w: _Where, f: dict, c: dict[str, str], doc_scope: Optional[str]) -> None:
    """Add filter clauses.  ``c`` maps logical names to SQL columns of the row being filtered;
    ``doc_scope`` wraps clauses on mention/document columns for the event level (EXISTS)."""
    if f.get("start"):
        w.add(f"{c['date']} >= ?", _to_date(f["start"]))
    if f.get("end"):
        w.add(f"{c['date']} <= ?", _to_date(f["end"]))
    for key, cols in (("actor", (c["source_code"], c["target_code"])), ("source_actor", (c["source_code"],)),
                      ("target_actor", (c["target_code"],))):
        vals = [str(v).upper() for v in _many(f.get(key))]
        if vals:
            tmpl = "(" + " OR ".join(f"starts_with({col}, ?)" for col in cols) + ")"
            w.any_of(tmpl, vals, per_value=len(cols))
    if f.get("actor_name") not in (None, ""):
        # a name (or the words in the text) of the source or the target: "Merkel", "opposition"
        cols = (c["source_name"], c["target_name"], c["source_text"], c["target_text"])
        w.add("(" + " OR ".join(f"{col} ILIKE '%' || ? || '%' ESCAPE '\\'" for col in cols) + ")",
              *[_like(str(f["actor_name"]).strip())] * len(cols))
    vals = [str(v).upper() for v in _many(f.get("country"))]
    if vals:
        cols = (c["source_country"], c["target_country"], c["place_country"])
        w.any_of("(" + " OR ".join(f"{col} = ?" for col in cols) + ")", vals, per_value=len(cols))
    vals = [str(v).upper() for v in _many(f.get("sector"))]
    if vals:
        w.any_of(f"({c['source_sector']} = ? OR {c['target_sector']} = ? OR "
                 f"list_contains(regexp_extract_all(coalesce({c['source_code']}, '') || '|' || "
                 f"coalesce({c['target_code']}, ''), '[A-Z]{{3}}'), ?))", vals, per_value=3)
    vals = [str(v) for v in _many(f.get("cameo"))]
    if vals:
        w.any_of(f"starts_with({c['cameo']}, ?)", vals)
    vals = [str(v).upper() for v in _many(f.get("plover"))]
    if vals:
        w.any_of(f"upper({c['plover_type']}) = ?", vals)
    vals = [int(v) for v in _many(f.get("quad"))]
    if vals:
        w.add(f"{c['quad_class']} IN ({','.join('?' * len(vals))})", *vals)
    vals = [str(v) for v in _many(f.get("place"))]
    if vals:
        w.any_of(f"({c['geonameid']} = ? OR {c['place_name']} ILIKE '%' || ? || '%' ESCAPE '\\')",
                 vals, transform=(None, _like))
    bbox = _parse_bbox(f.get("bbox"))
    if bbox:
        w.add(f"{c['lon']} BETWEEN ? AND ? AND {c['lat']} BETWEEN ? AND ?", bbox[0], bbox[2], bbox[1], bbox[3])
    if f.get("min_confidence") is not None:
        w.add(f"{c['confidence']} >= ?", float(f["min_confidence"]))
    if f.get("corrected") not in (None, ""):
        w.add(f"coalesce({c['corrected']}, false) = ?", str(f["corrected"]).lower() in ("1", "true", "yes"))
    vals = [int(v) for v in _many(f.get("event_id"))]
    if vals:
        w.add(f"{c['event_id']} IN ({','.join('?' * len(vals))})", *vals)
    # clauses on the mention / document of the row
    inner = _Where()
    if f.get("text"):
        inner.add("(m.evidence_text ILIKE '%' || ? || '%' ESCAPE '\\' OR m.sentence_text ILIKE '%' || ? || '%' ESCAPE '\\')",
                  _like(f["text"]), _like(f["text"]))
    outlets = [str(v) for v in _many(f.get("outlet"))] + [str(v) for v in _many(f.get("source"))]
    if outlets:
        inner.any_of("(d.outlet = lower(?) OR lower(d.source) = lower(?) OR d.url ILIKE '%' || ? || '%' ESCAPE '\\')",
                     outlets, per_value=3, transform=(None, None, _like))
    vals = [str(v) for v in _many(f.get("doc_id"))]
    if vals:
        inner.add(f"d.id IN ({','.join('?' * len(vals))})", *vals)
    vals = [str(v) for v in _many(f.get("story_id"))]
    if vals:
        inner.add(f"d.story_id IN ({','.join('?' * len(vals))})", *vals)
    vals = [str(v) for v in _many(f.get("modality"))]
    if vals:
        inner.add(f"m.modality IN ({','.join('?' * len(vals))})", *vals)
    if inner.parts:
        clause = " AND ".join(inner.parts)
        if doc_scope:
            w.add(doc_scope.format(clause=clause), *inner.params)
        else:
            w.add(clause, *inner.params)


# filter/order column -> SQL, for mentions (m, em) and aggregated events (e); same names where the tables agree
_SHARED_COLS = ("date", "source_code", "target_code", "source_country", "target_country", "source_sector",
                "target_sector", "cameo", "plover_type", "quad_class", "confidence", "source_name", "target_name",
                "source_text", "target_text")
_MENTION_COLS = {**{c: f"m.{c}" for c in _SHARED_COLS},
                 "place_country": "m.location_country", "geonameid": "m.location_geonameid",
                 "place_name": "m.location_name", "lat": "m.location_lat", "lon": "m.location_lon",
                 "event_id": "em.event_id", "corrected": "m.corrected"}
_EVENT_COLS = {**{c: f"e.{c}" for c in _SHARED_COLS},
               **{c: f"e.{c}" for c in ("place_country", "geonameid", "place_name", "lat", "lon", "event_id",
                                        "corrected")}}
_EVENT_SCOPE = ("EXISTS (SELECT 1 FROM event_mentions em2 JOIN mentions m ON m.mention_id = em2.mention_id "
                "JOIN documents d ON d.id = em2.doc_id WHERE em2.event_id = e.event_id AND {clause})")


def _order_sql(order: Optional[str], level: str, alias: str) -> str:
    default = f"{alias}.date DESC NULLS LAST, " + ("e.event_id" if level == "event" else "m.mention_id")
    if not order:
        return default
    parts = []
    for item in str(order).split(","):
        item = item.strip()
        desc = item.startswith("-")
        name = item.lstrip("-+")
        if name not in _ORDERS:
            raise ValueError(f"cannot order by {name!r}; one of {sorted(_ORDERS)}")
        if level == "mention" and name.startswith("num_"):
            col = f"e.{name}"
        elif level == "mention" and name == "event_id":
            col = "em.event_id"
        elif level == "event" and name in ("doc_id", "mention_id"):
            col = f"e.{name}"
        else:
            col = f"{alias}.{name}"
        parts.append(f"{col} {'DESC' if desc else 'ASC'} NULLS LAST")
    tie = "e.event_id" if level == "event" else "m.mention_id"
    return ", ".join(parts + [tie])


def build_query(level: str = "mention", count: bool = False, **filters) -> tuple[str, list]:
    """(SQL, params) for ``query_events`` filters -- shared by the store, events_frame and exports."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise ValueError(f"unknown filter(s) {sorted(unknown)}; known: {list(FILTERS)}")
    if level not in ("mention", "event"):
        raise ValueError("level must be 'mention' or 'event'")
    w = _Where()
    if level == "mention":
        _build_filters(w, filters, _MENTION_COLS, None)
        w.add("NOT coalesce(m.not_event, false)")       # corrected as not an event: in no listing
        select = ("m.* REPLACE (coalesce(m.corrected, false) AS corrected, coalesce(m.not_event, false) AS not_event), "
                  "d.url, d.title, d.source AS outlet_name, d.outlet, d.story_id, d.date AS doc_date, em.event_id, "
                  "e.num_mentions, e.num_articles, e.num_sources, e.num_stories")
        base = ("FROM mentions m JOIN documents d ON d.id = m.doc_id "
                "LEFT JOIN event_mentions em ON em.mention_id = m.mention_id AND em.doc_id = m.doc_id "
                "LEFT JOIN events e ON e.event_id = em.event_id")
        alias = "m"
    else:
        _build_filters(w, filters, _EVENT_COLS, _EVENT_SCOPE)
        select, base, alias = "e.* REPLACE (coalesce(e.corrected, false) AS corrected)", "FROM events e", "e"
    if count:
        return f"SELECT count(*) {base}{w.sql()}", w.params
    sql = f"SELECT {select} {base}{w.sql()} ORDER BY {_order_sql(filters.get('order'), level, alias)}"
    params = list(w.params)
    if filters.get("limit") is not None:
        sql += " LIMIT ?"
        params.append(max(0, int(filters["limit"])))
    if filters.get("offset"):
        sql += " OFFSET ?"
        params.append(max(0, int(filters["offset"])))
    return sql, params
