"""`eventwire db ...`: look after a store (info, aggregate, stories, document, checkpoint)."""
from __future__ import annotations

import json
import os
import sys


def register(subparsers) -> None:
    p = subparsers.add_parser("db", help="database maintenance: info, aggregate, stories, document, checkpoint")
    sub = p.add_subparsers(dest="db_command", metavar="ACTION")

    def add(name, help_text, func, write=False):
        q = sub.add_parser(name, help=help_text)
        q.add_argument("--db", default="eventwire.duckdb", help="DuckDB file (default: eventwire.duckdb)")
        q.set_defaults(func=func, db_write=write)
        return q

    add("info", "row counts, statuses, stories, runs", cmd_info)
    add("aggregate", "rebuild the aggregated events table from the mentions", cmd_aggregate, write=True)
    q = add("stories", "the largest stories (near-duplicate groups)", cmd_stories)
    q.add_argument("--limit", type=int, default=20)
    q = add("document", "one stored document as JSON (text, events, places, counts)", cmd_document)
    q.add_argument("doc_id")
    add("checkpoint", "write the WAL into the database file and reclaim space", cmd_checkpoint, write=True)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _open(args):
    from eventwire.store import Store, StoreError

    if not os.path.exists(args.db):
        raise StoreError(f"no eventwire database at {args.db}")
    return Store(args.db, read_only=not args.db_write)


def _run(args, body) -> int:
    from eventwire.store import StoreError

    try:
        with _open(args) as store:
            return body(store) or 0
    except StoreError as exc:
        print(f"eventwire db: {exc}", file=sys.stderr)
        return 2


def cmd_info(args) -> int:
    def body(store):
        info = store.stats()
        info["path"] = args.db
        info["runs"] = [dict(zip(("run_id", "started_at", "updated_at", "n_batches", "n_documents", "n_mentions"),
                                 (str(v) if v is not None else None for v in r)))
                        for r in store.con.execute("SELECT * FROM runs ORDER BY started_at").fetchall()]
        print(json.dumps(info, indent=2, default=str))
    return _run(args, body)


def cmd_aggregate(args) -> int:
    def body(store):
        store.aggregate()
        s = store.stats()
        print(f"eventwire db: {s['events']} events from {s['mentions']} mentions", file=sys.stderr)
    return _run(args, body)


def cmd_stories(args) -> int:
    def body(store):
        rows = store.con.execute(
            "SELECT story_id, count(*) AS n, count(DISTINCT outlet) AS outlets, min(date), max(date), "
            "arg_min(title, id) FROM documents GROUP BY story_id HAVING count(*) > 1 "
            "ORDER BY n DESC, story_id LIMIT ?", [args.limit]).fetchall()
        for story, n, outlets, first, last, title in rows:
            print(f"{story}\t{n} documents\t{outlets} outlets\t{first or ''}..{last or ''}\t{title or ''}")
        if not rows:
            print("(no story has more than one document)", file=sys.stderr)
    return _run(args, body)


def cmd_document(args) -> int:
    def body(store):
        doc = store.get_document(args.doc_id)
        if doc is None:
            print(f"eventwire db: no document {args.doc_id!r}", file=sys.stderr)
            return 1
        print(json.dumps(doc, indent=2, ensure_ascii=False, default=str))
    return _run(args, body)


def cmd_checkpoint(args) -> int:
    def body(store):
        store.con.execute("CHECKPOINT")
        print(f"eventwire db: checkpointed {args.db}", file=sys.stderr)
    return _run(args, body)
