"""Plain-text files: one Document per file, id = the file's stem."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from eventwire.model import Document, SKIPPED
from eventwire.ingest.checks import DEFAULT_MAX_CHARS, check_document, decode_bytes, is_binary_bytes


def text_document(data: bytes, doc_id: str, origin: str, *, max_chars: int = DEFAULT_MAX_CHARS,
                  detect_language: bool = True) -> Document:
    if is_binary_bytes(data):
        return Document(id=doc_id, text="", status=SKIPPED, reason="binary content", origin=origin,
                        meta={"bytes": len(data)})
    text, notes = decode_bytes(data)
    doc = Document(id=doc_id, text=text, origin=origin, meta=notes)
    return check_document(doc, max_chars=max_chars, detect_language=detect_language)


def read_text(path: Path, data: bytes, *, max_chars: int = DEFAULT_MAX_CHARS,
              detect_language: bool = True) -> Iterator[Document]:
    yield text_document(data, _stem(path), str(path), max_chars=max_chars, detect_language=detect_language)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz",):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return Path(name).stem or name
