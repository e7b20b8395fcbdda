"""Speed work of session 28 (issue 16): per-sentence scans that read the word and lemma arrays before making a Token,
a titled name looked for only near an opening quote, a per-token memo of the preposition a place hangs from, and a
command line that imports only the module of the command it names. None of it may change what is coded: each
shortcut is checked here against the plain reading it skips, on sentences written for these tests."""
from __future__ import annotations

import subprocess
import sys

import pytest

import eventwire
from eventwire.nlp import parse

TEXTS = [
    'Fans waved a "Free Tibet" flag outside the Chinese embassy in London on Saturday, and police arrested two men.',
    "An independent inquiry found that the militia was responsible for the bombing of the market in Kirkuk.",
    "The commission concluded that government troops had carried out the massacre, the report said.",
    "Iranian-backed militias shelled the town on Monday, while rebels backed by Turkey held the hills near Afrin.",
    'The minister told reporters: "We will not let them take the city." Officials in Ankara said nothing.',
    "Rebels seized Saraqib on Monday. Russian jets bombed the town again on Tuesday, residents said.",
    "The bishops called for Uganda to free the activists, and Syrian air defences fired at Israeli jets.",
    "Troops were sent to the camps located near the border, a \u2018senior official\u2019 told the paper.",
]


@pytest.fixture(scope="module")
def docs():
    return list(parse(TEXTS))


def test_blame_frame_candidates_hold_every_frame(docs):
    from eventwire.coding.blame_finding import _frame_candidates, blame_frame
    seen = 0
    for doc in docs:
        for sent in doc.sents:
            cands = {t.i for t in _frame_candidates(sent)}
            for t in sent:
                if blame_frame(t) is not None:
                    seen += 1
                    assert t.i in cands, (t.text, sent.text)
    assert seen >= 2          # "was responsible for the bombing", "had carried out the massacre"


def test_finding_of_blame_still_codes():
    res = eventwire.code_text("A United Nations inquiry found that the Syrian army was responsible for the chemical "
                              "attack on the town.", date="2024-05-02")
    assert any(e.cameo == "112" and e.pattern == "112.blame-finding" for e in res.events), \
        [(e.cameo, e.pattern) for e in res.events]


def test_titled_at_agrees_with_the_plain_reading(docs):
    from eventwire.knowledge.titled_names import _titled, titled_at
    hits = 0
    for doc in docs:
        for t in doc:
            for j in (t.i + 1, min(len(doc), t.i + 3)):
                start, end = t.idx, doc[j - 1].idx + len(doc[j - 1].text)
                got = titled_at(doc, start, end)
                assert got == _titled(doc, start, end), (doc.text, start, end)
                hits += got
    assert hits >= 1          # "Tibet" in 'a "Free Tibet" flag'


def test_titled_at_without_quote_marks(docs):
    from eventwire.knowledge.titled_names import titled_at
    doc = docs[5]               # no quote mark in it
    t = next(t for t in doc if t.text == "Saraqib")
    assert not titled_at(doc, t.idx, t.idx + len(t.text))


def test_place_word_still_found(docs):
    from types import SimpleNamespace
    from eventwire.coding.place_anaphora import _index
    from eventwire.model import Place
    doc = docs[5]
    s = doc.text.index("Saraqib")
    saraqib = Place(text="Saraqib", start=s, end=s + 7, name="Saraqib", country="SYR", feature="city")
    ctx = SimpleNamespace(places=[saraqib], in_junk=lambda a, b: False, coref=None, text=doc.text,
                          places_in=lambda a, b: [p for p in (saraqib,) if a <= p.start < b])
    got = _index(ctx, doc)
    town = next(t for t in doc if t.text == "town")
    assert town.i in got and got[town.i].stands_for is saraqib


def test_supporter_tokens_as_the_plain_scan(docs):
    from eventwire.coding.clauses import SUPPORT_NOUNS, SUPPORT_WORDS
    from eventwire.coding.context import supporter_tokens
    doc = docs[3]
    sent = next(iter(doc.sents))
    got = supporter_tokens(sent)
    assert {doc[i].text for i in got} >= {"Iranian", "Turkey"}
    # the scan skips words that are no word of backing or support: no such word names a supporter on its own
    words = {t.i for t in sent if t.lower_ in SUPPORT_WORDS or t.lemma_.lower() in SUPPORT_WORDS
             or t.lemma_.lower() in SUPPORT_NOUNS}
    assert words


def test_governing_prep_memo_as_uncached(docs):
    from eventwire.knowledge.event_clause import _governing_prep
    for doc in docs:
        for t in doc:
            a, b = _governing_prep(t), _governing_prep.uncached(t)
            assert (a.i if a is not None else None) == (b.i if b is not None else None)


def test_located_ids_and_for_subject_still_read(docs):
    from eventwire.coding.for_subject import for_clause_subject
    from eventwire.knowledge.place_located import located_ids
    doc = docs[6]
    called = next(t for t in doc if t.lemma_ == "call")
    subj = for_clause_subject(called)
    assert subj is None or subj.text == "Uganda"
    doc = docs[7]
    sent = doc[:]
    trig = next(t for t in doc if t.lemma_ == "send")
    ids = {t.i for t in sent}
    got = located_ids(trig, ids)
    located = next(t for t in doc if t.text == "located")
    assert located.i in got


def test_command_table_matches_registration():
    import argparse
    import importlib
    from eventwire import cli
    for name in cli.COMMAND_MODULES:
        p = argparse.ArgumentParser()
        sub = p.add_subparsers(dest="c")
        importlib.import_module(name).register(sub)
        assert tuple(sub.choices) == cli.COMMANDS_OF[name], name


def test_modules_for_a_command_line():
    from eventwire import cli
    assert cli.modules_for(["code", "in.jsonl", "--no-db"]) == ["eventwire.commands"]
    assert cli.modules_for(["eval", "gold.jsonl"]) == ["eventwire.evaluate.commands"]
    assert cli.modules_for(["spark-load", "out"]) == ["eventwire.distributed.commands"]
    assert cli.modules_for([]) == cli.COMMAND_MODULES
    assert cli.modules_for(["--version"]) == cli.COMMAND_MODULES
    assert cli.modules_for(["cod", "x"]) == cli.COMMAND_MODULES        # (argparse then names every command)


def test_code_command_line_imports_no_other_command_module():
    code = ("import sys; from eventwire.cli import build_parser; p = build_parser(['code', 'x.jsonl']); "
            "a = p.parse_args(['code', 'x.jsonl', '--no-db']); "
            "print(a.command, 'eventwire.evaluate.commands' in sys.modules, 'eventwire.export.commands' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["code", "False", "False"]


def test_help_still_names_every_command(capsys):
    from eventwire.cli import main
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for name in ("code", "events", "export", "eval", "serve", "spark", "corrections", "gazetteer", "incidents"):
        assert name in text
