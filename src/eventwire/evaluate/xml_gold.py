"""The XML gold readers of ``eventwire eval``: PETRARCH/TABARI validation records and geoparsing
articles (GeoWebNews / LGL / TR-News style).  ``readers.read_gold`` calls them; the shapes they return
are ``readers.GoldRecord``'s.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from typing import Any, Optional

from eventwire.evaluate.readers import (NONE, GoldEvent, GoldRecord, _code, _place_from, norm_cameo, norm_date,
                                        plover_of)


def xml_root(raw: str) -> Optional[ET.Element]:
    try:
        return ET.fromstring(raw.lstrip("\ufeff").strip())
    except ET.ParseError:
        pass
    # TABARI-era files often hold bare '&' or several top-level elements: repair and wrap
    fixed = re.sub(r"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)", "&amp;", raw)
    fixed = re.sub(r"<\?xml[^>]*\?>", "", fixed)
    fixed = re.sub(r"<!DOCTYPE[^>]*>", "", fixed)
    try:
        return ET.fromstring(f"<root>{fixed}</root>")
    except ET.ParseError:
        return None


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _attr(el: ET.Element, *names: str) -> Optional[str]:
    low = {k.lower().strip(): v for k, v in el.attrib.items()}
    for n in names:
        if n in low:
            return low[n].strip()
    return None


def _child_text(el: ET.Element, *names: str) -> Optional[str]:
    for c in el.iter():
        if c is not el and _local(c.tag) in names:
            return "".join(c.itertext())
    return None


def _true(v: Optional[str]) -> bool:
    return str(v or "").strip().lower() in ("true", "1", "yes")


# PETRARCH reads its validation files record by record, not as one XML document: real files carry comment
# blocks with "--" inside, <Environment> sections, parse trees, commented-out records and stray text between
# records. This reader does the same: each <Sentence>...</Sentence> block is read on its own, and anything it
# cannot use is named with its line number in the warnings.
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<sentence\b([^>]*)>(.*?)</sentence\s*>", re.S | re.I)
_ATTRS = re.compile(r"""([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CODING = re.compile(r"<eventcoding\b([^>]*?)/?>", re.I)
_TEXT = re.compile(r"<text\s*>(.*?)</text\s*>", re.S | re.I)
_KNOWN_TAG = re.compile(r"</?(?:\?xml|validation|sentences|environment|verbfile|actorfile|agentfile|discardfile|"
                        r"errorfile|include|exclude|pause|config|stop|root|!doctype)\b[^>]*>", re.I)


def _blank(m: "re.Match") -> str:
    """A comment replaced by as many newlines as it held, so that line numbers stay true."""
    return "\n" * m.group(0).count("\n")


def _attrs(s: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None else m.group(3) or "")
            for m in _ATTRS.finditer(s)}


def read_petrarch_blocks(raw: str, warnings: list[str]) -> list[GoldRecord]:
    body = _COMMENT.sub(_blank, raw.lstrip("\ufeff"))
    line_at = lambda pos: body.count("\n", 0, pos) + 1  # noqa: E731
    out: list[GoldRecord] = []
    last = 0
    stray: list[int] = []

    def note_stray(a: int, b: int) -> None:
        gap = _KNOWN_TAG.sub("", re.sub(r"<environment\b.*?</environment\s*>", "", body[a:b], flags=re.S | re.I))
        if gap.strip():
            stray.append(line_at(a + len(body[a:b]) - len(body[a:b].lstrip())))

    for i, m in enumerate(_SENTENCE.finditer(body)):
        note_stray(last, m.start())
        last = m.end()
        line = line_at(m.start())
        a = _attrs(m.group(1))
        rid = a.get("id") or f"s{i + 1}"
        inner = m.group(2)
        tm = _TEXT.search(inner)
        text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", tm.group(1)))).strip() if tm else ""
        if not text:
            warnings.append(f"line {line}: record {rid} has no <Text>; skipped")
            continue
        events = []
        for cm in _CODING.finditer(inner):
            ca = _attrs(cm.group(1))
            if _true(ca.get("noevents") or ca.get("noevent")):
                continue
            src, tgt = _code(ca.get("sourcecode", ca.get("source"))), _code(ca.get("targetcode", ca.get("target")))
            c = norm_cameo(ca.get("eventcode", ca.get("code")))
            if c is None:
                warnings.append(f"line {line_at(m.start(2) + cm.start())}: record {rid}: EventCoding without a valid "
                                f"eventcode; skipped")
                continue
            pt, pm = plover_of(c)
            events.append(GoldEvent(src, tgt, c, pt, pm, [src] if src != NONE else [], [tgt] if tgt != NONE else []))
        if _true(a.get("noevents") or a.get("noevent")):
            events = []
        out.append(GoldRecord(id=rid, text=text, date=norm_date(a.get("date")), events=events))
    note_stray(last, len(body))
    if stray:
        more = f" (and {len(stray) - 5} more)" if len(stray) > 5 else ""
        warnings.append(f"text outside any <Sentence> record skipped at line {', '.join(map(str, stray[:5]))}{more}")
    return out


def read_geo_xml(root: ET.Element, warnings: list[str]) -> list[GoldRecord]:
    out = []
    arts = [el for el in root.iter() if _local(el.tag) in ("article", "document", "doc")]
    if not arts and _local(root.tag) in ("article", "document", "doc"):
        arts = [root]
    for i, a in enumerate(arts):
        rid = _attr(a, "docid", "id", "name") or (_child_text(a, "docid", "id") or "").strip() or f"art{i + 1}"
        text_el = next((c for c in a.iter() if c is not a and _local(c.tag) == "text"), None)
        text = "".join(text_el.itertext()) if text_el is not None else (_attr(a, "text") or "")
        if not text:
            warnings.append(f"{rid}: article without text; skipped")
            continue
        places, after = [], 0
        for t in (c for c in a.iter() if _local(c.tag) in ("toponym", "location", "place")):
            d: dict = {k.lower(): v for k, v in t.attrib.items()}
            for c in t.iter():
                if c is t:
                    continue
                tag = _local(c.tag)
                val = (c.text or "").strip()
                if tag in ("start", "end", "phrase", "name", "lat", "lon", "latitude", "longitude", "position", "offset",
                           "geonameid") and val and tag not in d:
                    d[tag] = val
                for k, v in c.attrib.items():       # <gaztag geonameid=".." lat=".." lon="..">
                    d.setdefault(k.lower(), v)
            if "phrase" in d:
                d["text"] = d["phrase"]
            gp = _place_from(d, text, after)
            if gp is None:
                warnings.append(f"{rid}: toponym {d.get('text') or d.get('name')!r} not found in the text; skipped")
                continue
            if gp.lat is None or gp.lon is None:
                continue        # unresolved toponym (no coordinates in the gold): not scored
            after = gp.end
            places.append(gp)
        out.append(GoldRecord(id=rid, text=text, places=places, has_events=False, has_places=True))
    return out
