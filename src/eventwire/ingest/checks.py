"""Text checks every Document goes through, whatever reader made it.

``check_document`` is idempotent: running it on its own output changes nothing.  Order:
binary content -> control characters -> HTML markup -> empty text -> truncation -> language -> date.
A document that is already skipped/failed is returned as it is.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from typing import Any, Optional

from eventwire.model import Document, OK, SKIPPED, FAILED
from eventwire.ingest.dates import parse_date
from eventwire.ingest.markup import strip_markup

log = logging.getLogger("eventwire.ingest")

DEFAULT_MAX_CHARS = 200_000
# Input size limits (issue 19): a file read whole, or a gzip file, whose content (after gunzip) is larger, or a record (JSON line) that is
# longer, becomes a failed record with the reason; memory stays bounded while it is read. Set with
# `eventwire code --max-input-bytes / --max-record-bytes` (or set_limits()).
LIMITS = {"max_input_bytes": 256 * 1024 * 1024, "max_record_bytes": 16 * 1024 * 1024}


def set_limits(max_input_bytes: Optional[int] = None, max_record_bytes: Optional[int] = None) -> None:
    if max_input_bytes:
        LIMITS["max_input_bytes"] = int(max_input_bytes)
    if max_record_bytes:
        LIMITS["max_record_bytes"] = int(max_record_bytes)


class OverLimit(Exception):
    """Input over a size limit; its message is the reason a user reads."""
BINARY_SAMPLE = 65_536          # characters looked at for the binary test
BINARY_SHARE = 0.10             # share of non-printable / undecodable characters that makes text "binary"
LANG_MIN_LETTERS = 40           # shorter texts are not judged
LANG_MIN_LETTERS_NO_CASE = 100  # text in capitals only: shorter texts get no non-English verdict
LANG_SAMPLE = 1_000             # characters given to the detector
LANG_MIN_PROB = 0.80            # a non-English verdict must be at least this sure
LANG_MAX_WORD = 40              # longer letter runs ("xxxx...", a stretched word, a blob) are no evidence of a language
LANG_SCAN = 50_000              # characters searched for words when the first LANG_SAMPLE hold over-long ones
LANG_MAX_REPEAT = 2             # a word given more often in a row ("xx xx xx ...", "amp amp amp" of "&amp;&amp;"):
#                                 filler, no evidence of a language past its first two

# C0 controls except \t \n \r, DEL, C1 controls, the replacement character (undecodable bytes).
_NONPRINT_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
# What gets stripped from text: C0 controls except \t \n (\r handled as a line break), DEL, C1, a BOM.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")
_WORD_RE = re.compile(r"[^\W\d_]+")

# English function words that are rare as words in other Latin-script languages ("was", "will",
# "also", "an" are German; "is", "over" Dutch; "at", "for", "by", "her" Danish/Norwegian; "to" Polish...
# so those are left out): when they are a good share of the words the text is English and the
# (slower) detector is not called.  Measured: 90-99% of English news texts take this fast path;
# texts in de/nl/da/fr/it/pt/pl score 0-0.03.
_EN_WORDS = frozenset(
    "the of and that with from said has have were it its this which who would been their they she his "
    "when what than into not are be after about against".split()
)
_EN_FAST_SHARE = 0.08
_EN_FAST_MIN_HITS = 2
# Second cheap stage for short headline-like English ("Obama lifts US embargo on arms sales"): a broader
# list (the words above plus prepositions and everyday news words).  Measured: texts in de/nl/da/fr/it/
# pt/pl/tl/sw/id score at most 0.15 here; 87% of the English texts that miss the first stage score
# >= 0.25, so only about 1% of English news reaches langdetect.
_EN_BROAD = _EN_WORDS | frozenset("""
a an in on at by for to was is will he her him them there out up down over off also
two three four five six seven eight nine ten hundreds thousands people police killed shot dead wounded
injured men women children group government forces security army troops attack attacked city town
village state country officials official president minister year years day days week month last first
other more least including during while as but or if says told new one man woman fighters military
near early late monday tuesday wednesday thursday friday saturday sunday yesterday today night morning
reported according
""".split())
_EN_BROAD_SHARE = 0.25
_EN_BROAD_MIN_HITS = 3


def content_id(text: str) -> str:
    """Stable id from content: ``sha1:`` + the first 16 hex digits of the SHA-1 of the text (UTF-8)."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def is_binary_text(text: str) -> bool:
    sample = text[:BINARY_SAMPLE]
    if not sample:
        return False
    bad = len(_NONPRINT_RE.findall(sample))
    return bad / len(sample) > BINARY_SHARE


def is_binary_bytes(data: bytes) -> bool:
    """Raw file content: a NUL byte in the first 8 KB (as git and grep decide), unless it is UTF-16/32 with a BOM."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def decode_bytes(data: bytes) -> tuple[str, dict[str, Any]]:
    """Decode file bytes as text: BOM-marked UTF-16/UTF-8, else UTF-8 with errors='replace'.
    Returns the text and meta notes (``invalid_utf8``: how many bytes could not be decoded)."""
    notes: dict[str, Any] = {}
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        notes["encoding"] = "utf-16"
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
            notes["invalid_utf8"] = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return text, notes


def fix_surrogates(value: Any) -> tuple[Any, int]:
    """Replace lone surrogates (from JSON escapes such as "\\ud800"; they cannot be written as UTF-8)
    with U+FFFD, in a string or, recursively, in lists and dict values/keys.  Returns (value, replaced)."""
    if isinstance(value, str):
        return _SURROGATE_RE.subn("\ufffd", value)
    if isinstance(value, list):
        total = 0
        out = []
        for item in value:
            item, n = fix_surrogates(item)
            out.append(item)
            total += n
        return out, total
    if isinstance(value, dict):
        total = 0
        fixed = {}
        for k, v in value.items():
            k2, n1 = fix_surrogates(k)
            v2, n2 = fix_surrogates(v)
            fixed[k2] = v2
            total += n1 + n2
        return fixed, total
    return value, 0


def strip_controls(text: str) -> tuple[str, int]:
    """Remove control characters other than \\n and \\t; \\r\\n and \\r become \\n. Returns (text, removed)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    new, n = _CONTROL_RE.subn("", text)
    return new, n


def truncate(text: str, max_chars: int) -> str:
    """Cut to at most max_chars at the last sentence end, else the last whitespace, in the final 20%."""
    if len(text) <= max_chars:
        return text
    head = text[: max_chars + 1]
    floor = int(max_chars * 0.8)
    last = None
    for m in _SENTENCE_END_RE.finditer(head, floor):
        last = m
    if last is not None and last.end() - 1 <= max_chars:
        return head[: last.end() - 1].rstrip()
    ws = max(head.rfind(" ", floor), head.rfind("\n", floor), head.rfind("\t", floor))
    if ws > 0:
        return head[:ws].rstrip()
    return text[:max_chars]


_detector_ready = False


def _langdetect(sample: str) -> Optional[tuple[str, float]]:
    global _detector_ready
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - langdetect is a pinned dependency
        return None
    if not _detector_ready:
        DetectorFactory.seed = 0
        _detector_ready = True
    try:
        langs = detect_langs(sample)
    except LangDetectException:
        return None
    if not langs:
        return None
    return str(langs[0].lang), float(langs[0].prob)


def guess_language(text: str) -> Optional[str]:
    """The language code of text, "en" when English is certain from function words, or None when the
    text is too short (< 40 letters) or the detector is unsure.  Deterministic (seeded)."""
    sample = text[:LANG_SAMPLE]
    words = _WORD_RE.findall(sample)
    if any(len(w) > LANG_MAX_WORD for w in words) or _repeated(words):
        # a run of letters no language has as a word (10,000 x's, a stretched "Aaaargh", a blob) fills the sample
        # and the detector names a language from it ("so", "fi"): judge the words of plausible length instead;
        # so too a word given over and over ("xx xx xx ..." read as Somali, "&amp;&amp;..." as Catalan)
        words = _plausible_words(text)
        sample = " ".join(words)
    letters = sum(len(w) for w in words)
    if letters < LANG_MIN_LETTERS:
        return None
    lowered = [w.lower() for w in words]
    hits = sum(1 for w in lowered if w in _EN_WORDS)
    if hits >= _EN_FAST_MIN_HITS and hits / len(lowered) >= _EN_FAST_SHARE:
        return "en"
    hits = sum(1 for w in lowered if w in _EN_BROAD)
    if hits >= _EN_BROAD_MIN_HITS and hits / len(lowered) >= _EN_BROAD_SHARE:
        return "en"
    # the detector's letter statistics are of ordinary case: text all in capitals (a wire headline, an upper-cased
    # archive) reads as English to it whatever its language, so it is judged lower-cased
    cased = any(ch.islower() for ch in sample)
    found = _langdetect(sample if cased else sample.lower())
    if found is None:
        return None
    lang, prob = found
    if lang != "en" and prob < LANG_MIN_PROB:
        return None
    if lang != "en" and not cased and letters < LANG_MIN_LETTERS_NO_CASE:
        return None      # a short headline in capitals ("IRAN URGES FRANCE TO ...") is too little to judge without case
    if lang != "en" and _names_only(words):
        # a table of names and figures ("Kabul 12 3 Kandahar 44 12 ..."), a list of people: capitalised words say
        # nothing of the language they stand in, so no verdict
        return None
    return lang


def _names_only(words: list[str]) -> bool:
    """In cased text, whether the words that do not start with a capital hold fewer than LANG_MIN_LETTERS letters.
    Text written all in capitals (a wire headline, an upper-cased archive) carries no case and is judged as it is."""
    if not any(w[0].islower() or (len(w) > 1 and w[1:2].islower()) for w in words):
        return False
    return sum(len(w) for w in words if not w[0].isupper()) < LANG_MIN_LETTERS


def _repeated(words: list[str]) -> bool:
    """Whether some word comes more than LANG_MAX_REPEAT times in a row (case aside)."""
    run, last = 0, None
    for w in words:
        low = w.lower()
        run = run + 1 if low == last else 1
        if run > LANG_MAX_REPEAT:
            return True
        last = low
    return False


def _plausible_words(text: str) -> list[str]:
    """Words of at most LANG_MAX_WORD letters from the start of text, up to about LANG_SAMPLE characters, each
    word at most LANG_MAX_REPEAT times in a row."""
    words: list[str] = []
    size = 0
    run, last = 0, None
    for m in _WORD_RE.finditer(text, 0, LANG_SCAN):
        w = m.group()
        if len(w) > LANG_MAX_WORD:
            continue
        low = w.lower()
        run = run + 1 if low == last else 1
        last = low
        if run > LANG_MAX_REPEAT:
            continue
        words.append(w)
        size += len(w) + 1
        if size >= LANG_SAMPLE:
            break
    return words


def apply_date(doc: Document) -> None:
    """Normalise doc.date in place; keep the raw value in meta when it differs, warn when unreadable."""
    raw = doc.date
    if raw is None:
        return
    if isinstance(raw, str) and len(raw) == 10 and parse_date(raw) == (raw, None):
        return
    iso, warning = parse_date(raw)
    if hasattr(raw, "isoformat"):          # a date/datetime object from the Python API: keep it as text
        raw = raw.isoformat()
    if raw != iso:
        doc.meta.setdefault("date_raw", raw)
    doc.date = iso
    if warning:
        doc.meta["date_warning"] = warning


def parsable(doc: Document) -> Document:
    """The document as the parser can take it, for Documents made in Python and given to code_batch without
    the checks of ingest: itself; a failed copy when its text is no string; a copy whose lone surrogates (a str
    built from "\\ud800": no UTF-8 can hold them, and the tokenizer raises on them) are each U+FFFD, same offsets."""
    if doc.status != OK:
        return doc
    if not isinstance(doc.text, str):
        return dataclasses.replace(doc, text="", status=FAILED,
                                   reason=f"text is not a string ({type(doc.text).__name__})")
    if _SURROGATE_RE.search(doc.text):
        text, n = _SURROGATE_RE.subn("\ufffd", doc.text)
        meta = dict(doc.meta) if isinstance(doc.meta, dict) else {}
        return dataclasses.replace(doc, text=text, meta={**meta, "invalid_unicode": meta.get("invalid_unicode", 0) + n})
    return doc


def check_document(doc: Document, *, max_chars: int = DEFAULT_MAX_CHARS, detect_language: bool = True) -> Document:
    """Apply the text checks to doc (in place) and return it.  Idempotent."""
    if doc.status != OK:
        return doc
    if doc.meta is None or not isinstance(doc.meta, dict):
        doc.meta = {} if doc.meta is None else {"meta_raw": doc.meta}
    text = doc.text
    if not isinstance(text, str):
        doc.text = ""
        doc.status, doc.reason = FAILED, f"text is not a string ({type(text).__name__})"
        return doc
    try:
        if _SURROGATE_RE.search(text):
            text, n = fix_surrogates(text)
            doc.meta["invalid_unicode"] = doc.meta.get("invalid_unicode", 0) + n
        for key in ("id", "title", "url", "source"):
            value = getattr(doc, key)
            if isinstance(value, str) and _SURROGATE_RE.search(value):
                setattr(doc, key, fix_surrogates(value)[0])
        doc.text = text
        if not isinstance(doc.id, str) or not doc.id:
            if doc.id not in (None, ""):
                doc.meta.setdefault("id_raw", doc.id)
                if not isinstance(doc.id, int) or isinstance(doc.id, bool):
                    doc.meta.setdefault("id_warning", f"id is not a usable string or integer (got {type(doc.id).__name__})")
            doc.id = str(doc.id) if isinstance(doc.id, int) and not isinstance(doc.id, bool) else content_id(text)
        apply_date(doc)
        if is_binary_text(text):
            doc.status, doc.reason = SKIPPED, "binary content"
            return doc
        text, removed = strip_controls(text)
        if removed:
            doc.meta["control_chars_removed"] = doc.meta.get("control_chars_removed", 0) + removed
        if "markup" not in doc.meta:
            stripped = strip_markup(text)
            if stripped is not None:
                # the text as given stays with the document (nothing a user gave is lost); the plain text is coded
                doc.meta["text_html"] = text
                text, notes = stripped
                doc.meta.update(notes)
                if not doc.title and notes.get("html_title"):
                    doc.title = notes["html_title"]
        if not text.strip():
            doc.text = text
            doc.status, doc.reason = SKIPPED, "empty text"
            return doc
        if not _WORD_RE.search(text):
            doc.text = text
            doc.status, doc.reason = SKIPPED, "no words in text"
            return doc
        if max_chars and len(text) > max_chars:
            original = len(text)
            cut = truncate(text, max_chars)
            doc.meta.setdefault("truncated", original)
            # nothing given is lost: the part not coded stays with the document (the store keeps its meta)
            doc.meta.setdefault("truncated_tail", text[len(cut):])
            text = cut
            log.warning("document %s truncated from %d to %d characters", doc.id, original, len(text))
        doc.text = text
        if detect_language:
            lang = guess_language(text)
            if lang is not None and lang != "en":
                doc.meta["language"] = lang
                doc.status, doc.reason = SKIPPED, f"language: {lang} (not English)"
                return doc
    except Exception as exc:  # a check must never take the pipeline down
        doc.status, doc.reason = FAILED, f"ingest check error: {type(exc).__name__}: {exc}"
    return doc


# Ids eventwire makes for a record that cannot be read and gives no id of its own are its place marked with a
# leading "@" ("@bad.jsonl:28"); a user's own id that starts with "@" is stored with the "@" doubled
# ("@x" -> "@@x", the id as given in meta "id_raw"), so no id a user gives can take one made for a bad record.
PLACE_MARK = "@"


def place_id(place: str) -> str:
    """The id of a record known only by its place (``bad.jsonl:28``, ``feed.rss#3``, a file that cannot be
    read): ``@`` + the place, never the id of a user's record (see ``own_id``).  A place that itself starts
    with ``@`` or a backslash gets a backslash first, so two places never share an id and the second
    character is never ``@``."""
    place = str(place)
    if place.startswith((PLACE_MARK, "\\")):
        place = "\\" + place
    return PLACE_MARK + place


def own_id(value: str, meta: Optional[dict] = None) -> str:
    """A user's own id as stored: unchanged, unless it starts with ``@`` (reserved for ``place_id``): then with
    the ``@`` doubled, the id as given kept in meta ``id_raw`` with an ``id_warning``."""
    if not value.startswith(PLACE_MARK):
        return value
    if meta is not None:
        meta.setdefault("id_raw", value)
        meta["id_warning"] = "ids starting with '@' are reserved for unreadable records; stored with '@' doubled"
    return PLACE_MARK + value


def failed(id: str, reason: str, *, origin: Optional[str] = None, meta: Optional[dict] = None) -> Document:
    return Document(id=id, text="", status=FAILED, reason=reason, origin=origin, meta=meta or {})
