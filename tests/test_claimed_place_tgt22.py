"""Targets of a claim of responsibility (issue 14): an act of force claimed, done "in" a place of another state than
the claimant's, was done to that state, and the claim takes it as its target; the claimant's own ground names no
one. coding/claimed_place.py, asked by place_targets.place_target. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2022-05-10")


def dump(evs):
    return [(e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.code) for e in evs]


def claims(evs):
    return [e for e in evs if e.cameo == "015"]


def test_a_claimed_bombing_in_a_foreign_city_targets_that_state():
    evs = events_of("Al-Shabaab claimed responsibility for a bombing in Nairobi that killed 14 people on Friday.")
    got = claims(evs)
    assert got and got[0].source is not None and got[0].source.code.startswith("SOM"), dump(evs)
    assert got[0].target is not None and got[0].target.code == "KEN", dump(evs)
    assert "the claimed" in got[0].rule, got[0].rule


def test_a_claimed_attack_in_a_neighbours_town_targets_the_neighbour():
    evs = events_of("Boko Haram claimed responsibility for a raid in Maroua.")
    got = claims(evs)
    assert got and got[0].target is not None and got[0].target.code == "CMR", dump(evs)


def test_an_attack_claimed_on_the_claimants_own_ground_names_no_target():
    evs = events_of("Taliban fighters said they claimed responsibility for a gun attack in Kandahar on Sunday.")
    got = claims(evs)
    assert got and got[0].target is None, dump(evs)


def test_a_claim_for_no_act_of_force_takes_no_place_target():
    evs = events_of("The Kenyan opposition claimed credit for the reform vote in Uganda's parliament.")
    assert all(e.target is None or e.target.code != "UGA" for e in claims(evs)), dump(evs)


def test_the_place_of_the_clause_telling_what_the_claimed_act_did():
    evs = events_of("Al-Shabaab claimed responsibility for the twin bombings that killed more than 30 people in Kenya.")
    got = claims(evs)
    assert got and got[0].target is not None and got[0].target.code == "KEN", dump(evs)
