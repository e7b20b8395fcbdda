"""The hand audit of ../shared/AUDIT.md (or any AUDIT-style procedure), made repeatable.

    # draw a fixed sample of events from an `eventwire code` output and write one sheet per judge
    python benchmarks/audit.py sample OUT.jsonl ARTICLES.jsonl DIR [--n 150] [--parts 3] [--seed 14]

    # each judge writes DIR/answers_K.jsonl, one line per event:
    #   {"key": "...", "real": true, "root": true, "source": false, "target": true,
    #    "failure": "no source" | "wrong source" | "no target" | "wrong target" | "not an event" |
    #               "wrong root" | "reported speech" | "duplicate" | null, "why": "..."}
    python benchmarks/audit.py tally DIR

The sample is drawn with a fixed seed over all coded events in input order, so two versions of the coder
are audited on samples drawn the same way (not on the same events: the events differ).
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

FAILURES = ("no source", "wrong source", "no target", "wrong target", "not an event", "wrong root",
            "reported speech", "duplicate")


def _actor(a) -> str:
    if not a:
        return "(none)"
    bits = [a.get("code") or "?"]
    if a.get("name"):
        bits.append(f"name={a['name']!r}")
    bits.append(f"from text {a.get('text')!r}")
    return " ".join(bits)


def sample(out_path, articles_path, folder, n=150, parts=3, seed=14):
    from eventwire.ontology import cameo
    events = []
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for k, e in enumerate(r.get("events", [])):
                events.append((r["id"], k, e))
    random.Random(seed).shuffle(events)
    picked = events[:n]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for p in range(parts):
        rows = picked[p::parts]
        lines = [f"# Audit sheet {p + 1} of {parts}: {len(rows)} events", "",
                 f"Articles: `{articles_path}` (one JSON object a line; find the article by its `id`).", ""]
        for rid, k, e in rows:
            code = cameo(e["cameo"])
            lines += [f"## key `{rid}#{k}`", f"- article id: `{rid}`, sentence {e['sentence']}",
                      f"- sentence: {e.get('sentence_text')!r}",
                      f"- trigger: {e['evidence']['text']!r}",
                      f"- CAMEO {e['cameo']} ({code.name if code else '?'})",
                      f"- source: {_actor(e.get('source'))}", f"- target: {_actor(e.get('target'))}", ""]
        (folder / f"sheet_{p + 1}.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(picked)} of {len(events)} events in {parts} sheets under {folder}")


def tally(folder):
    folder = Path(folder)
    answers = []
    for path in sorted(folder.glob("answers_*.jsonl")):
        with open(path, encoding="utf-8") as f:
            answers += [json.loads(l) for l in f if l.strip()]
    n = len(answers)
    if not n:
        print("no answers")
        return
    real = sum(bool(a.get("real")) for a in answers)
    root = sum(bool(a.get("real")) and bool(a.get("root")) for a in answers)
    dyad = sum(all(bool(a.get(k)) for k in ("real", "root", "source", "target")) for a in answers)
    fails = Counter(a.get("failure") for a in answers if a.get("failure"))
    print(f"events={n} real={real / n:.0%} root={root / n:.0%} dyad={dyad / n:.0%}")
    print("failures: " + ", ".join(f"{k} {fails.get(k, 0)}" for k in FAILURES))


def main(argv=None):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("output"); s.add_argument("articles"); s.add_argument("folder")
    s.add_argument("--n", type=int, default=150); s.add_argument("--parts", type=int, default=3)
    s.add_argument("--seed", type=int, default=14)
    t = sub.add_parser("tally"); t.add_argument("folder")
    a = ap.parse_args(argv)
    if a.cmd == "sample":
        sample(a.output, a.articles, a.folder, a.n, a.parts, a.seed)
    else:
        tally(a.folder)


if __name__ == "__main__":
    main()
