"""Quad-class accuracy on sentences nobody on the project wrote (gold: one quad class per sentence).

    # GOLD.jsonl: {"id", "text", "quad"}; quad is verbal_cooperation, material_cooperation, verbal_conflict,
    # material_conflict, or neutral (no event)
    eventwire code GOLD.jsonl --no-db --workers 1 -o OUT.jsonl
    python benchmarks/dev_quad.py GOLD.jsonl OUT.jsonl [--first N]

A sentence's predicted class is its primary event's quad class (the event with the highest confidence; the first
one on a tie), or neutral when it has no event. Prints the share right, the share right among sentences with an
event in the gold, and a confusion table (rows gold, columns predicted). --first N scores the first N gold lines
only (the earlier fixed subset was the first 300).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "neutral")
_BY_NUMBER = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


def _load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _quad_of_root(cameo: str) -> int:
    r = int(str(cameo)[:2])
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def predicted(record) -> str:
    """The quad class of a coded record's primary event (highest confidence, first on a tie), or neutral."""
    events = (record or {}).get("events") or []
    if not events:
        return "neutral"
    best = max(enumerate(events), key=lambda ie: (ie[1].get("confidence") or 0.0, -ie[0]))[1]
    q = best.get("quad_class")
    if q is None and best.get("cameo"):
        q = _quad_of_root(best["cameo"])
    return _BY_NUMBER.get(q, "neutral")


def score(gold, pred) -> dict:
    by_id = {p["id"]: p for p in pred}
    conf = Counter()
    for g in gold:
        conf[(g["quad"], predicted(by_id.get(g["id"])))] += 1
    n = sum(conf.values())
    right = sum(v for (a, b), v in conf.items() if a == b)
    ev = sum(v for (a, _), v in conf.items() if a != "neutral")
    ev_right = sum(v for (a, b), v in conf.items() if a == b and a != "neutral")
    return {"sentences": n, "quad_acc": round(right / n, 3) if n else 0.0,
            "event_sentences": ev, "quad_acc_events": round(ev_right / ev, 3) if ev else 0.0,
            "missing_outputs": sum(1 for g in gold if g["id"] not in by_id), "confusion": conf}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--first", type=int, default=0, help="score only the first N gold sentences")
    a = ap.parse_args(argv)
    gold = _load(a.gold)
    if a.first:
        gold = gold[:a.first]
    s = score(gold, _load(a.out))
    conf = s.pop("confusion")
    print(" ".join(f"{k}={v}" for k, v in s.items()))
    short = {c: c.replace("verbal_", "v_").replace("material_", "m_").replace("cooperation", "coop")
             .replace("conflict", "confl") for c in CLASSES}
    print("gold \\ pred".ljust(12) + "".join(short[c].rjust(9) for c in CLASSES) + "   n".rjust(7) + "  right")
    for g in CLASSES:
        row = [conf[(g, p)] for p in CLASSES]
        tot = sum(row)
        print(short[g].ljust(12) + "".join(str(v).rjust(9) for v in row) + str(tot).rjust(7)
              + (f"  {conf[(g, g)] / tot:.3f}" if tot else ""))


if __name__ == "__main__":
    main()
