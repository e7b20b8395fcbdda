"""A coordinated verb whose number disagrees with the that-clause subject the parser gave it goes with the clause
above (coding/conjunct_number.py, asked by coding/clause_args.subject_of).

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire
from eventwire import nlp
from eventwire.coding.clause_args import subject_of


def _verb(text: str, word: str):
    doc = nlp.load()(text)
    return next(t for t in doc if t.text == word)


def test_plural_conjunct_hung_on_a_singular_that_clause_takes_the_higher_subject():
    v = _verb("Several Asian states have conceded that Pyongyang has won the argument and are preparing to "
              "reopen embassies in Seoul.", "preparing")
    s, how = subject_of(v)
    assert s is not None and s.text == "states", (s, how)


def test_conjunct_that_agrees_with_the_clause_subject_keeps_it():
    v = _verb("The minister said that the army has retaken the town and is advancing north.", "advancing")
    s, how = subject_of(v)
    assert s is None or s.text != "minister", (s, how)


def test_the_reopened_embassy_is_not_the_that_clause_subjects_act():
    evs = eventwire.code_text("Several Asian states have conceded that Pyongyang has won the argument and are "
                              "preparing to reopen embassies in Seoul.", date="2020-06-01").events
    assert all(not (e.source and e.source.code.startswith("PRK")) for e in evs if "reopen" in e.trigger_text), \
        [(e.source, e.trigger_text) for e in evs]
