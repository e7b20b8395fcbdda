"""Measuring eventwire: gold readers, metrics, reports and the `eventwire eval` command.

    from eventwire.evaluate import read_gold, evaluate, render
    gold = read_gold("tests/gold/eventwire_gold.jsonl")
    res = evaluate(gold, predictions)          # predictions: {id: output record}
    print(render(res))
"""
from eventwire.evaluate.metrics import cameo_scores, confusion, evaluate, geo_scores, misses, plover_scores
from eventwire.evaluate.readers import GoldEvent, GoldFormatError, GoldPlace, GoldRecord, GoldSet, guess_format, read_gold
from eventwire.evaluate.report import render, summary_line

__all__ = ["read_gold", "guess_format", "GoldSet", "GoldRecord", "GoldEvent", "GoldPlace", "GoldFormatError",
           "evaluate", "cameo_scores", "plover_scores", "geo_scores", "confusion", "misses", "render", "summary_line"]
