"""A refusal, or a vow or threat not to permit, aimed at the party it keeps from acting (issue 14;
coding/permitted_party.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-06-14")


def test_a_refusal_to_allow_a_named_party_to_act_is_aimed_at_that_party():
    evs = events_of("The Peshmerga refused to allow the Canadian volunteers to join the offensive.")
    got = [e for e in at(evs, "refused") if e.cameo.startswith("12")]
    assert got and got[0].target is not None and got[0].target.country == "CAN", dump(evs)
    assert "kept from acting" in got[0].rule, got[0].rule


def test_a_refusal_to_let_her_act_is_aimed_at_the_woman_named_before():
    evs = events_of("Jane Rowley, a Canadian volunteer, joined the Peshmerga in 2016. "
                    "Her commanders refused to let her fight.")
    got = [e for e in at(evs, "refused") if e.cameo.startswith("12")]
    assert got and got[0].target is not None and got[0].target.country == "CAN", dump(evs)


def test_a_vow_not_to_allow_a_named_party_to_act_is_aimed_at_that_party():
    evs = events_of("India has vowed not to allow Pakistani militants to cross the line of control.")
    got = at(evs, "vowed")
    assert got and got[0].target is not None and got[0].target.country == "PAK", dump(evs)


def test_a_vow_to_allow_a_party_to_act_is_not_aimed_at_it():
    evs = events_of("Kenya vowed to allow the Somali refugees to stay.")
    got = at(evs, "vowed")
    assert got and all("kept from acting" not in e.rule for e in got), dump(evs)


def test_a_vow_not_to_allow_a_place_to_be_turned_into_something_names_no_party():
    evs = events_of("Kenya vowed not to allow the province to be turned into a battlefield.")
    got = at(evs, "vowed")
    assert got and all(e.target is None for e in got), dump(evs)
