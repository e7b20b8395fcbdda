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
        q.add_argument("--db", default=None, help="DuckDB file (default: eventwire.duckdb, or 'db' in eventwire.toml)")
        q.set_defaults(func=func, db_write=write)
        return q

    add("info", "row counts, statuses, stories, runs", cmd_info)
    add("aggregate", "rebuild the aggregated events table from the mentions", cmd_aggregate, write=True)
    q = add("stories", "the largest stories (near-duplicate groups)", cmd_stories)
    q.add_argument("--limit", type=int, default=20)
    q = add("document", "one stored document as JSON (text, events, places, counts)", cmd_document)
    q.add_argument("doc_id")
    add("checkpoint", "write the WAL into the database file and reclaim space", cmd_checkpoint, write=True)
    q = add("recode", "code stored documents again with the current lexicon and actor files; corrections are "
                      "put back on the same trigger, unmatched ones reported", cmd_recode, write=True)
    q.add_argument("--doc-id", action="append", default=[], metavar="ID", help="only this document (repeat or comma list)")
    q.add_argument("--start", help="story date from YYYY-MM-DD")
    q.add_argument("--end", help="story date to YYYY-MM-DD")
    q.add_argument("--corrected", action="store_true", help="only documents with corrections")
    q.add_argument("--limit", type=int, help="at most this many documents")
    q.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor file(s)")
    q.add_argument("--lexicon", action="append", default=[], metavar="FILE", help="extra lexicon file(s)")
    q.add_argument("--batch-size", type=int, default=16)
    q.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _open(args):
    from eventwire.commands import apply_config
    if not apply_config(args):             # eventwire.toml: db, actor and lexicon files
        from eventwire.store import StoreError
        raise StoreError("cannot read the configuration file")

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


def cmd_recode(args) -> int:
    from eventwire.filters import FilterError, check_filters
    from eventwire.store.recode import describe_unmatched, recode, stored_documents

    try:
        dates = check_filters({"start": args.start, "end": args.end})
    except FilterError as exc:
        print(f"eventwire db recode: {exc}", file=sys.stderr)
        return 2
    ids = [i.strip() for v in args.doc_id for i in v.split(",") if i.strip()]

    def body(store):
        from eventwire.pipeline import Pipeline
        docs = list(stored_documents(store, doc_ids=ids, start=dates.get("start"), end=dates.get("end"),
                                     corrected=args.corrected, limit=args.limit))
        if not docs:
            print("eventwire db recode: no stored document matches", file=sys.stderr)
            return 0
        # a pipeline of its own: the files are read now, as they are (an accepted suggestion included)
        pipe = Pipeline(actor_files=tuple(args.actors), lexicon_files=tuple(args.lexicon))
        rep = recode(store, docs, lambda batch: pipe.code(batch), batch_size=max(1, args.batch_size))
        if args.json:
            print(json.dumps(rep, default=str, ensure_ascii=False))
        print(f"eventwire db recode: {rep['documents']} documents, events {rep['mentions_before']} -> "
              f"{rep['mentions_after']}; corrections: {len(rep['applied'])} re-applied "
              f"({len(rep['agrees'])} of them now coded so by the coder itself), {len(rep['unmatched'])} unmatched",
              file=sys.stderr)
        for c in rep["unmatched"]:
            print(f"  unmatched: {describe_unmatched(c)}", file=sys.stderr)
    return _run(args, body)
