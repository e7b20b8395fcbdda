"""Speed work of session 30 (issue 16): a head word's own sector (``_sector_of``) kept per token for the document and
the coder, and the sampling profiler of the coding. Nothing here may change what is coded: the kept answer is checked
against the one worked out afresh, on sentences written for these tests."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.nlp import parse
from eventwire.pipeline import default_pipeline

TEXTS = [
    "Syrian air defence units fired at Israeli jets over Damascus on Sunday, state media said.",
    "Border guards and riot police detained dozens of protesters outside the parliament in Minsk.",
    "The rebel commanders met aid workers and UN peacekeepers near the town, a local official said.",
    "Government troops and militia fighters shelled the camp, while opposition party leaders called for talks.",
]


@pytest.fixture(scope="module")
def coder():
    return default_pipeline().coder


@pytest.fixture(scope="module")
def docs():
    return list(parse(TEXTS))


def test_kept_sector_is_the_fresh_one(coder, docs):
    named = 0
    for doc in docs:
        doc.user_data.pop("eventwire.sector_of", None)
        for t in doc:
            fresh = coder._head_sector(t)
            assert coder._sector_of(t, None) == fresh, (t.text, doc.text)
            assert coder._sector_of(t, None) == fresh          # (asked again: from the memo)
            named += fresh is not None
        memo = doc.user_data["eventwire.sector_of"]
        assert memo[0] == id(coder) and len(memo[1]) == len(doc)
    assert named >= 8          # troops, police, guards, fighters, peacekeepers ... are sectors


def test_compound_heads_keep_their_sector(coder, docs):
    doc = docs[0]
    units = next(t for t in doc if t.text == "units")
    # the answer of the head with its compounds ("air defence units"), as the plain computation gives it
    assert coder._sector_of(units, None) == coder._head_sector(units)
    assert coder._sector_of(next(t for t in docs[1] if t.text == "police"), None) is not None


def test_memo_is_per_coder(coder, docs):
    doc = docs[1]
    doc.user_data["eventwire.sector_of"] = (id(coder) + 1, {k: "XXX" for k in range(len(doc))})
    police = next(t for t in doc if t.text == "police")
    assert coder._sector_of(police, None) != "XXX"       # another coder's answers are not read
    assert doc.user_data["eventwire.sector_of"][0] == id(coder)


def test_memo_holds_no_object(coder, docs):
    import pickle
    doc = docs[2]
    for t in doc:
        coder._sector_of(t, None)
    pickle.dumps(doc.user_data["eventwire.sector_of"])     # (plain values only: a Doc stays picklable)


def test_sample_profile_runs(tmp_path):
    art = tmp_path / "a.jsonl"
    art.write_text('{"id": "t1", "text": "Turkish troops shelled Kurdish positions near Afrin on Monday. The Kurdish '
                   'militia said it would retaliate.", "date": "2024-03-04"}\n', encoding="utf-8")
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "sample_profile.py"
    out = subprocess.run([sys.executable, str(script), str(art), "--docs", "1", "--passes", "3", "--interval",
                          "0.0005", "--focus", "code_sentence"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert "== inclusive share" in out.stdout and "coding CPU" in out.stdout
