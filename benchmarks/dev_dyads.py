"""Dyad figures on dev data that nobody on the project wrote (issue 14). Reads outputs of `eventwire code`.

    # sentences with gold source and target spans (actor_spans.jsonl: {"id","text","source_spans","target_spans"})
    eventwire code SPANS.jsonl --no-db -o spans.out.jsonl
    python benchmarks/dev_dyads.py spans SPANS.jsonl spans.out.jsonl

    # whole articles: events with a country (or IGO/NGO/group code) on both sides, events with no actor,
    # bare sectors; with --against CASED.out.jsonl also the share of events, actor codes and places that agree
    # with a cased run (for a lower- or upper-cased copy of the same articles)
    python benchmarks/dev_dyads.py articles OUT.jsonl [--against CASED.out.jsonl]

    # a lower- or upper-cased copy of an input file
    python benchmarks/dev_dyads.py recase IN.jsonl OUT.jsonl --lower|--upper

`spans`: a gold span is found when a coded event's actor mention overlaps it (the `plv` scorer's rule);
dyad recall counts sentences where one event has both its source and its target on gold spans.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter


def _load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _spans(text, phrases):
    """Where each gold phrase is: its first occurrence as whole words ("Colombia" in "... a state of emergency in
    Colombia", not inside an earlier "Colombian"), else its first occurrence as a substring; case-insensitive
    when the exact case is not there."""
    out = []
    for p in phrases:
        i = -1
        for flags in (0, re.IGNORECASE):
            m = re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text, flags)
            if m is not None:
                i = m.start()
                break
        if i < 0:
            i = text.find(p)
        if i < 0:
            i = text.lower().find(p.lower())
        if i >= 0:
            out.append((i, i + len(p)))
    return out


def _over(actor, span) -> bool:
    return bool(actor) and actor.get("start") is not None and actor["start"] < span[1] and span[0] < actor["end"]


def spans(gold_path, pred_path) -> dict:
    gold = {g["id"]: g for g in _load(gold_path)}
    pred = {p["id"]: p for p in _load(pred_path)}
    n = coded = src = tgt = dyad = events = 0
    for gid, g in gold.items():
        s_spans = _spans(g["text"], g.get("source_spans") or [])
        t_spans = _spans(g["text"], g.get("target_spans") or [])
        if not s_spans or not t_spans:
            continue
        n += 1
        evs = (pred.get(gid) or {}).get("events", [])
        events += len(evs)
        coded += bool(evs)
        src += any(_over(e.get("source"), s) for e in evs for s in s_spans)
        tgt += any(_over(e.get("target"), t) for e in evs for t in t_spans)
        dyad += any(_over(e.get("source"), s) and _over(e.get("target"), t)
                    for e in evs for s in s_spans for t in t_spans)
    return {"sentences": n, "coded": round(coded / n, 3), "source_recall": round(src / n, 3),
            "target_recall": round(tgt / n, 3), "dyad_recall": round(dyad / n, 3), "events_per_sentence": round(events / n, 2)}


_GROUPISH = ("IGO", "IMG", "NGO", "MNC")


def _ethnic_codes() -> frozenset:
    """CAMEO ethnic codes of peoples without a state (src/eventwire/data/actors/peoples.tsv): "KURMIL" has a side."""
    import os
    path = os.path.join(os.path.dirname(__file__), "..", "src", "eventwire", "data", "actors", "peoples.tsv")
    codes, header = set(), None
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.rstrip("\n").split("\t")
                if header is None:
                    header = cells
                    continue
                codes.add(dict(zip(header, cells)).get("code", "").strip().upper())
    except OSError:
        pass
    return frozenset(c for c in codes if c)


_ETHNIC = _ethnic_codes()


def _has_country(a) -> bool:
    return bool(a) and (bool(re.match(r"^[A-Z]{3}$", str(a.get("country") or "")))
                        or str(a.get("code") or "")[:3] in _GROUPISH
                        or str(a.get("code") or "")[:3] in _ETHNIC)


def articles(pred_path, against=None) -> dict:
    recs = _load(pred_path)
    n = both = none = bare = 0
    for r in recs:
        for e in r.get("events", []):
            s, t = e.get("source"), e.get("target")
            n += 1
            both += _has_country(s) and _has_country(t)
            none += not (s and s.get("code")) and not (t and t.get("code"))
            bare += any(a and a.get("code") and not _has_country(a) for a in (s, t))
    out = {"articles": len(recs), "events": n, "both_sides": round(both / max(n, 1), 3), "no_actor": none,
           "events_with_bare_sector": bare}
    if against:
        cased = {r["id"]: r for r in _load(against)}

        def keys(r, what):
            if what == "events":
                return Counter((e["sentence"], e["cameo"][:2]) for e in r.get("events", []))
            if what == "actors":
                return Counter((e["sentence"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"))
                               for e in r.get("events", []))
            return Counter((p["start"], p.get("geonameid")) for p in r.get("places", []))
        for what in ("events", "actors", "places"):
            agree = total = 0
            for r in recs:
                c = cased.get(r["id"])
                if c is None:
                    continue
                a, b = keys(r, what), keys(c, what)
                agree += sum((a & b).values())
                total += max(sum(a.values()), sum(b.values()))
            out[f"{what}_agree"] = round(agree / max(total, 1), 3)
    return out


def recase(inp, outp, upper: bool) -> None:
    with open(outp, "w", encoding="utf-8") as f:
        for r in _load(inp):
            r["text"] = r["text"].upper() if upper else r["text"].lower()
            if r.get("title"):
                r["title"] = r["title"].upper() if upper else r["title"].lower()
            f.write(json.dumps(r) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("spans"); s.add_argument("gold"); s.add_argument("pred")
    a = sub.add_parser("articles"); a.add_argument("pred"); a.add_argument("--against")
    r = sub.add_parser("recase"); r.add_argument("input"); r.add_argument("output")
    g = r.add_mutually_exclusive_group(required=True); g.add_argument("--lower", action="store_true"); g.add_argument("--upper", action="store_true")
    ns = ap.parse_args(argv)
    if ns.cmd == "spans":
        res = spans(ns.gold, ns.pred)
    elif ns.cmd == "articles":
        res = articles(ns.pred, ns.against)
    else:
        recase(ns.input, ns.output, ns.upper)
        return
    print(" ".join(f"{k}={v}" for k, v in res.items()))


if __name__ == "__main__":
    main()
