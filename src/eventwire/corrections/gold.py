"""`eventwire corrections export`: the sentences analysts corrected, as gold records in the JSONL format that
`eventwire eval` reads (evaluate/readers.py, ``jsonl``)::

    {"id": "<doc id>#<sentence>", "text": "<the sentence>", "date": "...", "events": [{"source", "target", "cameo"}],
     "note": "...", "corrections": [1, 3]}

One record per sentence with a standing correction: its events are the sentence's mentions as they stand (the
corrected ones as corrected; a mention corrected as not an event is left out, so a sentence whose only event was
one gives ``events: []``, the format's "no event here"; so does a not-an-event verdict whose trigger a re-code no
longer codes). The sentence's other mentions are taken as coded.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile


def gold_records(con) -> list[dict]:
    rows = con.execute("""
        SELECT c.doc_id, coalesce(m.sentence, c.sentence), list(DISTINCT c.correction_id ORDER BY c.correction_id)
        FROM corrections c LEFT JOIN mentions m ON m.mention_id = c.mention_id AND c.status = 'applied'
        WHERE c.status = 'applied' OR (c.status = 'unmatched' AND c.not_event)
        GROUP BY 1, 2 ORDER BY 1, 2""").fetchall()
    out = []
    for doc_id, sentence, cids in rows:
        doc = con.execute("SELECT text, strftime(date, '%Y-%m-%d') FROM documents WHERE id = ?", [doc_id]).fetchone()
        span = con.execute('SELECT start, "end" FROM sentences WHERE doc_id = ? AND idx = ?', [doc_id, sentence]).fetchone()
        mentions = con.execute("SELECT source_code, target_code, cameo, coalesce(not_event, false), sentence_text "
                               "FROM mentions WHERE doc_id = ? AND sentence = ? ORDER BY idx", [doc_id, sentence]).fetchall()
        text = doc[0][span[0]:span[1]] if doc and doc[0] and span else (mentions[0][4] if mentions else None)
        if not text:
            continue
        events = [{"source": s, "target": t, "cameo": c} for s, t, c, ne, _ in mentions if not ne]
        out.append({"id": f"{doc_id}#{sentence}", "text": text, "date": doc[1] if doc else None, "events": events,
                    "note": "analysts' corrections " + ", ".join(map(str, cids)) + " (eventwire corrections export)",
                    "corrections": list(cids)})
    return out


def register(csub) -> None:
    q = csub.add_parser("export", help="the corrected sentences as gold JSONL for 'eventwire eval'")
    q.add_argument("--db", default=None)
    q.add_argument("--output", "-o", required=True, help="gold JSONL file ('-' for standard output)")
    q.set_defaults(func=cmd_export)


def cmd_export(args) -> int:
    from eventwire.corrections.commands import open_store

    store = open_store(args, write=False)
    if store is None:
        return 2
    with store:
        recs = gold_records(store.con)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        folder = os.path.dirname(os.path.abspath(args.output))
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(lines)
        os.replace(tmp, args.output)
    n_none = sum(1 for r in recs if not r["events"])
    print(f"eventwire corrections export: {len(recs)} sentences ({n_none} with no event) -> {args.output}",
          file=sys.stderr)
    return 0
