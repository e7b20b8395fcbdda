"""An act someone is faced with is aimed at them (coding/faced_acts.py), on sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-02")


def _dyads(evs, root):
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if e.cameo.startswith(root)]


def test_assurances_faced_are_given_to_the_subject():
    evs = events_of("Faced with American pledges that the base would close within a year, Manila kept quiet while "
                    "the talks went on.")
    assert any(s and s.startswith("USA") and t and t.startswith("PHL") for s, t in _dyads(evs, "03")), _dyads(evs, "03")


def test_threats_confronted_are_aimed_at_the_subject():
    evs = events_of("Confronted with Rwandan threats, Kinshasa withdrew its troops from the border.")
    assert any(t and t.startswith("COD") for s, t in _dyads(evs, "13")), _dyads(evs, "13")


def test_a_threat_with_its_own_party_keeps_it():
    evs = events_of("Faced with Rwandan threats against Burundi, Kinshasa withdrew its troops from the border.")
    assert not any(t and t.startswith("COD") for s, t in _dyads(evs, "13")), _dyads(evs, "13")
