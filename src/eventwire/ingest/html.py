"""HTML pages (files and WARC payloads) -> Document via trafilatura: main text and metadata."""
from __future__ import annotations

import logging
import re
from typing import Any, Iterator, Optional

from eventwire.model import Document, SKIPPED, FAILED
from eventwire.ingest.checks import DEFAULT_MAX_CHARS, check_document, failed, is_binary_bytes, own_id, place_id

log = logging.getLogger("eventwire.ingest")


# Tags that only wrap or style text.  The HTML parser under trafilatura (libxml2) stops building the tree at about
# 255 levels of nesting, and a page nested deeper (thousands of unclosed <div> or <font> from a broken template, or a
# hostile page) gives no text at all; without these wrappers the same page is shallow and its text is found.
_WRAPPER_TAGS = re.compile(rb"</?(?:div|span|font|center|b|i|u|em|strong|small|big)\b[^<>]*>", re.I)
_MAX_NESTING = 250


def extract_html(data: bytes | str, url: Optional[str] = None) -> Optional[Any]:
    """trafilatura's main-text extraction with metadata; None when nothing could be extracted.  A page with no text
    found and more wrapper tags than the parser's nesting limit is tried again without its wrapper tags."""
    import trafilatura

    def extract(page):
        return trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False)

    ex = extract(data)
    if ex is None or not (getattr(ex, "text", None) or "").strip():
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        flat, n = _WRAPPER_TAGS.subn(b"", raw)
        if n > _MAX_NESTING:
            log.info("page with no text found and %d wrapper tags: tried again without them", n)
            ex = extract(flat)
    return ex


def html_document(data: bytes, doc_id: Optional[str], origin: str, *, url: Optional[str] = None,
                  fallback_date: Optional[str] = None, meta: Optional[dict] = None,
                  max_chars: int = DEFAULT_MAX_CHARS, detect_language: bool = True) -> Document:
    """One HTML page -> one Document.  ``doc_id`` None: the canonical URL, else ``url``, else ``place_id(origin)``.
    ``fallback_date`` (e.g. the WARC-Date) is used when the page gives none."""
    meta = dict(meta or {})
    name = doc_id or (own_id(url) if url else place_id(origin))
    if isinstance(data, bytes) and is_binary_bytes(data):
        return Document(id=name, text="", url=url, status=SKIPPED, reason="binary content", origin=origin, meta=meta)
    try:
        ex = extract_html(data, url=url)
    except Exception as exc:
        return Document(id=name, text="", url=url, status=FAILED, origin=origin, meta=meta,
                        reason=f"HTML extraction failed: {type(exc).__name__}: {exc}")
    if ex is None or not (getattr(ex, "text", None) or "").strip():
        return Document(id=name, text="", url=url, status=SKIPPED, origin=origin, meta=meta,
                        reason="no main text found in HTML")
    page_url = getattr(ex, "url", None)
    if url and page_url and page_url != url:
        meta["canonical_url"] = page_url
    for key in ("author", "description", "hostname", "sitename", "categories", "tags", "language", "image"):
        value = getattr(ex, key, None)
        if value:
            meta[key] = value
    date = getattr(ex, "date", None)
    if not date and fallback_date:
        date = fallback_date
        meta["date_source"] = "warc"
    doc = Document(
        id=doc_id or (own_id(page_url or url) if (page_url or url) else place_id(origin)),
        text=ex.text,
        date=date,
        title=getattr(ex, "title", None),
        url=url or page_url,
        source=getattr(ex, "sitename", None) or getattr(ex, "hostname", None),
        origin=origin,
        meta=meta,
    )
    return check_document(doc, max_chars=max_chars, detect_language=detect_language)


_HTML_OPEN = re.compile(rb"<html[\s>]", re.I)
_HTML_CLOSE = re.compile(rb"</html\s*>", re.I)


def html_file_documents(data: bytes, doc_id: str, name: str, **opts) -> Iterator[Document]:
    """An HTML file: its Document, and for a page cut short (it opens <html> and never closes it) a failed
    record after it that names the file and the byte offset of the cut; the text before the cut is coded."""
    yield html_document(data, doc_id, name, **opts)
    if isinstance(data, bytes) and _HTML_OPEN.search(data[:65536]) and not _HTML_CLOSE.search(data):
        place = f"{name}@{len(data)}"
        yield failed(place_id(place), f"truncated HTML: {name} ends at byte {len(data)} without its closing </html>; "
                     "the text before the cut is coded", origin=place)
