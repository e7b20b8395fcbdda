"""How much places + counts + dates add to parsing: per-document time of find_places, find_counts, story_date
and event_date (for every verb, as a stand-in for event triggers) against the spaCy parse time.

    python benchmarks/bench_knowledge.py [INPUT.jsonl] [--limit N]

INPUT.jsonl: {"id", "text", "date"?} lines; without one, a small built-in set of written news paragraphs is
repeated. Also reports the gazetteer's open time and lookup speed. The budget: knowledge <= 15% of parsing.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

_SAMPLE = [
    "BAGHDAD, July 4, 2012 (AP) - A car bomb exploded in a busy market in the northern city of Mosul on Tuesday, "
    "leaving 12 people dead and 30 hurt, according to police. It followed an assault by gunmen a day earlier on a "
    "checkpoint near Kirkuk. Officials in Baghdad blamed Islamic State militants who seized large parts of "
    "Nineveh province in summer 2014.",
    "Thousands of demonstrators filled the streets of central Nairobi on Friday, and police held 45 people after "
    "clashes near parliament. Kenyan officials said two officers were injured. The opposition leader, speaking "
    "in Mombasa, called for more rallies next week.",
    "The Alexandria City Council voted Monday to expand the police department. Residents of Pineville and "
    "Alexandria, La., spoke at the meeting, which Rapides Parish officials also attended.",
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?")
    ap.add_argument("--limit", type=int, default=300)
    a = ap.parse_args(argv)
    if a.input:
        recs = [json.loads(l) for l in open(a.input, encoding="utf-8") if l.strip()][:a.limit]
    else:
        recs = [{"id": str(i), "text": _SAMPLE[i % len(_SAMPLE)], "date": "2016-06-26"} for i in range(60)]

    from eventwire.knowledge import gazetteer as g
    t = time.perf_counter()
    path = g.default_path()
    built = not path.exists()
    gaz = g.default_gazetteer()
    t_open = time.perf_counter() - t
    t = time.perf_counter()
    g.Gazetteer.open(path)
    t_reopen = time.perf_counter() - t
    names = ["Mosul", "Alexandria", "Springfield", "Georgia", "Iraqi", "Paris", "Nowhereville", "Kabul"]
    t = time.perf_counter()
    n = 0
    for i in range(2000):
        gaz._cache.clear() if i % len(names) == 0 else None
        gaz.lookup(names[i % len(names)])
        n += 1
    t_lookup = (time.perf_counter() - t) / n

    from eventwire import nlp
    from eventwire.knowledge.places import find_places, event_location, dateline_place
    from eventwire.knowledge.counts import find_counts
    from eventwire.knowledge.dates import story_date, event_date
    nl = nlp.load()
    nl("warm up")
    find_places(nl("Warm up in Baghdad."))
    parse_t, know_t = [], []
    for r in recs:
        t0 = time.perf_counter()
        doc = nl(r["text"])
        t1 = time.perf_counter()
        places = find_places(doc)
        dl = dateline_place(doc, places)
        sd, _ = story_date(r["text"], r.get("date"))
        counts = find_counts(doc)
        for tok in doc:
            if tok.pos_ == "VERB":
                event_location(doc, tok.i, places, dl)
                event_date(doc, tok.i, sd)
        t2 = time.perf_counter()
        parse_t.append(t1 - t0); know_t.append(t2 - t1)
    P, K = sum(parse_t), sum(know_t)
    print(f"gazetteer: {'built and ' if built else ''}opened in {t_open:.2f}s, reopened in {t_reopen * 1000:.1f} ms, "
          f"lookup {t_lookup * 1e6:.0f} us (uncached mix)")
    print(f"{len(recs)} docs: parse {1000 * statistics.mean(parse_t):.1f} ms/doc, places+counts+dates "
          f"{1000 * statistics.mean(know_t):.2f} ms/doc; ratio {100 * K / P:.1f}% of parse time "
          f"({'within' if K <= 0.15 * P else 'OVER'} the 15% budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
