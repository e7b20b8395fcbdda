"""`eventwire db recode`: code stored documents again with the current lexicon and actor files (the packaged ones
plus --actors/--lexicon and eventwire.toml's), store the new events in place of the old, and put every standing
analyst's correction back on the mention with the same trigger span (store/corrections.py: reapply).
Corrections with no such mention any more are reported, never dropped."""
from __future__ import annotations

import json
from typing import Callable, Iterator, Optional, Sequence

from eventwire.model import Document


def stored_documents(store, *, doc_ids: Sequence[str] = (), start: Optional[str] = None, end: Optional[str] = None,
                     corrected: bool = False, limit: Optional[int] = None) -> Iterator[Document]:
    """The stored documents with text matching the filters, as Documents to code again (id order)."""
    where, params = ["text IS NOT NULL"], []
    if doc_ids:
        where.append(f"id IN ({','.join('?' * len(doc_ids))})")
        params.extend(doc_ids)
    if start:
        where.append("date >= ?")
        params.append(start)
    if end:
        where.append("date <= ?")
        params.append(end)
    if corrected:
        where.append("id IN (SELECT doc_id FROM corrections WHERE status <> 'undone')")
    sql = ("SELECT id, text, strftime(date, '%Y-%m-%d'), title, url, source, origin, meta FROM documents WHERE "
           + " AND ".join(where) + " ORDER BY id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    for doc_id, text, date, title, url, source, origin, meta in store.con.execute(sql, params).fetchall():
        try:
            meta = json.loads(meta) if meta else {}
        except ValueError:
            meta = {}
        yield Document(id=doc_id, text=text, date=date, title=title, url=url, source=source, origin=origin,
                       meta=meta if isinstance(meta, dict) else {})


def recode(store, documents: Sequence[Document], coder: Callable, batch_size: int = 16,
           progress: Optional[Callable[[int], None]] = None) -> dict:
    """Code ``documents`` with ``coder`` (list[Document] -> list[Result]), write each batch (one transaction,
    corrections re-applied inside it), then aggregate. Returns counts and the corrections report."""
    report: dict = {"documents": 0, "mentions_before": 0, "mentions_after": 0,
                    "applied": [], "unmatched": [], "agrees": []}
    ids = [d.id for d in documents]
    if ids:
        report["mentions_before"] = _mentions(store, ids)
    for i in range(0, len(documents), batch_size):
        batch = list(documents[i:i + batch_size])
        results = coder(batch)
        store.write_batch(results)
        rep = store.last_reapply or {}
        for k in ("applied", "unmatched", "agrees"):
            report[k].extend(rep.get(k, []))
        report["documents"] += len(batch)
        if progress:
            progress(report["documents"])
    store.aggregate()
    if ids:
        report["mentions_after"] = _mentions(store, ids)
    return report


def _mentions(store, ids: Sequence[str]) -> int:
    return int(store.con.execute(f"SELECT count(*) FROM mentions WHERE doc_id IN ({','.join('?' * len(ids))}) "
                                 "AND NOT coalesce(not_event, false)", list(ids)).fetchone()[0])


def describe_unmatched(c: dict) -> str:
    change = "not an event" if c["after"].get("not_event") else ", ".join(
        f"{k} {c['before'].get(k) or '-'} -> {v or '-'}" for k, v in c["after"].items())
    trigger = c.get("evidence_text") or "?"
    where = f"{c['doc_id']} chars {c.get('evidence_start')}-{c.get('evidence_end')}"
    if c["after"].get("not_event"):
        return (f"correction {c['correction_id']} ({change}): the coder no longer codes {trigger!r} in {where}, "
                "as the correction says")
    return f"correction {c['correction_id']} ({change}): no mention of {trigger!r} in {where} any more"
