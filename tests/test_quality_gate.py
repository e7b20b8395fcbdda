"""Quality gate: code the project's own gold set (tests/gold/eventwire_gold.jsonl) with the pipeline and
fail when F1 drops below the floors recorded in tests/gold/floors.json.

The floors sit a little under what the pipeline reached when they were measured; raise them when the
coder gets better (``eventwire eval tests/gold/eventwire_gold.jsonl`` prints the figures and the worst
misses). Never lower one to make a change pass without saying why in the commit.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.commands import code_gold
from eventwire.evaluate.metrics import evaluate
from eventwire.evaluate.readers import read_gold
from eventwire.evaluate.report import summary_line

GOLD = Path(__file__).parent / "gold"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
GATED = ("country_root_f1", "root_f1", "code_only_f1")


@pytest.fixture(scope="module")
def result():
    gold = read_gold(GOLD / "eventwire_gold.jsonl")
    pred = code_gold(gold, workers=1)
    return gold, pred, evaluate(gold, pred, worst=5)


def test_every_gold_record_is_coded(result):
    gold, pred, res = result
    assert set(pred) == {r.id for r in gold.records}
    failed = {k: v.get("reason") for k, v in pred.items() if v.get("status") != "coded"}
    assert not failed, failed


@pytest.mark.parametrize("figure", GATED)
def test_f1_stays_above_floor(result, figure):
    _, _, res = result
    got = res["cameo"][figure]
    floor = float(FLOORS.get(figure, 0.0))
    assert got >= floor - 1e-9, (
        f"{figure} = {got:.3f} fell below its floor {floor:.3f} ({summary_line(res)}); "
        f"run `eventwire eval tests/gold/eventwire_gold.jsonl` to see the worst misses")


def test_overcoding_on_no_event_sentences_stays_below_ceiling(result):
    gold, pred, _ = result
    empty = [r.id for r in gold.records if not r.events]
    coded = sum(len(pred[i].get("events") or []) for i in empty)
    ceiling = float(FLOORS.get("max_events_per_no_event_record", 10.0))
    assert coded / len(empty) <= ceiling + 1e-9, f"{coded} events coded on {len(empty)} sentences with no event"
