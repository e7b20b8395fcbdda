"""`eventwire eval GOLD`: code a gold set with the pipeline and print how it did."""
from __future__ import annotations

import json
import sys
import time
from typing import Optional, Sequence

from eventwire.evaluate.readers import FORMATS, GoldFormatError, GoldSet, read_gold, to_documents


def register(sub) -> None:
    p = sub.add_parser("eval", help="measure the coder against a gold set (PETRARCH XML, PLOVER JSON, geo, eventwire JSONL)")
    p.add_argument("gold", metavar="GOLD", help="gold file (format guessed from its content unless --format)")
    p.add_argument("--format", choices=FORMATS, help="gold format (default: guessed)")
    p.add_argument("--db", metavar="PATH", help="also store the coded results in this DuckDB file")
    p.add_argument("--report", metavar="FILE.md", help="write the report as Markdown to this file")
    p.add_argument("--output", "-o", metavar="PRED.jsonl", help="write the coded output (one JSON record per gold record)")
    p.add_argument("--pred", metavar="PRED.jsonl", help="score this existing output instead of coding the texts")
    p.add_argument("--texts", metavar="FILE.jsonl", help="texts for a geo gold file that has none ({id, text} lines)")
    p.add_argument("--workers", type=int, default=1, help="processes to code with (default 1)")
    p.add_argument("--worst", type=int, default=10, metavar="N", help="how many worst misses to show (default 10)")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="only the first N gold records")
    p.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor file(s)")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE", help="extra lexicon file(s)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON instead of a report")
    p.set_defaults(func=cmd_eval)


def load_predictions(path: str) -> dict[str, dict]:
    """id -> output record, from a JSONL file of the output contract (bad lines are skipped)."""
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(r, dict) and r.get("id") is not None:
                out[str(r["id"])] = r
    return out


def code_gold(gold: GoldSet, workers: int = 1, actor_files: Sequence[str] = (), lexicon_files: Sequence[str] = (),
              db: Optional[str] = None, batch_size: int = 16) -> dict[str, dict]:
    """Code every gold text with the pipeline; id -> output record (the same dicts `eventwire code` writes)."""
    from eventwire.pipeline import code_stream
    docs = to_documents(gold)
    store = None
    if db:
        from eventwire.store import Store
        store = Store(db)
    out: dict[str, dict] = {}
    try:
        for batch in code_stream(docs, workers=max(1, workers), batch_size=batch_size,
                                 actor_files=actor_files, lexicon_files=lexicon_files):
            for r in batch:
                out[r.id] = r.to_dict()
            if store is not None:
                store.write_batch(batch)
        if store is not None and hasattr(store, "aggregate"):
            store.aggregate()          # stories and events tables, as `eventwire code` leaves them
    finally:
        if store is not None:
            store.close()
    return out


def _write_output(path: str, gold: GoldSet, pred: dict[str, dict], missing_reason: str) -> None:
    """One output record per gold record, in gold order ('-' for stdout)."""
    f = sys.stdout if path == "-" else open(path, "w", encoding="utf-8")
    try:
        for r in gold.records:
            rec = pred.get(r.id) or {"id": r.id, "status": "skipped", "reason": missing_reason,
                                     "events": [], "places": [], "counts": []}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if f is not sys.stdout:
            f.close()


def cmd_eval(args) -> int:
    from eventwire.evaluate.metrics import evaluate
    from eventwire.evaluate.report import render, summary_line
    try:
        gold = read_gold(args.gold, args.format, texts=args.texts)
    except GoldFormatError as exc:
        print(f"eventwire eval: {exc}", file=sys.stderr)
        return 2
    if args.limit and args.limit > 0:
        gold.records = gold.records[:args.limit]
    t0 = time.perf_counter()
    if args.pred:
        try:
            pred = load_predictions(args.pred)
        except OSError as exc:
            print(f"eventwire eval: cannot read {args.pred}: {exc}", file=sys.stderr)
            return 2
    else:
        try:
            pred = code_gold(gold, workers=args.workers, actor_files=args.actors, lexicon_files=args.lexicon, db=args.db)
        except Exception as exc:  # noqa: BLE001 - a pipeline that cannot start is reported, not raised
            print(f"eventwire eval: the pipeline could not code the gold texts: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    dt = time.perf_counter() - t0
    res = evaluate(gold, pred, worst=args.worst)
    res["seconds"] = round(dt, 2)
    try:
        if args.output:
            _write_output(args.output, gold, pred, "not in the predictions" if args.pred else "no text in the gold record")
        if args.report:
            with open(args.report, "w", encoding="utf-8") as f:
                f.write(render(res, markdown=True, title=f"eventwire eval: {args.gold}"))
    except OSError as exc:
        print(f"eventwire eval: cannot write: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(res, ensure_ascii=False, default=str))
    else:
        print(render(res, markdown=False, title=f"eventwire eval: {args.gold}"), end="")
        print(f"\n{summary_line(res)} seconds={dt:.1f}")
    return 0
