"""Where a conduct verb took people or goods is not whom the act was done to (issue 14, wrong target: a place):
coding/destinations.py, asked by roles._fallback_targets, target_chain (places forces went to) and
place_targets._aid_target. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_the_destination_of_an_escort_is_not_its_target():
    evs = events_of("The pilgrims were escorted on Friday by Chadian soldiers to a camp in Niger's Diffa region.")
    got = at(evs, "escorted")
    assert got and got[0].cameo == "074", dump(evs)
    assert got[0].source is not None and got[0].source.code.startswith("TCD"), dump(evs)
    # (the pilgrims are the ones escorted; Niger, where the camp is, is no party to it)
    assert got[0].target is not None and got[0].target.text == "pilgrims", dump(evs)


def test_an_escort_of_people_named_by_no_actor_word_takes_no_place_target():
    evs = events_of("The returnees were escorted on Friday by Chadian soldiers to a camp in Niger's Diffa region.")
    got = at(evs, "escorted")
    assert got and got[0].source is not None and got[0].source.code.startswith("TCD"), dump(evs)
    assert got[0].target is None or got[0].target.code != "NER", dump(evs)


def test_the_people_escorted_are_the_target_not_the_place():
    evs = events_of("Ugandan soldiers escorted the aid workers to several towns in South Sudan.")
    got = at(evs, "escorted")
    assert got and got[0].target is not None and got[0].target.sector == "NGO", dump(evs)


def test_the_country_the_wounded_were_evacuated_to_is_not_their_target():
    evs = events_of("Turkish medics evacuated the wounded to hospitals in Bulgaria.")
    got = at(evs, "evacuated")
    assert got, dump(evs)
    assert all(e.target is None or e.target.country != "BGR" for e in got), dump(evs)


def test_troops_sent_into_a_country_still_target_it():
    # (sending forces is no conduct verb: a deployment into a country is aimed at it)
    evs = events_of("Kenya sent troops into Somalia on Monday.")
    got = at(evs, "sent")
    assert got and got[0].target is not None and got[0].target.code == "SOM", dump(evs)


def test_peacekeepers_escorting_convoys_in_a_country_keep_the_place_target():
    # (an "in" phrase of the escort is where it was done, not where it went: the place rules still read it)
    evs = events_of("UN peacekeepers escorted food convoys in South Sudan.")
    got = at(evs, "escorted")
    assert got and got[0].target is not None and got[0].target.country == "SSD", dump(evs)


def test_an_agreement_to_keep_troops_abroad_does_not_target_the_country_they_stay_in():
    # (an agreement's target is the party agreed with; the place the troops stay in is no party: withdrawn_from.kept_in)
    evs = events_of("Macron agreed on Monday to keep French troops in Mali for a few more months.")
    got = at(evs, "agreed")
    assert got, dump(evs)
    assert all(e.target is None or e.target.country != "MLI" for e in got), dump(evs)


def test_a_plan_to_keep_troops_abroad_still_targets_that_country():
    evs = events_of("Moscow plans to keep troops inside Libya after the war.")
    got = at(evs, "plans")
    assert got and got[0].target is not None and got[0].target.code == "LBY", dump(evs)
