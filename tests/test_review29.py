"""Precision guards added at the session-29 review: an act discussed as a risk is no event only where it is generic,
not one tied to an occasion (coding/unheld_acts.py); an attack whose purpose helps another side stays an attack, only
a move of forces is help announced (coding/helping_force.py); a speaker coreference could not resolve leaves a guess of
a government's fears as it was (coding/guessed_minds.py). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_an_attack_tied_to_its_occasion_that_risks_something_is_still_an_event():
    evs = events_of("A Turkish attack on Kurdish fighters in Manbij last week risks a wider war.")
    got = at(evs, "attack")
    assert got and got[0].cameo.startswith("19") and got[0].source.country == "TUR", dump(evs)


def test_a_generic_clash_discussed_as_a_risk_is_no_event():
    evs = events_of("A direct clash between Turkey and Syria risks a wider war in the region.")
    assert not [e for e in evs if e.cameo.startswith("19")], dump(evs)


def test_an_attack_to_help_another_side_stays_an_attack_on_its_object():
    evs = events_of("Israeli jets will strike Hezbollah positions to assist the Lebanese army, the minister said.")
    got = at(evs, "strike")
    assert got and got[0].cameo[:2] in ("13", "19") and got[0].target is not None, dump(evs)
    assert got[0].target.country == "LBN" and got[0].target.sector != "MIL", dump(evs)


def test_a_move_of_forces_to_help_a_side_is_help_announced():
    evs = events_of("Pro-government militiamen would enter Afrin to assist the Kurdish militias, state media said.")
    got = at(evs, "enter")
    assert got and got[0].cameo == "0312", dump(evs)


def test_a_guess_told_by_an_unresolved_pronoun_is_left_to_the_one_who_fears():
    evs = events_of("“The government probably fears a backlash from voters before the election,” he said.")
    got = [e for e in evs if e.cameo == "012"]
    assert not got or got[0].target is None or got[0].target.sector != "GOV", dump(evs)
