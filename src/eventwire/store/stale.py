"""Failed rows a new write makes stale, so a rerun keeps one row per input record (issue 19).

1. Before ids made for unreadable records were marked with '@', such a record was stored under its bare place
   (``bad.jsonl:28``, ``in.json[3]``, ``<stdin>:4:1a2b3c4d``, ``PATH``); coded again it comes back as
   ``@bad.jsonl:28``. The old row is the same record: it is replaced when it is failed and has the same origin.
2. A file that could not be read at all was one failed row, id its place (``@PATH``, or ``PATH`` before the '@'
   ids) and origin ``PATH``; once a rerun reads records from it (``PATH:1``, ``PATH[2]``, ``PATH#3``,
   ``PATH@OFFSET``), that row no longer stands for anything in the file.

Only failed rows are ever removed, and only ones whose origin says they are the same record or the same file.
"""
from __future__ import annotations

from typing import Iterable, Optional

from eventwire.ingest.checks import PLACE_MARK, place_id
from eventwire.model import FAILED

# what follows a file's name in the origin of one of its records: a line, an array item, a feed or WARC record, an
# offset in the file
_RECORD_MARKS = (":", "[", "#", "@")


def legacy_id(doc_id: str) -> Optional[str]:
    """The id an unreadable record had before '@' ids (``checks.place_id`` undone); None for other ids."""
    if not doc_id.startswith(PLACE_MARK) or doc_id.startswith(PLACE_MARK * 2):
        return None
    place = doc_id[1:]
    return place[1:] if place.startswith("\\") else place


def _files_of(origin: str) -> set[str]:
    """The file names an origin may start with (``a:b.jsonl:3`` -> ``a``, ``a:b.jsonl``)."""
    return {origin[:i] for i, ch in enumerate(origin) if ch in _RECORD_MARKS and i > 0}


def stale_ids(con, docs: Iterable[dict], checked: Optional[set] = None) -> list[str]:
    """Ids of stored failed rows that the document rows ``docs`` (about to be written) take the place of.
    ``checked``: file names already looked up by this writer (each file costs one scan of the origins, once)."""
    docs = list(docs)
    checked = set() if checked is None else checked
    writing = {d["id"] for d in docs}
    same_record: dict[str, object] = {}          # old id -> the origin it must have
    files: set[str] = set()
    for d in docs:
        old = legacy_id(d["id"]) if d["status"] == FAILED else None
        if old is not None and old not in writing:
            same_record[old] = d.get("origin")
        if d.get("origin"):
            files |= _files_of(d["origin"])
    found: list[str] = []
    if same_record:
        ids = list(same_record)
        for doc_id, origin in con.execute(
                f"SELECT id, origin FROM documents WHERE status = ? AND id IN ({','.join('?' * len(ids))})",
                [FAILED] + ids).fetchall():
            if origin == same_record[doc_id]:
                found.append(doc_id)
    files -= {d.get("origin") for d in docs}     # a file failed whole in this very write stays as it is
    files -= checked
    checked |= files
    if files:
        names = sorted(files)
        marks = ",".join("?" * len(names))
        for doc_id, origin in con.execute(
                f"SELECT id, origin FROM documents WHERE status = ? AND origin IN ({marks})",
                [FAILED] + names).fetchall():
            if doc_id not in writing and doc_id in (origin, place_id(origin)):
                found.append(doc_id)
    return sorted(set(found))
