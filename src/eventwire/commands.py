"""`eventwire code` and `eventwire events`: the main job and a readable look at what it stored."""
from __future__ import annotations

import json
import logging
import os
import sys
import time


log = logging.getLogger("eventwire")


def register(sub) -> None:
    p = sub.add_parser("code", help="code news into events (txt, folder, jsonl, html, rss/atom, warc)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files or folders ('-' for JSONL on stdin)")
    p.add_argument("--output", "-o", help="write one JSON record per input record to this JSONL file ('-' for stdout)")
    p.add_argument("--db", default=None, help="DuckDB file to store into (default: eventwire.duckdb, or 'db' in eventwire.toml)")
    p.add_argument("--no-db", action="store_true", help="do not store anything (output file only)")
    p.add_argument("--workers", type=int, default=0, help="processes (default: number of cores, 1 for small inputs)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor file(s) (TSV, see docs/DATA.md)")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE", help="extra lexicon file(s)")
    p.add_argument("--force", action="store_true", help="code documents again even if the database has them")
    p.add_argument("--max-chars", type=int, default=200_000, help="truncate longer documents (with a warning)")
    p.add_argument("--max-record-bytes", type=int, default=None,
                   help="a JSON line longer than this is a failed record (default 16 MiB)")
    p.add_argument("--max-input-bytes", type=int, default=None,
                   help="a file larger than this after gunzip is refused as failed (default 256 MiB)")
    p.add_argument("--doc-timeout", type=_seconds, default=None, metavar="SECONDS",
                   help="a document whose coding takes longer is failed with reason 'timeout' and the run goes on "
                        "(default 120, or $EVENTWIRE_DOC_TIMEOUT)")
    p.add_argument("--quiet", "-q", action="store_true")
    p.set_defaults(func=cmd_code)

    e = sub.add_parser("events", help="print stored events as a table")
    e.add_argument("--db", default=None)
    e.add_argument("--start", help="from date YYYY-MM-DD")
    e.add_argument("--end", help="to date YYYY-MM-DD")
    e.add_argument("--actor", help="actor code prefix, source or target (e.g. IRN, IRNGOV)")
    e.add_argument("--actor-name", dest="actor_name", help="words of either actor's name or text (Merkel, opposition)")
    e.add_argument("--country", help="ISO3 of either actor")
    e.add_argument("--cameo", help="CAMEO code or root prefix (e.g. 19, 051)")
    e.add_argument("--plover", help="PLOVER type (e.g. ASSAULT)")
    e.add_argument("--quad", type=int, choices=[1, 2, 3, 4])
    e.add_argument("--text", help="text in the evidence")
    e.add_argument("--doc-id", "--doc", dest="doc_id", help="one document id (--doc is the older name)")
    e.add_argument("--corrected", action="store_const", const="true", default=None,
                   help="only events an analyst corrected (eventwire correct)")
    e.add_argument("--limit", type=int, default=50)
    e.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    e.set_defaults(func=cmd_events)


def _seconds(value: str) -> float:
    import argparse
    import math
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0: {value!r}")
    return seconds


def _workers(requested: int, first_batch: list) -> int:
    if requested and requested > 0:
        return requested
    return 1 if len(first_batch) < 64 else max(1, os.cpu_count() or 1)


def cmd_code(args) -> int:
    import itertools
    import signal
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import CodingPool

    logging_setup(args.quiet)
    if not apply_config(args):
        return 2
    t0 = time.perf_counter()
    if not args.no_db:
        _warm_up_story_index()
    from eventwire.ingest.checks import set_limits
    set_limits(args.max_input_bytes, args.max_record_bytes)
    if args.doc_timeout is not None:     # read by the pipeline in this process and in the workers it starts
        os.environ["EVENTWIRE_DOC_TIMEOUT"] = repr(args.doc_timeout)
    docs = read_inputs(args.paths, max_chars=args.max_chars)
    head = list(itertools.islice(docs, 64))
    workers = _workers(args.workers, head)
    docs = itertools.chain(head, docs)

    store = None
    if not args.no_db:
        from eventwire.store import Store, StoreError
        _parent(args.db)
        try:
            store = Store(args.db)
        except StoreError as exc:
            print(f"eventwire: {exc}", file=sys.stderr)
            return 2
    out = None
    if args.output:
        if args.output != "-":
            _parent(args.output)
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")

    run = CodeRun(store, done=store.done_ids() if store is not None and not args.force else set())
    progress = None
    if sys.stderr.isatty() and not args.quiet:
        from tqdm import tqdm
        progress = tqdm(unit="doc", file=sys.stderr)

    # Ctrl-C: finish (and commit) the chunk in hand, then stop; a second Ctrl-C stops at once
    stop: list = []

    def on_sigint(signum, frame):
        stop.append(signum)
        signal.signal(signal.SIGINT, signal.default_int_handler)

    pool = CodingPool(workers, args.batch_size, actor_files=args.actors, lexicon_files=args.lexicon)
    old_handler = signal.signal(signal.SIGINT, on_sigint)
    planned = run.plan(docs)
    try:
        while not stop:
            chunk = list(itertools.islice(planned, args.batch_size * max(1, workers) * 4))
            if not chunk:
                break
            for rec in run.chunk(chunk, pool):
                if out is not None:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                if progress is not None:
                    progress.update(1)
        for rec in run.close():              # the last chunk, once committed, before the summary
            if out is not None:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    except BaseException:
        pool.__exit__(None, None, None)      # terminate the workers
        run.close()                          # a chunk already handed to the writer is committed whole
        raise
    finally:
        signal.signal(signal.SIGINT, old_handler)
    pool.close()
    if progress is not None:
        progress.close()
    if out is not None and out is not sys.stdout:
        out.close()
    if store is not None:
        try:
            store.aggregate()
        finally:
            store.close()
    if not args.quiet:
        print(run.summary(time.perf_counter() - t0, workers), file=sys.stderr)
    if stop:
        print("eventwire: interrupted; everything above is stored: run the same command again to resume",
              file=sys.stderr)
        return 130
    n = run.counts
    return 1 if n["failed"] and not n["coded"] else 0


class CodeRun:
    """One `eventwire code` run: which documents to code, and the output record of each, in input order.

    A document already in the database (a resumed run) is not coded again: its stored record is
    written out. An exact copy of a document coded earlier in this run is not coded again either:
    it gets the original's events, with "exact duplicate of ID" as its reason.
    """

    def __init__(self, store, done: set):
        import concurrent.futures
        import threading
        self.store, self.done = store, done
        # the database is written by one background thread, so that storing a chunk overlaps with
        # parsing the next one; every use of the store goes through this lock
        self._lock = threading.Lock()
        self._writer = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-store")
        self._pending = None
        self._pending_records: list = []
        self.seen_hash: dict = {}
        self.seen_ids: dict = {}          # id -> the text's hash, in this run: an id given twice with other text
        self.by_id: dict = {}
        self.counts = {"docs": 0, "coded": 0, "skipped": 0, "failed": 0, "events": 0, "resumed": 0, "duplicates": 0,
                       "bad_dates": 0, "repeated_ids": 0}

    def plan(self, docs):
        """(document, kind, original id) with kind "code", "done" or "dup"."""
        from eventwire.stories import exact_hash
        for d in docs:
            if d.status == "ok" and d.id in self.done:
                yield d, "done", None
                continue
            if d.status == "ok":
                h = exact_hash(d.text)        # the same characters: the original's offsets fit the copy
                if self.seen_ids.setdefault(d.id, h) != h:
                    # the store keeps one record per id: say so rather than replace the first one silently
                    self.counts["repeated_ids"] += 1
                    log.warning("record id %r given again with other text in this run: the output file has both, "
                                "the store keeps the later one", d.id)
                if h is not None and self.seen_hash.get(h, d.id) != d.id:
                    d.meta["duplicate_of"] = self.seen_hash[h]
                    yield d, "dup", self.seen_hash[h]
                    continue
                self.seen_hash[h] = d.id
            yield d, "code", None

    def chunk(self, chunk, pool) -> list[dict]:
        """Code one chunk, store it in one transaction, and return its output records."""
        from eventwire.model import CODED, SKIPPED, Result, jsonable_id
        code_docs = [d for d, kind, _ in chunk if kind == "code"]
        # results come back in input order (also from worker processes, where the objects are copies)
        results = {id(d): r for d, r in zip(code_docs, pool.code(code_docs))}
        to_store, records = [], []
        for d, kind, ref in chunk:
            if kind == "code":
                r = results[id(d)]
                to_store.append(r)
                rec = r.to_dict()
                if r.status == CODED:
                    self.by_id[d.id] = rec
            elif kind == "dup":
                self.counts["duplicates"] += 1
                orig = self.by_id.get(ref)
                rec = dict(orig or {"events": [], "places": [], "counts": []})
                rec.update({"id": d.id, "status": "coded" if orig else "skipped", "reason": f"exact duplicate of {ref}",
                            "date": d.date})
                for k in ("date_warning", "date_raw"):     # the copy's own input date, not the original's
                    rec.pop(k, None)
                    if d.meta.get(k) is not None and d.meta.get("date_warning"):
                        rec[k] = d.meta[k]
                rec.pop("id_warning", None)                # and its own id as given
                rec.pop("id_raw", None)
                if d.meta.get("id_warning"):
                    rec["id_warning"], rec["id_raw"] = d.meta["id_warning"], jsonable_id(d.meta.get("id_raw"))
                to_store.append(Result(document=d, status=CODED if orig else SKIPPED, reason=f"exact duplicate of {ref}"))
            else:
                self.counts["resumed"] += 1
                stored = None
                if self.store is not None:
                    with self._lock:
                        stored = self.store.result_record(d.id)
                rec = stored or {"id": d.id, "status": "coded", "reason": "already in the database",
                                 "events": [], "places": [], "counts": []}
            self.counts["docs"] += 1
            if d.meta.get("date_warning"):
                self.counts["bad_dates"] += 1
            self.counts[rec.get("status", "failed")] = self.counts.get(rec.get("status", "failed"), 0) + 1
            self.counts["events"] += len(rec.get("events", []))
            records.append(rec)
        if self.store is None:
            return records
        # one chunk in flight at a time: a write error surfaces here. A chunk's output records are handed out
        # only once its transaction is committed, so no output line says "coded" for a document not stored.
        self.wait()
        ready, self._pending_records = self._pending_records, records
        if to_store:
            self._pending = self._writer.submit(self._write, to_store)
        return ready

    def _write(self, results) -> None:
        with self._lock:
            self.store.write_batch(results)

    def wait(self) -> None:
        """Wait for the chunk being written (re-raising its error, if any)."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def close(self) -> list[dict]:
        """Wait for the last write; returns the output records still held back for it."""
        try:
            self.wait()
        finally:
            self._writer.shutdown(wait=True)
        ready, self._pending_records = self._pending_records, []
        return ready

    def summary(self, seconds: float, workers: int) -> str:
        n = self.counts
        return (f"eventwire: {n['docs']} documents ({n['coded']} coded, {n['skipped']} skipped, {n['failed']} failed"
                + (f", {n['resumed']} already stored" if n["resumed"] else "")
                + (f", {n['duplicates']} exact duplicates" if n["duplicates"] else "")
                + (f", {n['repeated_ids']} ids given again with other text (the store keeps the later)"
                   if n["repeated_ids"] else "")
                + (f", {n['bad_dates']} with an input date that could not be read (see date_warning)"
                   if n["bad_dates"] else "")
                + f"), {n['events']} events in {seconds:.1f} s ({n['docs'] / seconds if seconds else 0:.1f} docs/s, "
                + f"{workers} worker{'s' if workers > 1 else ''})")


def cmd_events(args) -> int:
    from eventwire.store import Store
    if not apply_config(args):
        return 2
    if not os.path.exists(args.db):
        print(f"eventwire: no database at {args.db} (run 'eventwire code' first)", file=sys.stderr)
        return 2
    from eventwire.filters import FilterError, check_filters
    filters = {k: getattr(args, k) for k in ("start", "end", "actor", "actor_name", "country", "cameo", "plover",
                                             "quad", "text", "doc_id", "corrected")
               if getattr(args, k, None) not in (None, "")}
    try:
        filters = check_filters(filters)
    except FilterError as exc:
        print(f"eventwire events: {exc}", file=sys.stderr)
        return 2
    store = Store(args.db, read_only=True)
    rows = store.query_events(limit=args.limit, **filters)
    store.close()
    if args.json:
        for r in rows:
            print(json.dumps(r, default=str, ensure_ascii=False))
        return 0
    cols = [("date", 10), ("source", 14), ("event", 34), ("target", 14), ("place", 16), ("evidence", 40)]
    print("  ".join(f"{c:<{w}}" for c, w in cols))
    print("  ".join("-" * w for _, w in cols))
    for r in rows:
        ev = f"{r.get('cameo', '')} {r.get('cameo_name') or r.get('plover_type') or ''}".strip()
        vals = [str(r.get("date") or ""), str(r.get("source_code") or "-"), ev, str(r.get("target_code") or "-"),
                str(r.get("place_name") or r.get("location_name") or ""), (r.get("evidence_text") or r.get("evidence") or "")]
        print("  ".join(f"{v[:w]:<{w}}" for v, (_, w) in zip(vals, cols)))
    print(f"({len(rows)} events)")
    return 0


def _warm_up_story_index() -> None:
    """Import the MinHash/LSH library (datasketch, which loads scipy: about a second) in a background
    thread while the spaCy model loads, instead of at the first database write."""
    import threading

    def _imp():
        try:
            import datasketch  # noqa: F401
        except Exception:  # noqa: BLE001 - the store reports it when it needs it
            pass
    threading.Thread(target=_imp, name="eventwire-warm-up", daemon=True).start()


def _parent(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)


def apply_config(args) -> bool:
    """eventwire.toml under the command line (eventwire.config); False, with a message, for a broken file."""
    from eventwire import config
    try:
        config.apply_to_args(args)
    except ValueError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return False
    return True


def logging_setup(quiet: bool) -> None:
    import logging
    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING, format="eventwire: %(levelname)s: %(message)s")
