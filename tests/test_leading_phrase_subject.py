"""Doers the parser hid (issue 14, "no source"): the subject of a main verb read as coordinated with the date or
place that ends the sentence's opening phrase ("In an interview on Monday, X, the minister, rejected ..."), and the
owner of a plan or message passed on to someone in a passive with no "by" phrase ("Britain's proposal will be
handed to the envoy"). coding/misparses.py `leading_phrase_subject`, coding/clause_args.py `conveyed_owner`.
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2021-03-02")


def dump(evs):
    return [(e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.code) for e in evs]


def test_name_hung_on_the_opening_date_is_the_subject():
    evs = events_of("In a speech at the defence ministry on Friday, Mike Pence, the US vice-president, praised the "
                    "Kenyan army for its courage.")
    # (the speech only carries the praise, one act since session 20: coding/speech_vehicle.py)
    praise = [e for e in evs if e.trigger_text == "praised"]
    assert praise and praise[0].source is not None and praise[0].source.code.startswith("USA"), dump(evs)
    assert praise[0].target is None or praise[0].target.code != praise[0].source.code, dump(evs)


def test_opening_phrase_subject_gives_the_main_verb_its_doer():
    evs = events_of("At a news conference in Ankara on Friday, Recep Tayyip Erdogan, the Turkish president, "
                    "condemned the attack on the embassy.")
    cond = [e for e in evs if e.trigger_text.startswith("condemned")]
    assert cond and cond[0].source is not None and cond[0].source.code.startswith("TUR"), dump(evs)


def test_a_list_of_places_opening_the_sentence_is_no_subject():
    evs = events_of("In Basra, Mosul and Kirkuk, students marched against corruption on Sunday.")
    marched = [e for e in evs if e.trigger_text.startswith("marched")]
    assert marched and marched[0].source is not None and marched[0].source.sector != "GOV", dump(evs)


def test_owner_of_a_plan_passed_on_is_its_doer():
    evs = events_of("The French plan will be passed to the Iranian foreign minister, Javad Zarif, at a meeting in "
                    "Vienna next week.")
    passed = [e for e in evs if e.trigger_text.startswith("passed")]
    assert passed and passed[0].source is not None and passed[0].source.code.startswith("FRA"), dump(evs)
    assert passed[0].target is not None and passed[0].target.code.startswith("IRN"), dump(evs)


def test_a_plan_with_no_owner_passed_on_has_no_doer():
    evs = events_of("The plan will be passed to the Iranian foreign minister at a meeting in Vienna next week.")
    passed = [e for e in evs if e.trigger_text.startswith("passed")]
    assert all(e.source is None for e in passed), dump(evs)


def test_person_described_as_serving_with_a_group_is_that_group():
    # knowledge/people.py `_served_body`: "a volunteer with X" names the body; "we" in that person's quote is X
    evs = events_of("Samir Qadri, a 41-year-old pharmacist and longtime volunteer with the White Helmets, arrived on "
                    "Monday. Qadri condemned the airstrikes on Idlib.")
    cond = [e for e in evs if e.trigger_text.startswith("condemned")]
    assert cond and cond[0].source is not None and cond[0].source.code == "SYRNGO", dump(evs)
    evs = events_of("Samir Qadri, a volunteer with the White Helmets, said the threats would not stop him. "
                    "\u201cWe will continue to rescue the wounded.\u201d")
    rescue = [e for e in evs if "rescue" in e.trigger_text]
    assert rescue and rescue[0].source is not None and rescue[0].source.code == "SYRNGO", dump(evs)


def test_a_description_with_a_thing_names_no_body():
    evs = events_of("Samir Qadri, a teacher with two children, arrived on Monday. Qadri condemned the airstrikes.")
    cond = [e for e in evs if e.trigger_text.startswith("condemned")]
    assert all(e.source is None or e.source.code != "SYRNGO" for e in cond), dump(evs)
