"""HTML markup inside a record's text (a JSON line or a text file that holds a web page or its fragment) -> plain text.

Feeds, scrapers and CMS exports often put an article's HTML in the "text" field: ``<p>Police arrested ...</p>``, or a
whole page with its menus and scripts.  Parsed as it is, the tags end up inside sentences, actor names and evidence
spans.  ``strip_markup`` finds such text and turns it into what a reader sees:

- a whole page (``<html>``, ``<body>``, ``<!DOCTYPE html>``, ``<head>``): its main text, by the same extraction as an
  HTML file (trafilatura), so menus, scripts and footers are dropped;
- a fragment (paragraphs, line breaks, links, emphasis): its text with entities decoded, one paragraph per block
  element, scripts and styles dropped (lxml's HTML parser).

Text with no known HTML tag is left alone ("3 < 5", "<<quote>>", an e-mail address in angle brackets).
"""
from __future__ import annotations

import re
from typing import Optional

# Known HTML element names, as opening or closing tags.  Not any "<word>": "<Reuters>" or "<ABC>" in plain text is no
# markup.
_TAGS = ("a|abbr|article|aside|b|blockquote|body|br|caption|center|cite|code|dd|div|dl|dt|em|figcaption|figure|font|"
         "footer|h[1-6]|head|header|hr|html|i|iframe|img|li|link|main|meta|nav|noscript|ol|p|pre|q|s|script|section|"
         "small|span|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|time|title|tr|u|ul")
_TAG_RE = re.compile(r"<\s*/?\s*(?:" + _TAGS + r")\b[^<>]*>", re.I)
_PAGE_RE = re.compile(r"<\s*(?:!doctype\s+html|html|head|body)\b", re.I)
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
          "article", "section", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "pre", "hr",
          "dd", "dt", "dl", "caption", "title"}
_LINE = {"br", "li", "tr", "dd", "dt"}
_DROP = ("script", "style", "noscript", "template", "head")
_DROPPED_RE = re.compile(r"<\s*(script|style|noscript|template)\b.*?(?:<\s*/\s*\1\s*>|$)", re.I | re.S)
_BLOCK_TAG_RE = re.compile(r"<\s*/?\s*(?:p|div|h[1-6]|article|section|blockquote|table|header|footer|title)\b", re.I)


def has_markup(text: str) -> bool:
    """Whether text holds at least one known HTML tag."""
    return "<" in text and ">" in text and _TAG_RE.search(text) is not None


def strip_markup(text: str) -> Optional[tuple[str, dict]]:
    """(plain text, notes for the document's meta) for text with HTML markup; None for text without it."""
    if not has_markup(text):
        return None
    notes: dict = {}
    plain = ""
    if _PAGE_RE.search(text[:4096]):
        plain, title = _page_text(text)
        notes["markup"] = "html page"
        if title:
            notes["html_title"] = title
    if not plain.strip():
        plain = _fragment_text(text)
        notes["markup"] = "html"
    notes["markup_chars_removed"] = len(text) - len(plain)
    return plain, notes


def _page_text(text: str) -> tuple[str, Optional[str]]:
    from eventwire.ingest.html import extract_html
    try:
        ex = extract_html(text)
    except Exception:
        return "", None
    if ex is None:
        return "", None
    return (getattr(ex, "text", None) or ""), getattr(ex, "title", None)


def _fragment_text(text: str) -> str:
    """The text of an HTML fragment.  libxml2 stops building the tree at about 255 levels of nesting, so text under
    deeper markup (thousands of unclosed wrappers from a broken template) would be lost: where the parsed text holds
    fewer letters than the text between the tags, the tags are cut out instead."""
    parsed = _parsed_text(text)
    naive = _naive_text(text)
    if parsed is None or _letters(parsed) < _letters(naive):
        return naive
    return parsed


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _naive_text(text: str) -> str:
    import html

    body = _DROPPED_RE.sub(" ", text)
    body = _TAG_RE.sub(lambda m: "\n\n" if _BLOCK_TAG_RE.match(m.group(0)) else " ", body)
    lines = [" ".join(html.unescape(line).split()) for line in body.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _parsed_text(text: str) -> Optional[str]:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    for el in list(root.iter(*_DROP)):
        parent = el.getparent()
        if parent is not None:
            tail = el.tail or ""
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
            parent.remove(el)
    for el in root.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _BLOCK:
            gap = "\n" if tag in _LINE else "\n\n"      # a paragraph ends a sentence; a line break may not
            el.tail = gap + (el.tail or "")
            if tag != "br":
                el.text = gap + (el.text or "")
    out = root.text_content()
    lines = [" ".join(line.split()) for line in out.split("\n")]
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip()
