"""A person the actor lists do not know, described by where the person works (issue 14 item 3, unlisted29): "X, a
researcher at the University of Toronto" is an academic (EDU) of the country the workplace's own phrase names; "X,
an analyst at the International Crisis Group" is the listed body's; "X, a surgeon at a hospital in Aleppo" HLH of
Syria (knowledge/workplace.py, data/coding/workplaces.tsv). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_a_researcher_at_a_university_of_a_town_is_that_country_academic():
    evs = events_of("Daniel Okafor, a researcher at the University of Toronto, criticised the government for its "
                    "decision.")
    got = at(evs, "criticised")
    assert got and got[0].source is not None and got[0].source.code == "CANEDU", dump(evs)
    assert "works at" in got[0].source.why


def test_an_analyst_at_a_listed_body_is_that_body_own():
    evs = events_of("Daniel Okafor, an analyst at the International Crisis Group, accused Turkey of targeting "
                    "civilians.")
    got = at(evs, "accused")
    assert got and got[0].source is not None and got[0].source.code == "NGOICG", dump(evs)


def test_a_surgeon_at_a_hospital_in_a_town_is_that_country_health_worker():
    evs = events_of("Maria Costa, a surgeon at a hospital in Aleppo, condemned the airstrikes by Russian jets.")
    got = at(evs, "condemned")
    assert got and got[0].source is not None and got[0].source.code == "SYRHLH", dump(evs)
    assert got[0].source.text == "Maria Costa", dump(evs)


def test_a_demonym_before_the_workplace_says_whose():
    evs = events_of("Sara Lind, a researcher at a Swedish university, accused Turkey of targeting civilians.")
    got = at(evs, "accused")
    assert got and got[0].source is not None and got[0].source.code == "SWEEDU", dump(evs)


def test_a_region_in_the_workplace_name_gives_no_country():
    evs = events_of("Tom Reyes, a researcher at the University of Georgia, accused Turkey of targeting civilians.")
    got = at(evs, "accused")
    assert got and (got[0].source is None or got[0].source.country != "GEO"), dump(evs)


def test_a_workplace_with_no_place_adds_nothing():
    evs = events_of("Tom Reyes, a researcher at a university, accused Turkey of targeting civilians.")
    got = at(evs, "accused")
    assert got and (got[0].source is None or not got[0].source.country), dump(evs)


def test_a_researcher_at_a_listed_body_unnamed_is_that_body_own():
    evs = events_of("A researcher at Amnesty International accused Israel of killing civilians.")
    got = at(evs, "accused")
    assert got and got[0].source is not None and got[0].source.code.startswith("NGO"), dump(evs)


def test_protesters_at_a_university_stay_protesters():
    evs = events_of("Protesters at the University of Tehran criticised the government.")
    got = at(evs, "criticised")
    assert got and got[0].source is not None and not got[0].source.code.endswith("EDU"), dump(evs)


def test_a_named_institute_in_a_capital_is_that_country_think_tank():
    evs = events_of("Charles Webb, a Syria expert at the Middle East Institute in Washington, criticised the "
                    "decision by Ankara.")
    got = at(evs, "criticised")
    assert got and got[0].source is not None and got[0].source.code == "USANGO", dump(evs)



def test_citizens_with_group_ties_stay_their_state_citizens():
    evs = events_of("Only Sweden and Norway are known to have taken back citizens with Isis connections.")
    got = at(evs, "taken")
    assert got and all(e.target is None or not e.target.code.startswith("IMG") for e in got), dump(evs)
