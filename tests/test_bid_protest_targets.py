"""Targets of appeals and protests named outside the verb's own slots (issue 14), on sentences written for these
tests: a date's "on" phrase before the party's ("on Tuesday called on X to"), the subject of a "for ... to" clause of
an appeal or demand ("called for X to"), and the party a protest adjunct names ("in protest against X")."""
from __future__ import annotations

from coded_sentences import events_on


_events = events_on("2021-03-02")


def _one(evs, root):
    hits = [e for e in evs if e.cameo.startswith(root)]
    assert hits, [(e.cameo, e.evidence) for e in evs]
    return hits[0]


def test_date_on_phrase_yields_to_the_addressee_on_phrase():
    e = _one(_events("The Ghana Bar Association on Monday called on Ghanaian judges to resign."), "02")
    assert e.target is not None and e.target.country == "GHA" and "judges" in e.target.text


def test_for_clause_subject_is_the_one_an_appeal_asks():
    e = _one(_events("The Kenyan president called on Monday for Tanzania to respect the border deal."), "02")
    assert e.target is not None and e.target.country == "TZA"


def test_for_clause_of_a_demand():
    e = _one(_events("The opposition demanded for the Ugandan army to withdraw from the border."), "10")
    assert e.target is not None and e.target.country == "UGA"


def test_for_without_a_clause_names_no_party():
    e = _one(_events("The Kenyan president called for calm on Monday."), "02")
    assert e.target is None


def test_protest_adjunct_names_what_the_protest_is_against():
    e = _one(_events("Kenyan farmers began a hunger strike in protest against the Ugandan police."), "14")
    assert e.target is not None and e.target.country == "UGA" and e.target.sector == "COP"


def test_protest_adjunct_phrase_hung_on_the_verb():
    e = _one(_events("The Kenyan ambassador walked out in protest at remarks by the Ugandan president."), "14")
    assert e.target is not None and e.target.country == "UGA"


def test_in_phrase_that_is_no_protest_is_no_target():
    e = _one(_events("Kenyan farmers marched in the capital on Monday."), "14")
    assert e.target is None



def test_passive_for_clause_names_no_addressee():
    evs = _events("The Kenyan president pressed on Monday for the new Ugandan plan to be adopted.")
    assert not [e for e in evs if e.cameo[:2] in ("02", "03") and e.target is not None and e.target.country == "UGA"]
