"""The hand audit of ../shared/AUDIT.md (or any AUDIT-style procedure), made repeatable.

    # draw a fixed sample of events from an `eventwire code` output and write one sheet per judge
    python benchmarks/audit.py sample OUT.jsonl ARTICLES.jsonl DIR [--n 150] [--parts 3] [--seed 14]

    # each judge writes DIR/answers_K.jsonl, one line per event:
    #   {"key": "...", "real": true, "root": true, "source": false, "target": true,
    #    "failure": "no source" | "wrong source" | "no target" | "wrong target" | "not an event" |
    #               "wrong root" | "reported speech" | "duplicate" | null, "why": "..."}
    python benchmarks/audit.py tally DIR

    # a paired audit of two versions: the same sentences drawn from both outputs (sentences where either version
    # coded an event), each judge given one sheet of each version as X and Y without knowing which is which
    python benchmarks/audit.py paired BEFORE.jsonl AFTER.jsonl ARTICLES.jsonl DIR [--sentences 90] [--parts 3] [--seed 14]
    python benchmarks/audit.py tally DIR      # per version, from DIR/key.json

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


def _sheet(title, articles_path, rows):
    from eventwire.ontology import cameo
    lines = [title, "", f"Articles: `{articles_path}` (one JSON object a line; find the article by its `id`).", ""]
    for rid, k, e in rows:
        code = cameo(e["cameo"])
        lines += [f"## key `{rid}#{k}`", f"- article id: `{rid}`, sentence {e['sentence']}",
                  f"- sentence: {e.get('sentence_text')!r}",
                  f"- trigger: {e['evidence']['text']!r}",
                  f"- CAMEO {e['cameo']} ({code.name if code else '?'})",
                  f"- source: {_actor(e.get('source'))}", f"- target: {_actor(e.get('target'))}", ""]
    return "\n".join(lines)


def _events(out_path) -> dict:
    """{(record id, sentence): [(record id, event index, event)]} of an `eventwire code` output."""
    by: dict = {}
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for k, e in enumerate(r.get("events", [])):
                by.setdefault((r["id"], e["sentence"]), []).append((r["id"], k, e))
    return by


def _coded(evs) -> list:
    return sorted(tuple(str(x) for x in (e.get("cameo"), (e.get("source") or {}).get("code"),
                                         (e.get("target") or {}).get("code"), (e.get("evidence") or {}).get("text")))
                  for _, _, e in evs)


def paired(before_path, after_path, articles_path, folder, n=90, parts=3, seed=14, changed=False):
    """Sheets of the same sentences from two outputs: every event each version coded in them; with `changed`, only
    sentences whose events differ between the versions (code, actors or trigger)."""
    before, after = _events(before_path), _events(after_path)
    keys = sorted(set(before) | set(after))
    if changed:
        keys = [k for k in keys if _coded(before.get(k, [])) != _coded(after.get(k, []))]
    rng = random.Random(seed)
    rng.shuffle(keys)
    picked = keys[:n]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = {}
    for p in range(parts):
        sents = sorted(picked[p::parts])
        sides = ["before", "after"]
        rng.shuffle(sides)
        for label, side in zip("XY", sides):
            by = before if side == "before" else after
            rows = [ev for s in sents for ev in by.get(s, [])]
            title = (f"# Audit sheet {p + 1}{label}: {len(rows)} events from {len(sents)} sentences (sheet "
                     f"{p + 1}{'Y' if label == 'X' else 'X'} has the same sentences as coded by another version)")
            (folder / f"sheet_{p + 1}{label}.md").write_text(_sheet(title, articles_path, rows), encoding="utf-8")
            key[f"{p + 1}{label}"] = side
    (folder / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"{len(picked)} of {len(keys)} sentences with events, {parts} pairs of sheets under {folder}")


def sample(out_path, articles_path, folder, n=150, parts=3, seed=14):
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
        title = f"# Audit sheet {p + 1} of {parts}: {len(rows)} events"
        (folder / f"sheet_{p + 1}.md").write_text(_sheet(title, articles_path, rows), encoding="utf-8")
    print(f"{len(picked)} of {len(events)} events in {parts} sheets under {folder}")


def tally(folder):
    folder = Path(folder)
    key_path = folder / "key.json"
    if key_path.exists():
        # a paired audit: answers_<sheet>.jsonl per sheet, tallied per version
        key = json.loads(key_path.read_text(encoding="utf-8"))
        for side in ("before", "after"):
            print(f"{side}: ", end="")
            _tally([p for s, v in sorted(key.items()) if v == side
                    for p in [folder / f"answers_{s}.jsonl"] if p.exists()])
        return
    _tally(sorted(folder.glob("answers_*.jsonl")))


def _tally(paths):
    answers = []
    for path in paths:
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
    q = sub.add_parser("paired")
    q.add_argument("before"); q.add_argument("after"); q.add_argument("articles"); q.add_argument("folder")
    q.add_argument("--sentences", type=int, default=90); q.add_argument("--parts", type=int, default=3)
    q.add_argument("--seed", type=int, default=14)
    q.add_argument("--changed", action="store_true", help="only sentences whose events differ between the versions")
    a = ap.parse_args(argv)
    if a.cmd == "sample":
        sample(a.output, a.articles, a.folder, a.n, a.parts, a.seed)
    elif a.cmd == "paired":
        paired(a.before, a.after, a.articles, a.folder, a.sentences, a.parts, a.seed, a.changed)
    else:
        tally(a.folder)


if __name__ == "__main__":
    main()
