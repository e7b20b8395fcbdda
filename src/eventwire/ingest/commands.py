"""``eventwire ingest PATH... [--output OUT.jsonl]``: read inputs and write the Documents as JSONL
(one line per input record, with status/reason), plus a status summary on stderr.
Also runnable as ``python -m eventwire.ingest``."""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="files, folders, or - for JSONL on stdin")
    p.add_argument("--output", "-o", default="-", help="where to write the Documents as JSONL (default stdout)")
    p.add_argument("--max-chars", type=int, default=200_000, help="truncate longer texts (default 200000)")
    p.add_argument("--no-language", action="store_true", help="do not skip non-English texts")
    p.add_argument("--no-text", action="store_true", help="leave the text out of the output (inspection)")


def run(args) -> int:
    from eventwire.ingest import read_inputs

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    counts: collections.Counter = collections.Counter()
    t0 = time.perf_counter()
    n = 0
    try:
        for doc in read_inputs(args.paths, max_chars=args.max_chars, detect_language=not args.no_language):
            d = doc.to_dict()
            if args.no_text:
                d["text"] = f"<{len(doc.text)} chars>"
            out.write(json.dumps(d, ensure_ascii=False, default=str) + "\n")
            counts[(doc.status, doc.reason if doc.status != "failed" else doc.reason.split(":")[0])] += 1
            n += 1
    finally:
        if out is not sys.stdout:
            out.close()
    dt = time.perf_counter() - t0
    print(f"{n} documents in {dt:.2f}s", file=sys.stderr)
    for (status, reason), c in counts.most_common():
        print(f"  {c:7d}  {status}{': ' + reason if reason else ''}", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("ingest", help="read inputs into Documents (JSONL) with ingest checks")
    add_arguments(p)
    p.set_defaults(func=run)
