"""A veto or objection that hinders another party's act is aimed at that party (issue 14, no target, session 27:
coding/hindered_party.py, data/coding/hindered.tsv)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_hindering_veto_is_aimed_at_the_party_hindered():
    evs = events_of("Russian vetoes have repeatedly hampered effective UN action on the war.")
    got = at(evs, "vetoes")
    assert got and got[0].target is not None and got[0].target.code == "IGOUNO", dump(evs)


def test_objection_blocking_a_plan_is_aimed_at_its_author():
    evs = events_of("Chinese objections blocked the European Union's plan for a joint inquiry.")
    got = at(evs, "objections")
    assert got and got[0].target is not None and got[0].target.code.startswith("IGOEU"), dump(evs)


def test_cleft_veto_with_relative_clause():
    evs = events_of("Too often it was Chinese vetoes that blocked effective UN action on the crisis.")
    got = at(evs, "vetoes")
    assert got and got[0].target is not None and got[0].target.code == "IGOUNO", dump(evs)
