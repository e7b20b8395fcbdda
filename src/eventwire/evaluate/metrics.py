"""Metrics of ``eventwire eval``: coded output (per-record dicts of the output contract) against gold.

The definitions are those of the project's measuring contract (docs/EVALUATION.md):

CAMEO (``cameo_scores``), over records annotated for events; a predicted event is the triple
(source code, target code, CAMEO code), "---" for a missing actor:

- ``exact``: the triple as is; ``root``: the code cut to its root (2 digits); ``country_root``: the actors cut
  to their country (3 letters) and the root; ``code_only``: the root alone.
  For the three actor levels, triples with a missing source or target ("---") are left out on both sides.
  Per record the gold and predicted triples are sets; tp/fp/fn are summed over records (micro P/R/F1).
- ``record_exact``: share of records whose predicted set of exact triples equals the gold set
  (a record with no gold event is right only when nothing was coded).

PLOVER (``plover_scores``); a gold event's PLOVER type is given or derived from its CAMEO code:

- ``type_recall``: share of gold events whose type is among the record's predicted types.
- ``primary_type_acc``: share of records with gold events whose primary predicted event (highest
  ``confidence``, first on ties) has a gold type; ``primary_quad_acc`` the same for its quad class.
- ``dyad_type_p/r/f1``: micro P/R/F1 of (source country, target country, type); gold events without a
  target are left out, and so are predicted events without a target.
- ``spurious_per_record``: predicted events whose type is not a gold type of their record, per record
  (every event coded on a no-event record is spurious).
- ``counts_exact``: gold ``dead``/``injured`` figures found among the killed/injured counts.

With one gold event per record these are exactly the figures of the shared scorer's ``plover_gsr``.

Places (``geo_scores``), over records annotated for places; a predicted place needs coordinates:
recall (gold toponyms overlapped by a predicted place), precision (predicted places overlapping a gold
toponym), accuracy within 161 km of the matched and of all gold toponyms, median error in km.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any, Iterable, Optional, Sequence

from eventwire.evaluate.readers import NONE, GoldRecord

# PLOVER type -> quad class, as the measuring contract groups them (1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict); not derivable from CAMEO roots: PROTEST is verbal conflict here and
# REQUEST (appeals and demands) verbal cooperation.
PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
               "REQUEST": 1, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3, "SANCTION": 4,
               "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
LEVELS = ("exact", "root", "country_root", "code_only")


# ---------------------------------------------------------------------------------------------- helpers
def actor_code(actor: Any) -> str:
    """The upper-case code of a predicted actor dict, '---' when there is none."""
    if not actor:
        return NONE
    if isinstance(actor, str):
        return actor.upper() or NONE
    return (actor.get("code") or NONE).upper()


def ptype(event: dict) -> str:
    p = event.get("plover")
    if isinstance(p, dict):
        return (p.get("type") or "").upper()
    return (p or "").upper()


def primary(events: Sequence[dict]) -> Optional[dict]:
    """The primary event: highest confidence, the first one on ties."""
    if not events:
        return None
    return max(enumerate(events), key=lambda ie: (ie[1].get("confidence") or 0, -ie[0]))[1]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pred_triple(e: dict) -> tuple[str, str, str]:
    return actor_code(e.get("source")), actor_code(e.get("target")), str(e.get("cameo") or "")


def _level(name: str, s: str, t: str, c: str) -> tuple:
    if name == "exact":
        return (s, t, c)
    if name == "root":
        return (s, t, c[:2])
    if name == "country_root":
        return (s[:3], t[:3], c[:2])
    return (c[:2],)


def level_sets(name: str, gold: GoldRecord, pred_events: Sequence[dict]) -> tuple[set, set]:
    """(gold set, predicted set) of one record at one level."""
    G = {_level(name, *e.triple()) for e in gold.events if e.cameo}
    P = {_level(name, *pred_triple(e)) for e in pred_events}
    if name != "code_only":
        G = {x for x in G if x[0] != NONE and x[1] != NONE}
        P = {x for x in P if x[0] != NONE and x[1] != NONE}
    return G, P


def _events(pred: dict, rid: str) -> list[dict]:
    return list((pred.get(rid) or {}).get("events") or [])


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    a, b, c, d = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((c - a) / 2) ** 2 + math.cos(a) * math.cos(c) * math.sin((d - b) / 2) ** 2
    return 6371 * 2 * math.asin(min(1, math.sqrt(h)))


def _overlap(a: Any, b: Any) -> bool:
    ga = (lambda o, k: o.get(k)) if isinstance(a, dict) else getattr
    gb = (lambda o, k: o.get(k)) if isinstance(b, dict) else getattr
    sa, ea, sb, eb = ga(a, "start"), ga(a, "end"), gb(b, "start"), gb(b, "end")
    if None in (sa, ea, sb, eb):
        return False
    return sa < eb and sb < ea


# ---------------------------------------------------------------------------------------------- CAMEO
def cameo_scores(gold: Iterable[GoldRecord], pred: dict[str, dict]) -> dict:
    """P/R/F1 at the four levels, record-exact share and tp/fp/fn; see the module docstring."""
    recs = [g for g in gold if g.has_events]
    out: dict[str, Any] = {"records": len(recs), "missing_records": sum(1 for g in recs if g.id not in pred)}
    if not recs:
        return out
    exact = sum(1 for g in recs if {e.triple() for e in g.events} == {pred_triple(e) for e in _events(pred, g.id)})
    out["record_exact"] = exact / len(recs)
    for name in LEVELS:
        tp = fp = fn = 0
        for g in recs:
            G, P = level_sets(name, g, _events(pred, g.id))
            tp += len(G & P)
            fp += len(P - G)
            fn += len(G - P)
        p, r, f1 = prf(tp, fp, fn)
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f1, f"{name}_tp": tp, f"{name}_fp": fp, f"{name}_fn": fn})
    return out


def per_root(gold: Iterable[GoldRecord], pred: dict[str, dict]) -> dict[str, dict]:
    """Code-only P/R/F1 per CAMEO root (gold root set vs predicted root set per record)."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g in gold:
        if not g.has_events:
            continue
        G, P = level_sets("code_only", g, _events(pred, g.id))
        for (r,) in G & P:
            tp[r] += 1
        for (r,) in P - G:
            fp[r] += 1
        for (r,) in G - P:
            fn[r] += 1
    out = {}
    for r in sorted(set(tp) | set(fp) | set(fn)):
        p, rc, f1 = prf(tp[r], fp[r], fn[r])
        out[r] = {"gold": tp[r] + fn[r], "pred": tp[r] + fp[r], "p": p, "r": rc, "f1": f1}
    return out


def by_tag(gold: Iterable[GoldRecord], pred: dict[str, dict]) -> dict[str, dict]:
    """Per gold tag (hard case): records, record-exact share, country+root P/R/F1 and events coded per record."""
    groups: dict[str, list[GoldRecord]] = {}
    for g in gold:
        if g.has_events:
            for t in g.tags:
                groups.setdefault(t, []).append(g)
    out = {}
    for t in sorted(groups):
        c = cameo_scores(groups[t], pred)
        out[t] = {"records": c["records"], "record_exact": c["record_exact"], "country_root_p": c["country_root_p"],
                  "country_root_r": c["country_root_r"], "country_root_f1": c["country_root_f1"],
                  "coded_per_record": sum(len(_events(pred, g.id)) for g in groups[t]) / len(groups[t])}
    return out


# ---------------------------------------------------------------------------------------------- PLOVER
def _plover_dyads(g: GoldRecord) -> set:
    G = set()
    for e in g.events:
        if not e.plover:
            continue
        for s in e.sources or ([e.source] if e.source != NONE else []):
            for t in (e.targets or [NONE]):
                if t[:3] != NONE:
                    G.add((s[:3], t[:3], e.plover))
    return G


def plover_scores(gold: Iterable[GoldRecord], pred: dict[str, dict]) -> dict:
    recs = [g for g in gold if g.has_events]
    n = len(recs)
    out: dict[str, Any] = {"records": n}
    if not n:
        return out
    n_ev = type_hit = n_with = prim_hit = quad_hit = spurious = 0
    tp = fp = fn = 0
    cnt_ok = cnt_n = 0
    for g in recs:
        evs = _events(pred, g.id)
        types = [ptype(e) for e in evs]
        gtypes = [e.plover for e in g.events if e.plover]
        gset = set(gtypes)
        for t in gtypes:
            n_ev += 1
            type_hit += t in types
        pe = primary(evs)
        if gtypes:
            n_with += 1
            if pe is not None and ptype(pe) in gset:
                prim_hit += 1
            if pe is not None and any(PLOVER_QUAD.get(ptype(pe)) == PLOVER_QUAD.get(t) for t in gset):
                quad_hit += 1
        spurious += sum(1 for t in types if t not in gset)
        G = _plover_dyads(g)
        P = {(actor_code(e.get("source"))[:3], actor_code(e.get("target"))[:3], ptype(e)) for e in evs if e.get("target")}
        tp += len(G & P)
        fp += len(P - G)
        fn += len(G - P)
        for k, typ in (("dead", "killed"), ("injured", "injured")):
            if k in g.counts:
                cnt_n += 1
                try:
                    want = int(str(g.counts[k]).replace(",", ""))
                except ValueError:
                    continue
                got = {c.get("value") for c in (pred.get(g.id) or {}).get("counts") or [] if c.get("type") == typ}
                cnt_ok += want in got
    p, r, f1 = prf(tp, fp, fn)
    out.update({
        "gold_events": n_ev, "type_recall": type_hit / n_ev if n_ev else 0.0,
        "primary_type_acc": prim_hit / n_with if n_with else 0.0, "primary_quad_acc": quad_hit / n_with if n_with else 0.0,
        "dyad_type_p": p, "dyad_type_r": r, "dyad_type_f1": f1, "spurious_per_record": spurious / n,
        "counts_exact": f"{cnt_ok}/{cnt_n}",
    })
    return out


# ---------------------------------------------------------------------------------------------- places
def geo_scores(gold: Iterable[GoldRecord], pred: dict[str, dict]) -> dict:
    recs = [g for g in gold if g.has_places]
    ng = npred = matched = correct = tp_pred = 0
    errs: list[float] = []
    for g in recs:
        P = [p for p in (pred.get(g.id) or {}).get("places") or [] if p.get("lat") is not None]
        npred += len(P)
        gp = [t for t in g.places if t.lat is not None and t.lon is not None]
        ng += len(gp)
        for t in gp:
            cands = [p for p in P if _overlap(p, t)]
            if not cands:
                continue
            matched += 1
            d = min(km(t.lat, t.lon, p["lat"], p["lon"]) for p in cands)
            errs.append(d)
            correct += d <= 161
        tp_pred += sum(1 for p in P if any(_overlap(p, t) for t in gp))
    errs.sort()
    return {"records": len(recs), "gold_places": ng, "recall": matched / ng if ng else 0.0,
            "precision": tp_pred / npred if npred else 0.0,
            "acc161_matched": correct / matched if matched else 0.0, "acc161_end_to_end": correct / ng if ng else 0.0,
            "median_km": errs[len(errs) // 2] if errs else None}


# ---------------------------------------------------------------------------------------------- alignment
def align(g: GoldRecord, evs: Sequence[dict]) -> list[tuple[Optional[int], Optional[int]]]:
    """Pair gold events (index) with predicted events (index): same dyad and root first, then same dyad,
    then same root, then a lone leftover pair; unpaired ones get None on the other side."""
    gold = [e for e in g.events if e.cameo]
    gi_left = list(range(len(gold)))
    pi_left = list(range(len(evs)))
    pairs: list[tuple[Optional[int], Optional[int]]] = []

    def dyad_g(i):
        return gold[i].source[:3], gold[i].target[:3]

    def dyad_p(j):
        s, t, _ = pred_triple(evs[j])
        return s[:3], t[:3]

    tests = (lambda i, j: dyad_g(i) == dyad_p(j) and gold[i].cameo[:2] == str(evs[j].get("cameo") or "")[:2],
             lambda i, j: dyad_g(i) == dyad_p(j),
             lambda i, j: gold[i].cameo[:2] == str(evs[j].get("cameo") or "")[:2])
    for test in tests:
        for i in list(gi_left):
            j = next((j for j in pi_left if test(i, j)), None)
            if j is not None:
                pairs.append((i, j))
                gi_left.remove(i)
                pi_left.remove(j)
    if len(gi_left) == 1 and len(pi_left) == 1:
        pairs.append((gi_left.pop(), pi_left.pop()))
    pairs += [(i, None) for i in gi_left] + [(None, j) for j in pi_left]
    return pairs


def confusion(gold: Iterable[GoldRecord], pred: dict[str, dict]) -> Counter:
    """Counter of (gold root, predicted root); 'none' for a missed gold event or a spurious predicted one."""
    out: Counter = Counter()
    for g in gold:
        if not g.has_events:
            continue
        evs = _events(pred, g.id)
        gold_ev = [e for e in g.events if e.cameo]
        for i, j in align(g, evs):
            gr = gold_ev[i].cameo[:2] if i is not None else "none"
            pr = str(evs[j].get("cameo") or "")[:2] or "none" if j is not None else "none"
            out[(gr, pr)] += 1
    return out


# ---------------------------------------------------------------------------------------------- misses
def _fmt_pred(e: dict) -> dict:
    ev = e.get("evidence") or {}
    return {"source": actor_code(e.get("source")), "target": actor_code(e.get("target")), "cameo": str(e.get("cameo") or ""),
            "plover": ptype(e) or None, "pattern": e.get("pattern"), "rule": e.get("rule"), "modality": e.get("modality"),
            "trigger": ev.get("text"), "confidence": e.get("confidence"),
            "source_text": (e.get("source") or {}).get("text") if isinstance(e.get("source"), dict) else None,
            "target_text": (e.get("target") or {}).get("text") if isinstance(e.get("target"), dict) else None}


def misses(gold: Iterable[GoldRecord], pred: dict[str, dict], n: int = 10, by: str = "cameo") -> list[dict]:
    """The n records that went worst, each with its sentence, the gold coding, and what was coded with the
    lexicon pattern and rule that fired.

    by="cameo": ranked by missed + spurious (source country, target country, root) triples, code-only
    errors breaking ties; by="plover" (gold without CAMEO codes): by missed + spurious (source country,
    target country, PLOVER type) triples, gold types not coded breaking ties."""
    rows = []
    for order, g in enumerate(gold):
        if not g.has_events:
            continue
        evs = _events(pred, g.id)
        if by == "plover":
            G = _plover_dyads(g)
            P = {(actor_code(e.get("source"))[:3], actor_code(e.get("target"))[:3], ptype(e)) for e in evs if e.get("target")}
            gt, pt = {e.plover for e in g.events if e.plover}, {ptype(e) for e in evs}
            bad, bad_code = len(G - P) + len(P - G), len(gt - pt) + len(pt - gt)
            if not bad and not bad_code:
                continue
        else:
            G, P = level_sets("country_root", g, evs)
            Gc, Pc = level_sets("code_only", g, evs)
            bad = len(G - P) + len(P - G)
            bad_code = len(Gc - Pc) + len(Pc - Gc)
            if {e.triple() for e in g.events} == {pred_triple(e) for e in evs}:
                continue
        rec = pred.get(g.id) or {}
        rows.append({
            "id": g.id, "text": g.text, "date": g.date, "note": g.note,
            "status": rec.get("status", "missing"), "reason": rec.get("reason"),
            "gold": [{"source": "+".join(e.sources) if len(e.sources) > 1 else e.source,
                      "target": "+".join(e.targets) if len(e.targets) > 1 else e.target,
                      "cameo": e.cameo, "plover": e.plover} for e in g.events],
            "coded": [_fmt_pred(e) for e in evs],
            "missed": sorted("/".join(x) for x in G - P), "spurious": sorted("/".join(x) for x in P - G),
            "_key": (-bad, -bad_code, order),
        })
    rows.sort(key=lambda r: r["_key"])
    for r in rows:
        del r["_key"]
    return rows[:n] if n >= 0 else rows


# ---------------------------------------------------------------------------------------------- all
def evaluate(gold, pred: dict[str, dict], worst: int = 10) -> dict:
    """Every figure the gold set allows: {'format', 'records', 'status', 'warnings', 'cameo', 'per_root',
    'by_tag', 'plover', 'places', 'confusion', 'misses'} (absent keys: the gold set does not annotate that)."""
    recs = list(gold.records) if hasattr(gold, "records") else list(gold)
    status = Counter((pred.get(r.id) or {}).get("status", "missing") for r in recs)
    out: dict[str, Any] = {"format": getattr(gold, "format", None), "path": getattr(gold, "path", None),
                           "records": len(recs), "status": dict(status), "warnings": list(getattr(gold, "warnings", []))}
    out["events_coded"] = sum(len(_events(pred, r.id)) for r in recs)
    if any(r.has_events for r in recs):
        out["gold_events"] = sum(len(r.events) for r in recs if r.has_events)
        out["no_event_records"] = sum(1 for r in recs if r.has_events and not r.events)
        if any(e.cameo for r in recs for e in r.events) or out["no_event_records"]:
            out["cameo"] = cameo_scores(recs, pred)
            out["per_root"] = per_root(recs, pred)
            if any(r.tags for r in recs):
                out["by_tag"] = by_tag(recs, pred)
            out["confusion"] = {f"{a}>{b}": v for (a, b), v in sorted(confusion(recs, pred).items())}
            out["misses"] = misses(recs, pred, worst)
        if any(e.plover for r in recs for e in r.events):
            out["plover"] = plover_scores(recs, pred)
            if "misses" not in out:
                out["misses"] = misses(recs, pred, worst, by="plover")
                out["misses_by"] = "plover"
    if any(r.has_places for r in recs):
        out["places"] = geo_scores(recs, pred)
    return out


__all__ = ["LEVELS", "PLOVER_QUAD", "actor_code", "ptype", "primary", "prf", "pred_triple", "level_sets",
           "cameo_scores", "per_root", "by_tag", "plover_scores", "geo_scores", "align", "confusion", "misses", "evaluate", "km"]
