"""Targets the actor-span measure found missing (issue 14, session 27): troops or aid given to an international
body's force or mission in a place go to that place's state (coding/mission_place.py); a "target" struck in a place
is ground, whose place names the state acted on (data/coding/victims.tsv); "refute"/"rebut" reject what another
said (data/lexicon/12_reject.tsv); a people patient of an act coded as an intention is read by the act's own code
(coding/target_chain.py, coding/people_patients.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import dump, events_of, rows_of


@pytest.mark.parametrize("text, src, tgt", [
    ("Ghana is sending 450 soldiers to the UN peacekeeping mission in Lebanon.", "GHA", "LBN"),
    ("Norway stands ready to contribute troops to the African Union force in Somalia.", "NOR", "SOM"),
    ("Chile sent 200 troops to the UN mission in Haiti in 2004.", "CHL", "HTI"),
])
def test_troops_for_a_bodys_mission_go_to_the_state_it_is_in(text, src, tgt):
    evs = events_of(text)
    got = [e for e in evs if e.source is not None and e.source.code == src]
    assert got and got[0].target is not None and got[0].target.code == tgt, dump(evs)
    assert "mission_place.py" in got[0].rule, dump(evs)


def test_a_mission_with_no_place_keeps_the_body():
    evs = events_of("Chile sent 200 troops to the UN mission last year.")
    got = [e for e in evs if e.source is not None and e.source.code == "CHL"]
    assert got and got[0].target is not None and got[0].target.code == "IGOUNO", dump(evs)


def test_a_mission_in_the_doers_own_country_is_no_target_of_its_own():
    # (the troops of the state the mission is in are no act on their own state)
    evs = events_of("Mali is sending 300 soldiers to the UN mission in Mali.")
    got = [e for e in evs if e.source is not None and e.source.code == "MLI"]
    assert got and not any(e.target is not None and e.target.code == "MLI" for e in got), dump(evs)


def test_a_target_struck_in_a_place_names_its_state():
    evs = events_of("Israeli jets struck a target in southern Lebanon early on Tuesday, the army said.")
    got = [e for e in evs if e.cameo.startswith("19")]
    assert got and got[0].target is not None and got[0].target.code == "LBN", dump(evs)


def test_refuting_remarks_rejects_their_author():
    rows = rows_of("The Kenyan foreign ministry refuted the Ugandan president's remarks on Tuesday.")
    assert ("120", "120.refute", "KENGOV", "UGAGOV") in rows, rows


def test_refuting_responsibility_is_a_denial():
    rows = rows_of("The Nigerian army refuted responsibility for the blast in Maiduguri.")
    assert rows and rows[0][:3] == ("016", "016.refute-responsibility", "NGAMIL"), rows


def test_people_met_in_a_plan_are_the_target():
    evs = events_of("The Afghan interior minister plans to meet informants in the camps near Kabul next week.")
    got = [e for e in evs if e.cameo.startswith("03")]
    assert got and got[0].target is not None and got[0].target.sector == "CVL", dump(evs)


def test_refuge_sought_in_a_country_is_an_appeal_to_it():
    rows = rows_of("Thousands of Eritreans have sought refuge in Ethiopia since the war began.")
    assert ("0233", "0233.seek-refuge-in", "ERICVL", "ETH") in rows, rows


def test_a_tokenised_possessive_is_no_closing_quote():
    # tokenised text writes the possessive's mark apart: "Mali ’ s government" (nlp.straight_apostrophes)
    evs = events_of("The African Union has called on Mali ’ s transitional government to hold elections by February .")
    got = [e for e in evs if e.cameo.startswith("02")]
    assert got and got[0].target is not None and got[0].target.code == "MLIGOV", dump(evs)
    assert got[0].target.text.startswith("Mali ’ s"), dump(evs)
