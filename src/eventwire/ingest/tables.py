"""CSV and TSV files with a header: one record per row, mapped like a JSONL record.

The header names the fields (case and spaces ignored): ``text`` (or ``body``, ``content``, ``article``), and
optionally ``id``, ``date``, ``title``, ``url``, ``source``; other columns go into the record as they are. A row
is named ``@PATH:LINE`` when it has no id and cannot be read; a file with no text column gives one failed record.
"""
from __future__ import annotations

import csv
import io
import sys
from typing import Iterator

from eventwire.ingest.checks import DEFAULT_MAX_CHARS, failed, place_id
from eventwire.ingest.records import record_to_document
from eventwire.model import Document

TEXT_COLUMNS = ("text", "body", "content", "article", "story")


def read_table(data: bytes, name: str, delimiter: str, *, max_chars: int = DEFAULT_MAX_CHARS,
               detect_language: bool = True) -> Iterator[Document]:
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    csv.field_size_limit(min(sys.maxsize, 2 ** 31 - 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        yield failed(place_id(name), f"{name}: no header row", origin=name)
        return
    keys = [h.strip().lower().replace(" ", "_") for h in header]
    text_key = next((k for k in TEXT_COLUMNS if k in keys), None)
    if text_key is None:
        yield failed(place_id(name), f"{name}: no text column (one of {', '.join(TEXT_COLUMNS)}) in the header {header!r}",
                     origin=name)
        return
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield failed(place_id(f"{name}:{line}"), f"unreadable row: {exc}", origin=f"{name}:{line}")
            return
        if not any(cell.strip() for cell in row):
            continue
        record = {k: v for k, v in zip(keys, row) if k and v != ""}
        if text_key != "text" and text_key in record:
            record["text"] = record.pop(text_key)
        notes = {"extra_cells": len(row) - len(keys)} if len(row) > len(keys) else None
        yield record_to_document(record, fallback_id=place_id(f"{name}:{line}"), origin=f"{name}:{line}", notes=notes,
                                 max_chars=max_chars, detect_language=detect_language)
