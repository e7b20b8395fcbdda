"""Issue 14, wrong source: a place's name before a visit noun is the place visited, not the visitor
(coding/noun_clauses.py). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def sides(text):
    evs = events_of(text)
    return [(e.source and e.source.code, e.target and e.target.code) for e in at(evs, "visit")], dump(evs)


def test_the_place_before_a_visit_is_visited_by_the_possessor():
    got, d = sides("The Kenyan president spoke at a university during his Paris visit.")
    assert got == [("KENGOV", "FRAGOV")], d


def test_the_place_before_a_visit_is_never_the_visitor():
    got, d = sides("The Kenyan president spoke at a university on the second day of a France state visit.")
    assert got and all(s != "FRA" and (s or "")[:3] != "FRA" for s, _ in got), d
