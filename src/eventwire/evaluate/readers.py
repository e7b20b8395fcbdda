"""Gold-standard readers for ``eventwire eval``.

Every reader returns a :class:`GoldSet` of :class:`GoldRecord` (one per sentence or article) in one
shape, whatever the file looked like:

``petrarch``  PETRARCH/TABARI-style validation XML::

    <Sentence id="X1" date="20150806"><Text>...</Text>
      <EventCoding sourcecode="USAGOV" targetcode="RUSGOV" eventcode="042"/></Sentence>

    (``noevents="True"`` on the Sentence or on an EventCoding marks a sentence with no event.)

``plover``    PLOVER-style JSON records (a JSON list or JSON lines)::

    {"id", "text", "date"?, "event": "ASSAULT", "mode": "...", "source": [{"code": "SYRMIL", ...}],
     "target": [...], "dead"?: 3, "injured"?: 10}

    ``source``/``target`` may also be a plain code or a list of codes; ``events: [{...}]`` with the
    same keys per event is accepted for records with several events.

``geo``       geoparsing gold: XML in the GeoWebNews / LGL / TR-News style (``<article>`` elements with a
    ``<text>`` and ``<toponym>`` children holding ``start``/``end`` (or a ``name`` and a ``position``)
    and ``lat``/``lon``, directly or inside ``<gaztag>``), or JSON lines
    ``{"id", "text"?, "places": [{"start", "end", "text", "lat", "lon"}]}``; when the text is not in the
    gold file it is read from the sibling ``*.input.jsonl`` (``x.gold.jsonl`` -> ``x.input.jsonl``).

``jsonl``     eventwire's own gold (JSON lines)::

    {"id": "g001", "text": "...", "date": "2019-05-02",
     "events": [{"source": "IRNGOV", "target": "USAGOV", "cameo": "112"}],
     "places": [{"text": "Tehran", "lat": 35.69, "lon": 51.42}], "note": "..."}

    ``events: []`` means the sentence has no event (over-coding is measured on these); ``target`` may be
    null; ``places`` is optional (give ``start``/``end`` or let the reader find ``text`` in the sentence);
    ``tags`` (optional) name the hard cases a record tests, and the report gives figures per tag.
    ``events`` as ``[[source, target, cameo], ...]`` (the triple shape) is accepted too.

Bad records never raise: they are skipped with a line in ``GoldSet.warnings``. A file that cannot be
read at all raises :class:`GoldFormatError` with the reason.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

FORMATS = ("petrarch", "plover", "geo", "jsonl")
NONE = "---"


class GoldFormatError(ValueError):
    """The gold file could not be read (missing, empty, unknown or broken format)."""


@dataclass
class GoldEvent:
    source: str = NONE                  # primary source code (CAMEO-style) or "---"
    target: str = NONE
    cameo: Optional[str] = None         # 2-4 digit string, or None (PLOVER-only gold)
    plover: Optional[str] = None        # PLOVER type, upper case (derived from cameo when not given)
    mode: Optional[str] = None
    sources: list[str] = field(default_factory=list)   # every source code given (PLOVER gold may list several)
    targets: list[str] = field(default_factory=list)

    def triple(self) -> tuple[str, str, str]:
        return (self.source, self.target, self.cameo or "")


@dataclass
class GoldPlace:
    start: int
    end: int
    lat: Optional[float]
    lon: Optional[float]
    text: str = ""
    name: Optional[str] = None
    geonameid: Optional[str] = None


@dataclass
class GoldRecord:
    id: str
    text: str = ""
    date: Optional[str] = None
    events: list[GoldEvent] = field(default_factory=list)
    places: list[GoldPlace] = field(default_factory=list)
    has_events: bool = True             # False when the gold says nothing about events (geo gold)
    has_places: bool = False            # True when the record is annotated for places
    counts: dict[str, Any] = field(default_factory=dict)   # PLOVER gold "dead"/"injured", as given (key present)
    note: Optional[str] = None
    tags: list[str] = field(default_factory=list)     # hard-case labels ("passive", "negation", ...), eventwire gold


@dataclass
class GoldSet:
    records: list[GoldRecord]
    format: str
    path: str = ""
    warnings: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.records)


# ---------------------------------------------------------------------------------------------- helpers
def _code(v: Any) -> str:
    """An actor code from a string, a {code: ...} dict, or nothing."""
    if isinstance(v, dict):
        v = v.get("code") or v.get("actor") or v.get("id")
    if v is None:
        return NONE
    s = str(v).strip().upper()
    return s if s and s not in ("NONE", "NULL", "-") else NONE


def _codes(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [c for c in (_code(x) for x in v) if c != NONE]
    c = _code(v)
    return [] if c == NONE else [c]


def norm_cameo(v: Any) -> Optional[str]:
    """'042' kept, '0311' kept, '4' -> '04'; an int 42 -> '042' (two digits above 20 lost their leading zero).
    None for anything that is not a 2-4 digit code."""
    if v is None or isinstance(v, bool):
        return None
    s = str(v).strip()
    if not s.isdigit():
        return None
    if len(s) == 1:
        s = "0" + s
    elif isinstance(v, int) and len(s) == 2 and int(s) > 20:
        s = "0" + s
    return s if 2 <= len(s) <= 4 else None


def norm_date(v: Any) -> Optional[str]:
    if v is None:
        return None
    s = str(v).strip()
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return m.group(0)
    m = re.fullmatch(r"(\d{4})-(\d{2})", s)
    return s if m else (s[:10] if s else None)


def plover_of(cameo: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """PLOVER (type, mode) of a CAMEO code from the project's ontology; (None, None) when unknown."""
    if not cameo:
        return None, None
    try:
        from eventwire import ontology
        rec = ontology.lookup(cameo)
    except Exception:  # noqa: BLE001 - the ontology is optional for reading gold
        return None, None
    if rec is None:
        return None, None
    return (rec.plover_type.upper() if rec.plover_type else None), rec.plover_mode


def _float(v: Any) -> Optional[float]:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _int(v: Any) -> Optional[int]:
    try:
        return int(str(v).strip())
    except (TypeError, ValueError):
        return None


def _find(text: str, name: str, near: Optional[int] = None, after: int = 0) -> Optional[tuple[int, int]]:
    """Char span of ``name`` in ``text``: the occurrence nearest ``near`` if given, else the first at/after ``after``."""
    if not name or not text:
        return None
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    if not spans:
        low = text.lower()
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name.lower()), low)]
    if not spans:
        return None
    if near is not None:
        return min(spans, key=lambda s: abs(s[0] - near))
    for s in spans:
        if s[0] >= after:
            return s
    return spans[0]


def _place_from(d: dict, text: str, after: int = 0) -> Optional[GoldPlace]:
    name = d.get("text") or d.get("phrase") or d.get("name") or d.get("toponym") or ""
    start, end = _int(d.get("start")), _int(d.get("end"))
    if start is None or end is None:
        pos = _int(d.get("position") if d.get("position") is not None else d.get("offset"))
        if pos is not None and text and name and text[pos:pos + len(name)] == name:
            start, end = pos, pos + len(name)
        else:
            span = _find(text, str(name), near=pos, after=after)
            if span is None:
                return None
            start, end = span
    if not name and text:
        name = text[start:end]
    lat = _float(d.get("lat", d.get("latitude")))
    lon = _float(d.get("lon", d.get("lng", d.get("longitude"))))
    return GoldPlace(start=start, end=end, lat=lat, lon=lon, text=str(name), name=d.get("name"),
                     geonameid=str(d["geonameid"]) if d.get("geonameid") not in (None, "") else None)


# ---------------------------------------------------------------------------------------------- JSON
def _json_records(raw: str, warnings: list[str]) -> list[dict]:
    s = raw.lstrip("\ufeff").strip()
    if not s:
        return []
    if s.startswith("["):
        try:
            data = json.loads(s)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"not valid JSON: {exc}") from exc
        out = [r for r in data if isinstance(r, dict)]
        if len(out) != len(data):
            warnings.append(f"{len(data) - len(out)} list items that are not objects skipped")
        return out
    out = []
    for n, line in enumerate(s.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("//"):
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as exc:
            warnings.append(f"line {n}: not JSON ({exc.msg})")
            continue
        if isinstance(r, dict):
            out.append(r)
        else:
            warnings.append(f"line {n}: not a JSON object")
    return out


def _rid(r: dict, i: int) -> str:
    v = r.get("id", r.get("doc_id", r.get("sentence_id")))
    return str(v) if v not in (None, "") else f"rec{i + 1}"


def _event_from_json(e: Any, warnings: list[str], where: str) -> Optional[GoldEvent]:
    if isinstance(e, (list, tuple)):
        if len(e) < 3:
            warnings.append(f"{where}: event triple needs [source, target, cameo]")
            return None
        s, t, c = _code(e[0]), _code(e[1]), norm_cameo(e[2])
        if c is None:
            warnings.append(f"{where}: bad CAMEO code {e[2]!r}")
            return None
        pt, pm = plover_of(c)
        return GoldEvent(s, t, c, pt, pm, [s] if s != NONE else [], [t] if t != NONE else [])
    if not isinstance(e, dict):
        warnings.append(f"{where}: event is not an object")
        return None
    c_raw = e.get("cameo", e.get("code", e.get("eventcode")))
    c = norm_cameo(c_raw)
    if c_raw is not None and c is None:
        warnings.append(f"{where}: bad CAMEO code {c_raw!r}")
        return None
    ptype = e.get("plover", e.get("event", e.get("type")))
    if isinstance(ptype, dict):
        mode = ptype.get("mode")
        ptype = ptype.get("type")
    else:
        mode = e.get("mode")
    if ptype:
        ptype = str(ptype).strip().upper()
    elif c:
        ptype, dmode = plover_of(c)
        mode = mode or dmode
    if not c and not ptype:
        warnings.append(f"{where}: event has neither a CAMEO code nor a PLOVER type")
        return None
    srcs, tgts = _codes(e.get("source")), _codes(e.get("target"))
    return GoldEvent(srcs[0] if srcs else NONE, tgts[0] if tgts else NONE, c, ptype or None, mode, srcs, tgts)


def _read_json_events(recs: list[dict], fmt: str, warnings: list[str]) -> list[GoldRecord]:
    out = []
    for i, r in enumerate(recs):
        rid = _rid(r, i)
        text = r.get("text") or r.get("sentence") or ""
        if not isinstance(text, str):
            warnings.append(f"{rid}: text is not a string; skipped")
            continue
        events: list[GoldEvent] = []
        if isinstance(r.get("events"), list):
            for j, e in enumerate(r["events"]):
                ev = _event_from_json(e, warnings, f"{rid} event {j}")
                if ev is not None:
                    events.append(ev)
        elif r.get("event") not in (None, "", "NONE"):
            ev = _event_from_json({k: r.get(k) for k in ("event", "mode", "source", "target", "cameo")}, warnings, rid)
            if ev is not None:
                events.append(ev)
        places, has_places = [], "places" in r
        after = 0
        for p in r.get("places") or []:
            gp = _place_from(p, text, after) if isinstance(p, dict) else None
            if gp is None:
                warnings.append(f"{rid}: place {p!r} not found in the text; skipped")
                continue
            after = gp.end
            places.append(gp)
        out.append(GoldRecord(id=rid, text=text, date=norm_date(r.get("date")), events=events, places=places,
                              has_events=fmt != "geo", has_places=has_places,
                              counts={k: r[k] for k in ("dead", "injured") if k in r}, note=r.get("note"),
                              tags=[str(t) for t in r.get("tags") or [] if t] if isinstance(r.get("tags"), list) else []))
    return out


def _sibling_texts(path: Path) -> dict[str, dict]:
    name = path.name
    cands = []
    for a, b in ((".gold.", ".input."), ("gold", "input"), ("_gold", "")):
        if a in name:
            cands.append(path.with_name(name.replace(a, b, 1)))
    for c in cands:
        if c.exists() and c != path:
            recs = _json_records(c.read_text(encoding="utf-8", errors="replace"), [])
            return {_rid(r, i): r for i, r in enumerate(recs)}
    return {}


# ---------------------------------------------------------------------------------------------- entry
def guess_format(raw: str, path: str = "") -> str:
    """Guess the gold format from the content (and, as a tie-breaker, the file name)."""
    s = raw.lstrip("\ufeff").lstrip()
    if s.startswith("<"):
        head = s[:200_000].lower()
        if "<sentence" in head and ("<eventcoding" in head or "<text" in head):
            return "petrarch"
        if "<toponym" in head or "<article" in head or "<gaztag" in head:
            return "geo"
        raise GoldFormatError("XML with neither <Sentence> records nor <article>/<toponym> elements")
    recs = _json_records(s[:2_000_000] if s.startswith("[") else "\n".join(s.splitlines()[:50]), [])
    if not recs:
        raise GoldFormatError("no JSON records found")
    r = recs[0]
    if "event" in r and not isinstance(r.get("events"), list):
        return "plover"
    if isinstance(r.get("events"), list):
        evs = r["events"] or next((x["events"] for x in recs if x.get("events")), [])
        if evs and isinstance(evs[0], dict) and "cameo" not in evs[0] and ("event" in evs[0] or "type" in evs[0]):
            return "plover"
        return "jsonl"
    if "places" in r:
        return "geo"
    if "geo" in os.path.basename(path).lower():
        return "geo"
    raise GoldFormatError("JSON records with neither 'events', 'event' nor 'places'")


def read_gold(path: str | os.PathLike, fmt: Optional[str] = None, texts: Optional[str | os.PathLike] = None) -> GoldSet:
    """Read a gold file in any supported format (guessed when ``fmt`` is None).

    ``texts``: for geo JSON lines without text, a JSONL file of {"id", "text"} (default: the sibling
    ``*.input.jsonl``).
    """
    from eventwire.evaluate import xml_gold      # its readers build this module's records

    p = Path(path)
    if not p.exists():
        raise GoldFormatError(f"no such file: {path}")
    if p.is_dir():
        raise GoldFormatError(f"{path} is a folder; give a gold file")
    try:
        raw = p.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise GoldFormatError(f"cannot read {path}: {exc}") from exc
    if not raw.strip():
        raise GoldFormatError(f"{path} is empty")
    if fmt is not None and fmt not in FORMATS:
        raise GoldFormatError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    fmt = fmt or guess_format(raw, str(p))
    warnings: list[str] = []
    if fmt == "petrarch" and raw.lstrip("\ufeff").lstrip().startswith("<"):
        recs = xml_gold.read_petrarch_blocks(raw, warnings)
        if not recs:
            raise GoldFormatError(f"{path}: no <Sentence> record with a <Text> found")
    elif raw.lstrip("\ufeff").lstrip().startswith("<"):
        root = xml_gold.xml_root(raw)
        if root is None:
            raise GoldFormatError(f"{path}: XML that cannot be parsed")
        if fmt == "geo":
            recs = xml_gold.read_geo_xml(root, warnings)
        else:
            raise GoldFormatError(f"{path}: XML is read as petrarch or geo, not {fmt}")
    else:
        if fmt == "petrarch":
            raise GoldFormatError(f"{path}: petrarch gold is XML")
        jrecs = _json_records(raw, warnings)
        if fmt == "geo" and any(not r.get("text") for r in jrecs):
            side = ({_rid(r, i): r for i, r in enumerate(_json_records(Path(texts).read_text(encoding="utf-8"), []))}
                    if texts else _sibling_texts(p))
            for i, r in enumerate(jrecs):
                if not r.get("text") and _rid(r, i) in side:
                    r = jrecs[i] = dict(r, text=side[_rid(r, i)].get("text", ""), date=r.get("date") or side[_rid(r, i)].get("date"))
        recs = _read_json_events(jrecs, fmt, warnings)
    missing = [r.id for r in recs if not r.text]
    if missing:
        warnings.append(f"{len(missing)} records without text cannot be coded (e.g. {missing[0]})")
    seen: set[str] = set()
    uniq = []
    for r in recs:
        if r.id in seen:
            warnings.append(f"duplicate id {r.id}; later record skipped")
            continue
        seen.add(r.id)
        uniq.append(r)
    if not uniq:
        raise GoldFormatError(f"{path}: no gold records read" + (f" ({warnings[0]})" if warnings else ""))
    return GoldSet(records=uniq, format=fmt, path=str(p), warnings=warnings)


def to_documents(gold: GoldSet | Iterable[GoldRecord]):
    """Documents for the pipeline, one per gold record that has text (records without text are left out)."""
    from eventwire.model import Document
    recs = gold.records if isinstance(gold, GoldSet) else gold
    return [Document(id=r.id, text=r.text, date=r.date, origin="gold") for r in recs if r.text]


__all__ = ["FORMATS", "GoldEvent", "GoldPlace", "GoldRecord", "GoldSet", "GoldFormatError", "guess_format",
           "read_gold", "to_documents", "norm_cameo", "norm_date", "plover_of", "NONE"]
