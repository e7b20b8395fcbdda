"""Where the coder's CPU goes, by sampling (not by cProfile): ``Pipeline._code_one`` over parsed articles, with a
SIGPROF timer that records the Python stack every few milliseconds of process CPU.

    python benchmarks/sample_profile.py ARTICLES.jsonl [--docs 60] [--passes 1] [--interval 0.002]
                                        [--focus _plain,sentence_mentions] [--top 60]

cProfile adds the same cost to every call it sees, and spaCy's compiled token accessors are among them: under it
``Doc.__getitem__`` (a Token made by ``doc[i]``, ``tok.head``, ``tok.children``) looked like a tenth of the coding,
though a Token costs about 0.1 us against 0.04 us for a list's item (a few 1/100 of the coding for the 2.3 million
made on 60 articles). Samples cost nothing per call, so their shares are the functions' own:

- inclusive: the share of samples with the function anywhere on the stack (each function once a sample);
- self: the share with it innermost (a compiled call counts for the Python function that made it);
- with ``--focus F,G``: for each named function, the share of samples at each of its lines (inclusive: what that
  line and all it calls cost), to find which call of a large function holds its time.

Shares only; nothing here asserts a time. The parses are made first (not sampled), and one document is coded once
before the timer starts so that the lazy tables are loaded.
"""
from __future__ import annotations

import argparse
import collections
import json
import signal
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--interval", type=float, default=0.002, help="seconds of process CPU between samples")
    ap.add_argument("--focus", default="", help="function names (comma-separated) to break down by line")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    from eventwire import nlp
    from eventwire.model import Document
    from eventwire.pipeline import default_pipeline, parse_text

    docs = []
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            if len(docs) >= args.docs:
                break
            r = json.loads(line)
            docs.append(Document(id=r["id"], text=r["text"], date=r.get("date")))
    pipe = default_pipeline()
    reads = [pipe.readable(d.text) for d in docs]
    parsed = list(nlp.parse_with(pipe.nlp, (parse_text(r, pipe.names) for r in reads), batch_size=32))
    if docs:
        pipe._code_one(docs[0], parsed[0], reads[0])      # (tables loaded before the timer starts)

    focus = {f for f in args.focus.split(",") if f}
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    lines: collections.Counter = collections.Counter()
    total = [0]

    def name(code) -> tuple:
        return code.co_filename.split("/src/")[-1].split("/site-packages/")[-1], code.co_name

    def sample(_sig, frame) -> None:
        total[0] += 1
        own[name(frame.f_code)] += 1
        seen, seen_lines = set(), set()
        while frame is not None:
            key = name(frame.f_code)
            if key not in seen:
                seen.add(key)
                inclusive[key] += 1
            if key[1] in focus and (key[1], frame.f_lineno) not in seen_lines:
                seen_lines.add((key[1], frame.f_lineno))
                lines[(key[1], frame.f_lineno or 0)] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    cpu = time.process_time()
    for _ in range(args.passes):
        for d, sdoc, r in zip(docs, parsed, reads):
            pipe._code_one(d, sdoc, r)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - cpu
    n = max(total[0], 1)
    print(f"coding CPU {cpu:.2f} s, {total[0]} samples ({len(docs)} documents x {args.passes} passes)")
    print("\n== inclusive share (%)")
    for (path, fn), v in inclusive.most_common(args.top):
        print(f"{100 * v / n:5.1f}  {fn}  ({path})")
    print("\n== self share (%)")
    for (path, fn), v in own.most_common(args.top // 2):
        print(f"{100 * v / n:5.1f}  {fn}  ({path})")
    if focus:
        print("\n== by line of the focused functions, inclusive share (%)")
        for (fn, line), v in sorted(lines.items()):
            if 100 * v / n >= 0.2:
                print(f"{100 * v / n:5.1f}  {fn}:{line}")


if __name__ == "__main__":
    main()
