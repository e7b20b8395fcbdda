"""RSS / Atom feed files -> one Document per item (feedparser)."""
from __future__ import annotations

import html as _html
import logging
import re
from html.parser import HTMLParser
from typing import Iterator, Optional

from eventwire.model import Document
from eventwire.ingest.checks import DEFAULT_MAX_CHARS, check_document, content_id, failed, own_id, place_id
from eventwire.ingest.dates import normalise_date

log = logging.getLogger("eventwire.ingest")

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "tr", "table", "section", "article", "header", "footer", "pre", "hr", "figure", "figcaption"}
_SKIP = {"script", "style", "noscript", "template"}


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, block elements as line breaks."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    p = _Stripper()
    try:
        p.feed(fragment)
        p.close()
        text = "".join(p.parts)
    except Exception:
        text = _html.unescape(re.sub(r"<[^>]*>", " ", fragment))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _entry_body(entry) -> str:
    candidates: list[tuple[str, str]] = []
    for c in entry.get("content") or []:
        if isinstance(c, dict) and c.get("value"):
            candidates.append((c.get("value"), c.get("type") or "text/html"))
    summary = entry.get("summary")
    if summary:
        detail = entry.get("summary_detail") or {}
        candidates.append((summary, detail.get("type") or "text/html"))
    best = ""
    for value, ctype in candidates:
        text = html_to_text(value) if "html" in ctype else value.strip()
        if len(text) > len(best):
            best = text
    return best


def _entry_date(entry) -> tuple[Optional[str], Optional[str]]:
    """(raw date string, ISO date) from published / updated / created."""
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)   # plain dict lookup: skips feedparser's deprecated updated->published mapping
        if raw:
            iso = normalise_date(raw)
            if iso is None:
                parsed = dict.get(entry, f"{key}_parsed")
                if parsed:
                    iso = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
            return raw, iso
    return None, None


def read_feed(data: bytes, name: str, *, max_chars: int = DEFAULT_MAX_CHARS,
              detect_language: bool = True) -> Iterator[Document]:
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:
        yield failed(place_id(name), f"not a readable RSS/Atom feed: {type(exc).__name__}: {exc}", origin=name)
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            yield failed(place_id(name), f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}", origin=name)
        else:
            log.warning("feed %s has no items", name)
        return
    cut = feed_cut(data)
    if cut is not None:           # the file ends before its closing tag: items cut short are not coded
        entries = entries[:cut[0]]
    feed = parsed.get("feed") or {}
    feed_title = html_to_text(feed.get("title") or "") or None
    for i, entry in enumerate(entries, 1):
        origin = f"{name}#{i}"
        try:
            title = html_to_text(entry.get("title") or "") or None
            body = _entry_body(entry)
            text = "\n\n".join(part for part in (title, body) if part)
            raw_date, iso = _entry_date(entry)
            meta: dict = {}
            if raw_date is not None and raw_date != iso:
                meta["date_raw"] = raw_date
                if iso is None:
                    meta["date_warning"] = f"unreadable date: {raw_date!r}"
            for key in ("author", "guid"):
                if entry.get(key):
                    meta[key] = entry.get(key)
            if entry.get("tags"):
                meta["tags"] = [t.get("term") for t in entry["tags"] if t.get("term")]
            if feed.get("link"):
                meta["feed_link"] = feed.get("link")
            link = entry.get("link") or None
            given = entry.get("id") or link
            doc = Document(id=own_id(given, meta) if given else content_id(text), text=text, date=iso, title=title,
                           url=link, source=feed_title, origin=origin, meta=meta)
            yield check_document(doc, max_chars=max_chars, detect_language=detect_language)
        except Exception as exc:
            yield failed(place_id(f"{name}#{i}"), f"unreadable feed item: {type(exc).__name__}: {exc}", origin=origin)
    if cut is not None:
        whole, offset = cut
        place = f"{name}@{offset}"
        where = (f"inside item {whole + 1}" if _ITEM_OPEN.search(data, offset) else "before its closing tag")
        yield failed(place_id(place), f"truncated feed: {name} ends {where} (after byte {offset} of {len(data)}; "
                     f"{whole} whole item{'s' if whole != 1 else ''} read)", origin=place)


_FEED_CLOSE = re.compile(rb"</(?:[\w-]+:)?(?:rss|feed|rdf)\s*>", re.I)
_FEED_OPEN = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|rdf)[\s>]", re.I)
_ITEM_CLOSE = re.compile(rb"</(?:[\w-]+:)?(?:item|entry)\s*>", re.I)
_ITEM_OPEN = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>/]", re.I)


def feed_cut(data: bytes) -> Optional[tuple[int, int]]:
    """A feed file cut short (it opens <rss>, <feed> or <rdf:RDF> and never closes it): (the number of whole items
    before the cut, the byte offset just after the last whole one); None for a whole file."""
    if not _FEED_OPEN.search(data[:65536]) or _FEED_CLOSE.search(data):
        return None
    whole, offset = 0, 0
    for m in _ITEM_CLOSE.finditer(data):
        whole, offset = whole + 1, m.end()
    if not whole:
        first = _ITEM_OPEN.search(data)
        offset = first.start() if first else len(data)
    return whole, offset
