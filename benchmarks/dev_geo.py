"""Measure toponym recognition/resolution (find_places) or event locations (event_location) on a JSONL set.

    python benchmarks/dev_geo.py geo INPUT.jsonl OUT.jsonl [--limit N]
    python benchmarks/dev_geo.py loc INPUT.jsonl OUT.jsonl --gold GOLD.jsonl [--limit N]

`loc` treats the gold verb token as the event trigger ("location given the right verb") and writes one event per
record with its location, so the event_location scorer can read it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from eventwire import nlp
from eventwire.knowledge.places import find_places, event_location, dateline_place


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["geo", "loc"])
    ap.add_argument("input"); ap.add_argument("output")
    ap.add_argument("--gold"); ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args(argv)
    recs = [json.loads(l) for l in open(a.input, encoding="utf-8") if l.strip()]
    if a.limit:
        recs = recs[:a.limit]
    gold = {}
    if a.gold:
        gold = {json.loads(l)["id"]: json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()}
    t_parse = t_places = 0.0
    with open(a.output, "w", encoding="utf-8") as out:
        t0 = time.perf_counter()
        docs = nlp.parse([r["text"] for r in recs])
        for r in recs:
            t1 = time.perf_counter()
            doc = next(docs)
            t2 = time.perf_counter(); t_parse += t2 - t1
            places = find_places(doc)
            events = []
            if a.mode == "loc" and r["id"] in gold:
                v = gold[r["id"]]["verb"]
                span = doc.char_span(v["start"], v["end"], alignment_mode="expand")
                if span is not None:
                    loc = event_location(doc, span.root.i, places, dateline_place(doc, places))
                    events.append({"evidence": {"text": v["text"], "start": v["start"], "end": v["end"]},
                                   "location": loc.to_dict() if loc else None})
            t_places += time.perf_counter() - t2
            out.write(json.dumps({"id": r["id"], "status": "coded", "events": events,
                                  "places": [p.to_dict() for p in places]}) + "\n")
    print(f"{len(recs)} docs: parse {t_parse:.1f}s, places {t_places:.2f}s ({100 * t_places / max(t_parse, 1e-9):.1f}%)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
