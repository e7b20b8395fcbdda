"""Acts inside a quoted question the sentence then attributes ("'Why are we still bombing the port?' the senator
asked"): the question asks, it does not tell that the act was done (coding/clause_modality.py: _asks). The
speaker's own statement or question stays coded; an act told outside the question is kept. Sentences written for
these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_quoted_why_question_codes_no_fighting():
    evs = events_of("\u201cWhy are we fighting in Mali for the French?\u201d the Italian senator asked on Tuesday.")
    assert not [e for e in evs if e.cameo[:2] in ("18", "19")], dump(evs)


def test_quoted_question_with_comma_codes_no_bombing():
    evs = events_of("\u201cWhy is Kenya still bombing villages in Somalia?,\u201d an opposition MP asked in parliament.")
    assert not [e for e in evs if e.cameo[:2] in ("18", "19")], dump(evs)


def test_act_after_the_quoted_question_is_kept():
    evs = events_of("\u201cWhat are they waiting for?\u201d a resident asked, hours after Ethiopian troops shelled the town.")
    got = at(evs, "shelled")
    assert got and all(e.cameo[:2] in ("19",) for e in got), dump(evs)


def test_plain_statement_in_quotes_is_still_coded():
    evs = events_of("\u201cWe are fighting al-Shabaab in Somalia,\u201d the Kenyan defence minister said on Tuesday.")
    assert [e for e in evs if e.cameo[:2] == "19"], dump(evs)


def test_escaped_ampersand_in_a_quoted_question_codes_no_killing():
    evs = events_of("\u201cWhy are we fighting in Mali by staying &amp; killing jihadists for Paris?,\u201d the "
                    "Italian senator asked on Twitter.")
    assert not [e for e in evs if e.cameo[:2] in ("18", "19")], dump(evs)
