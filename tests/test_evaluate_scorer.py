"""eventwire eval's metrics agree with the shared scorer on the same output.

The core checks need nothing outside the project: random gold and predicted outputs are scored by
``eventwire.evaluate.metrics`` and checked against invariants.  When the shared scorer exists beside the
project (``../shared/tools/score.py``, as on every developer's machine and CI) the same files are also
scored by it and every figure must be equal; otherwise those comparisons are skipped.
"""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from eventwire.evaluate import metrics as M
from eventwire.evaluate.readers import read_gold

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score.py"

ACTORS = ["USAGOV", "USAMIL", "RUSGOV", "RUS", "IRNGOV", "IRQMIL", "SYRCVL", "TURGOV", "ISRMIL", "LBN", "KENGOV"]
CODES = ["010", "016", "042", "043", "051", "057", "0841", "112", "111", "138", "141", "163", "173", "190", "195", "1831"]
PLOVER = ["CONSULT", "SUPPORT", "AGREE", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "AID", "RETREAT"]


def scorer():
    if not SCORER.exists():
        pytest.skip("shared scorer not present beside the project")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _actor(rng, p_none=0.15):
    return None if rng.random() < p_none else {"code": rng.choice(ACTORS)}


def _pred_event(rng, with_plover=True):
    return {"source": _actor(rng, 0.1), "target": _actor(rng, 0.25), "cameo": rng.choice(CODES),
            "plover": {"type": rng.choice(PLOVER) if with_plover else None, "mode": None},
            "confidence": rng.choice([0.3, 0.5, 0.5, 0.8, 0.9]),
            "evidence": {"text": "x", "start": 0, "end": 1}}


def _write(path: Path, recs) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return path


def _petr_case(tmp_path, seed):
    rng = random.Random(seed)
    gold, pred = [], []
    for i in range(120):
        gid = f"s{i}"
        n = rng.choice([0, 1, 1, 1, 2, 3])
        evs = []
        for _ in range(n):
            s = rng.choice(ACTORS + ["---"])
            t = rng.choice(ACTORS + ["---", "---"])
            evs.append([s, t, rng.choice(CODES)])
        gold.append({"id": gid, "text": f"sentence {i}", "events": evs})
        if rng.random() < 0.05:
            continue                                   # no output for this record
        pe = []
        for e in evs:                                  # mostly right, sometimes perturbed
            r = rng.random()
            if r < 0.5:
                pe.append({"source": {"code": e[0]} if e[0] != "---" else None,
                           "target": {"code": e[1]} if e[1] != "---" else None, "cameo": e[2]})
            elif r < 0.7:
                pe.append({"source": {"code": e[0][:3]} if e[0] != "---" else None,
                           "target": {"code": e[1]} if e[1] != "---" else None, "cameo": e[2][:2] + "0"})
        pe += [_pred_event(rng) for _ in range(rng.choice([0, 0, 0, 1, 2]))]
        pred.append({"id": gid, "status": "coded", "events": pe, "places": [], "counts": []})
    return _write(tmp_path / f"petr{seed}.gold.jsonl", gold), _write(tmp_path / f"petr{seed}.pred.jsonl", pred)


def _plover_case(tmp_path, seed):
    rng = random.Random(seed)
    gold, pred = [], []
    for i in range(150):
        gid = f"p{i}"
        g = {"id": gid, "text": f"sentence {i}", "event": rng.choice(PLOVER), "mode": None,
             "source": [{"code": c} for c in rng.sample(ACTORS, rng.choice([1, 1, 2]))],
             "target": [{"code": c} for c in rng.sample(ACTORS, rng.choice([0, 1, 1, 2]))]}
        if rng.random() < 0.3:
            g["dead"] = rng.choice([1, 3, 12, "1,200"])
        if rng.random() < 0.2:
            g["injured"] = rng.choice([2, 40])
        gold.append(g)
        evs = []
        if rng.random() < 0.6:
            evs.append({"source": {"code": g["source"][0]["code"]},
                        "target": {"code": g["target"][0]["code"]} if g["target"] else None,
                        "cameo": "190", "plover": {"type": g["event"], "mode": None}, "confidence": rng.choice([0.5, 0.9])})
        evs += [_pred_event(rng) for _ in range(rng.choice([0, 0, 1, 2, 3]))]
        rng.shuffle(evs)
        counts = [{"type": rng.choice(["killed", "injured"]), "value": rng.choice([1, 3, 12, 1200, 2, 40])}
                  for _ in range(rng.choice([0, 0, 1, 2]))]
        if rng.random() > 0.04:
            pred.append({"id": gid, "status": "coded", "events": evs, "places": [], "counts": counts})
    return _write(tmp_path / f"plover{seed}.gold.jsonl", gold), _write(tmp_path / f"plover{seed}.pred.jsonl", pred)


def _geo_case(tmp_path, seed):
    rng = random.Random(seed)
    gold, inputs, pred = [], [], []
    towns = [("Alpha", 10.0, 20.0), ("Beta", 11.0, 21.0), ("Gamma", -5.0, 100.0), ("Delta", 40.0, -3.0)]
    for i in range(60):
        gid = f"g{i}"
        picks = [rng.choice(towns) for _ in range(rng.choice([1, 2, 3, 4]))]
        text, places = "", []
        for name, lat, lon in picks:
            text += "News from "
            places.append({"start": len(text), "end": len(text) + len(name), "text": name, "lat": lat, "lon": lon})
            text += name + ". "
        inputs.append({"id": gid, "text": text})
        gold.append({"id": gid, "places": places})
        pp = []
        for p in places:
            r = rng.random()
            if r < 0.5:
                pp.append({"start": p["start"], "end": p["end"], "lat": p["lat"] + rng.uniform(-0.5, 0.5), "lon": p["lon"]})
            elif r < 0.7:
                pp.append({"start": p["start"] + 1, "end": p["end"] + 2, "lat": p["lat"] + rng.uniform(1, 5), "lon": p["lon"]})
            elif r < 0.8:
                pp.append({"start": p["start"], "end": p["end"], "lat": None, "lon": None})
        if rng.random() < 0.3:
            pp.append({"start": 0, "end": 4, "lat": 1.0, "lon": 1.0})
        pred.append({"id": gid, "status": "coded", "events": [], "places": pp, "counts": []})
    _write(tmp_path / f"geo{seed}.input.jsonl", inputs)
    return _write(tmp_path / f"geo{seed}.gold.jsonl", gold), _write(tmp_path / f"geo{seed}.pred.jsonl", pred)


def _preds(path):
    from eventwire.evaluate.commands import load_predictions
    return load_predictions(str(path))


# ----------------------------------------------------------------------------- core invariants (no scorer needed)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cameo_invariants(tmp_path, seed):
    gpath, ppath = _petr_case(tmp_path, seed)
    g = read_gold(gpath)
    assert g.format == "jsonl"
    c = M.cameo_scores(g.records, _preds(ppath))
    for lv in M.LEVELS:
        tp, fp, fn = c[f"{lv}_tp"], c[f"{lv}_fp"], c[f"{lv}_fn"]
        assert c[f"{lv}_p"] == pytest.approx(tp / (tp + fp)) and c[f"{lv}_r"] == pytest.approx(tp / (tp + fn))
    # coarser levels never lose matches: exact <= root <= country+root
    assert c["exact_tp"] <= c["root_tp"] <= c["country_root_tp"]
    # perfect output scores 1.0 everywhere
    perfect = {r.id: {"events": [{"source": {"code": e.source} if e.source != "---" else None,
                                  "target": {"code": e.target} if e.target != "---" else None, "cameo": e.cameo}
                                 for e in r.events]} for r in g.records}
    cp = M.cameo_scores(g.records, perfect)
    assert cp["record_exact"] == 1.0 and all(cp[f"{lv}_f1"] == 1.0 for lv in M.LEVELS)


@pytest.mark.parametrize("seed", [4, 5])
def test_plover_and_geo_invariants(tmp_path, seed):
    gpath, ppath = _plover_case(tmp_path, seed)
    g = read_gold(gpath)
    assert g.format == "plover"
    p = M.plover_scores(g.records, _preds(ppath))
    assert 0 < p["type_recall"] < 1 and p["primary_type_acc"] <= p["type_recall"] + 1e-9
    assert p["primary_type_acc"] <= p["primary_quad_acc"]
    gpath, ppath = _geo_case(tmp_path, seed)
    s = M.geo_scores(read_gold(gpath).records, _preds(ppath))
    assert s["acc161_end_to_end"] <= s["recall"] and s["acc161_end_to_end"] <= s["acc161_matched"]


# ----------------------------------------------------------------------------- agreement with the shared scorer
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_agrees_with_shared_scorer_petr2(tmp_path, seed):
    sc = scorer()
    gpath, ppath = _petr_case(tmp_path, seed)
    want = sc.petr2(sc.load(gpath), sc.load(ppath))
    got = M.cameo_scores(read_gold(gpath).records, _preds(ppath))
    assert got["missing_records"] == want["missing_records"] and got["records"] == want["records"]
    assert round(got["record_exact"], 3) == want["record_exact"]
    for lv in M.LEVELS:
        for m in ("p", "r", "f1"):
            assert round(got[f"{lv}_{m}"], 3) == want[f"{lv}_{m}"], (lv, m)


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_agrees_with_shared_scorer_plover(tmp_path, seed):
    sc = scorer()
    gpath, ppath = _plover_case(tmp_path, seed)
    want = sc.plover(sc.load(gpath), sc.load(ppath))
    got = M.plover_scores(read_gold(gpath).records, _preds(ppath))
    for k in ("type_recall", "primary_type_acc", "primary_quad_acc", "dyad_type_p", "dyad_type_r", "dyad_type_f1"):
        assert round(got[k], 3) == want[k], k
    assert round(got["spurious_per_record"], 2) == want["spurious_per_record"]
    assert got["counts_exact"] == want["counts_exact"]


@pytest.mark.parametrize("seed", [7, 8])
def test_agrees_with_shared_scorer_geo(tmp_path, seed):
    sc = scorer()
    gpath, ppath = _geo_case(tmp_path, seed)
    want = sc.geo(sc.load(gpath), sc.load(ppath))
    got = M.geo_scores(read_gold(gpath).records, _preds(ppath))
    assert got["gold_places"] == want["gold_places"]
    for k in ("recall", "precision", "acc161_matched", "acc161_end_to_end"):
        assert round(got[k], 3) == want[k], k
    assert round(got["median_km"], 1) == want["median_km"]
