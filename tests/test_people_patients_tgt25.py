"""The people a charge, a verdict or a rescue was done to (issue 14, no target): "two men have been charged in
Oslo" (a charge takes people by a word for people, data/coding/victims.tsv `either-verb`), "two women were
convicted" (a verdict or censure, root 11, and aid given to people, root 07, are `person-root`s: the people they
name are a civilian target, coding/people_patients.py; a passive verdict with no court named has the court of the
place as its doer, knowledge/implicit_agents.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on

events_of = events_on("2022-03-09")


def test_men_charged_in_a_country_are_its_civilians():
    evs = events_of("Two men have been charged in Norway for joining al-Shabaab.")
    got = at(evs, "charged")
    assert got and got[0].source is not None and got[0].source.code == "NORJUD", dump(evs)
    assert got[0].target is not None and got[0].target.code == "NORCVL", dump(evs)


def test_prosecutors_charging_men_take_them_as_target():
    evs = events_of("Danish prosecutors have charged three men over the bomb plot in Aarhus.")
    got = at(evs, "charged")
    assert got and got[0].target is not None and got[0].target.sector == "CVL", dump(evs)


def test_a_military_charge_on_positions_takes_no_people():
    # "charged the enemy positions": no word for people, so no civilians made up
    evs = events_of("The Kenyan army charged the enemy positions at dawn.")
    assert all(e.target is None or e.target.sector != "CVL" for e in at(evs, "charged")), dump(evs)


def test_a_passive_verdict_with_no_court_named():
    evs = events_of("Two men have been convicted in Norway for joining al-Shabaab.")
    got = at(evs, "convicted")
    assert got and got[0].target is not None and got[0].target.code == "NORCVL", dump(evs)
    assert "people_patients.py" in got[0].rule, dump(evs)


def test_a_passive_accusation_with_no_doer_stays_no_event():
    # no court or prosecutor is implied by an accusation: no doer, so no event of anyone's
    evs = events_of("The men were accused of treason.")
    assert not at(evs, "accused"), dump(evs)


def test_a_rescue_of_people_named_by_a_word_for_people():
    evs = events_of("Kenyan soldiers rescued three young sisters from a refugee site near Dadaab.")
    got = at(evs, "rescued")
    assert got and got[0].target is not None and got[0].target.sector == "CVL", dump(evs)
    assert "three young sisters" in got[0].target.text, dump(evs)


def test_rescuing_a_thing_takes_no_people():
    evs = events_of("The charity rescued the archive of the old mission in Goma.")
    assert all(e.target is None or e.target.sector != "CVL" for e in at(evs, "rescued")), dump(evs)


def test_smearing_anyone_who_does_something_is_aimed_at_those_people():
    # "anyone who ..." with its clause stands for the people it describes, as "those who ..." does
    evs = events_of("The government hired lobbyists to smear anyone who calls for free elections in Uganda as traitors.")
    got = at(evs, "smear")
    assert got and got[0].target is not None and got[0].target.sector == "CVL", dump(evs)


def test_a_bare_anyone_is_no_people():
    evs = events_of("The minister said anyone could criticise the plan.")
    assert all(e.target is None or e.target.text != "anyone" for e in evs), dump(evs)


def test_care_given_to_survivors_is_aimed_at_them():
    # the object is the thing given; its "to" phrase names the people given it
    evs = events_of("The Red Cross is providing medical care to the survivors in Beira.")
    got = at(evs, "providing")
    assert got and got[0].target is not None and got[0].target.code == "MOZCVL", dump(evs)


def test_aid_given_to_a_thing_makes_up_no_people():
    evs = events_of("The Red Cross is providing medical supplies to the hospital in Beira.")
    assert all(e.target is None or e.target.sector != "CVL" for e in at(evs, "providing")), dump(evs)



def test_killing_anyone_who_tells_a_habit_not_people():
    # "anyone who" on an act of force is no patient of its own (the people hit are named elsewhere)
    evs = events_of("In Beni the gunmen appeared to kill anyone who stepped into the street.")
    assert all(e.target is None or e.target.text != "anyone" for e in evs), dump(evs)
