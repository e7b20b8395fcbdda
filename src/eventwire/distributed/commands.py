"""`eventwire spark` (code on Apache Spark) and `eventwire spark-load` (Spark output -> DuckDB store)."""
from __future__ import annotations

import json
import sys

from eventwire.commands import _seconds, apply_config  # eventwire.toml under the command line


def register(sub) -> None:
    p = sub.add_parser("spark", help="code news on Apache Spark; Parquet out (documents, mentions, events by date)")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders or globs (local, hdfs://, s3a://, gs://): JSONL, JSON, text, HTML, "
                        "RSS/Atom, WARC; *.parquet or Parquet folders (columns id, text, date, ...)")
    p.add_argument("--output", "-o", required=True, metavar="DIR", help="output folder (overwritten unless --resume)")
    p.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, help="coding partitions (default: Spark's default parallelism)")
    p.add_argument("--batch-size", type=int, default=16, help="documents per code_batch call")
    p.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor file(s)")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE", help="extra lexicon file(s)")
    p.add_argument("--max-chars", type=int, default=200_000, help="truncate longer documents")
    p.add_argument("--doc-timeout", type=_seconds, default=None, metavar="SECONDS",
                   help="a document whose coding takes longer is failed with reason 'timeout' and the run goes on "
                        "(default 120, or $EVENTWIRE_DOC_TIMEOUT where the command runs)")
    p.add_argument("--keep-text", action="store_true", help="keep document text in OUTPUT/documents")
    p.add_argument("--resume", action="store_true",
                   help="skip documents already in OUTPUT/documents, append the rest, rebuild OUTPUT/events")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="extra Spark setting(s)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_spark)

    lp = sub.add_parser("spark-load", help="load an `eventwire spark` output folder into a DuckDB store")
    lp.add_argument("output", metavar="DIR", help="the --output folder of a Spark run (local)")
    lp.add_argument("--db", help="DuckDB file (default: eventwire.toml's db, else eventwire.duckdb)")
    lp.set_defaults(func=cmd_spark_load)


def _missing_spark() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'eventwire[spark]')"
    return None


def cmd_spark(args) -> int:
    msg = _missing_spark()
    if msg:
        print(f"eventwire: {msg}", file=sys.stderr)
        return 2
    conf = {}
    for item in args.conf:
        if "=" not in item:
            print(f"eventwire: --conf wants KEY=VALUE, got {item!r}", file=sys.stderr)
            return 2
        k, v = item.split("=", 1)
        conf[k] = v
    if args.partitions is not None and args.partitions < 1:
        print("eventwire: --partitions must be at least 1", file=sys.stderr)
        return 2
    if not apply_config(args):
        return 2
    from eventwire.distributed.spark import run

    try:
        s = run(args.inputs, args.output, master=args.master, partitions=args.partitions,
                batch_size=max(1, args.batch_size), actor_files=args.actors, lexicon_files=args.lexicon,
                max_chars=args.max_chars, keep_text=args.keep_text, resume=args.resume, conf=conf,
                doc_timeout=args.doc_timeout)
    except Exception as exc:  # Spark errors (no such path, cluster unreachable): one line, not a JVM trace
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"eventwire: spark run failed: {type(exc).__name__}: {first[:500]}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(s))
    else:
        done = f", {s['already_done']} already in the output" if s.get("already_done") else ""
        done += f", {s['duplicates']} exact duplicates" if s.get("duplicates") else ""
        print(f"eventwire: {s['documents']} documents ({s['coded']} coded, {s['skipped']} skipped, "
              f"{s['failed']} failed{done}), {s['mentions']} event mentions, {s.get('incidents', 0)} incidents, {s['events']} events in {s['seconds']:.1f} s "
              f"({s['partitions']} partitions) -> {args.output}", file=sys.stderr)
    return 1 if s["failed"] and not s["coded"] else 0


def cmd_spark_load(args) -> int:
    from pathlib import Path

    if not Path(args.output, "documents").is_dir():
        print(f"eventwire: {args.output} is not an `eventwire spark` output folder (no documents/)", file=sys.stderr)
        return 2
    if not apply_config(args):
        return 2
    from eventwire.distributed.spark import load_output

    n = load_output(args.output, args.db)
    print(f"eventwire: loaded {n['documents']} documents, {n['mentions']} mentions, {n.get('incidents', 0)} incidents into {args.db}; "
          f"{n['events']} events", file=sys.stderr)
    return 0
