"""Bare sectors given the country the article makes plain (issue 14 item 3, bare28): victims of force are of the
place the act was done (knowledge/scene_victims.py); a custody act upon a return from abroad is the home state's
(knowledge/returned_home.py); an implicit agent's "there". Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_victims_take_the_place_of_the_act_over_another_act_place():
    evs = events_of("A day after the Baghdad bombing, the group claimed a shooting at a mosque in Kano, killing about "
                    "a dozen people.")
    got = at(evs, "killing")
    assert got and got[0].target.code == "NGACVL", dump(evs)
    assert "from the place of the act 'Kano'" in got[0].target.why


def test_hostages_killed_at_a_place_stay_bare():
    evs = events_of("A day after the Baghdad bombing, the group claimed a raid on a mosque in Kano, killing several "
                    "hostages.")
    got = at(evs, "killing")
    assert got and not (got[0].target.code or "").startswith("NGA"), dump(evs)


def test_victims_in_coordinated_places_of_two_countries_take_neither():
    evs = events_of("A day after the Baghdad bombing, the group claimed attacks on markets in Kano and Niamey, "
                    "killing dozens of people.")
    got = at(evs, "killing")
    assert got and got[0].target.country is None, dump(evs)


def test_arrest_upon_returning_home_is_the_home_state_police():
    evs = events_of("Several Canadians have been arrested upon returning from Iraq, but none has been convicted.")
    got = at(evs, "arrested")
    assert got and got[0].source.code == "CANCOP", dump(evs)
    assert "came home to" in got[0].source.why


def test_arrest_at_a_named_place_after_a_return_is_that_place_state():
    evs = events_of("Several Britons have been arrested in Turkey after returning from Syria.")
    got = at(evs, "arrested")
    assert got and got[0].source.code == "TURCOP", dump(evs)


def test_arrest_upon_a_return_of_no_known_home_is_not_the_place_left():
    evs = events_of("He was arrested upon his return from Syria last year.")
    got = at(evs, "arrested")
    assert got and got[0].source.code == "COP", dump(evs)


def test_a_date_after_the_return_is_no_place_of_it():
    evs = events_of("Three Australians were detained upon their return from Syria in May.")
    got = at(evs, "detained")
    assert got and got[0].source.code == "AUSCOP", dump(evs)


def test_an_arrest_after_coming_home_is_the_home_state_police():
    evs = events_of("A Danish man who joined the militia went to Iraq, came home, and was arrested in 2017.")
    got = at(evs, "arrested")
    assert got and got[0].source.code == "DNKCOP", dump(evs)


def test_an_arrest_after_coming_home_at_a_named_place_is_that_place_state():
    evs = events_of("Two Belgians travelled to Syria, returned home and were detained in Istanbul.")
    got = at(evs, "detained")
    assert got and got[0].source.code == "TURCOP", dump(evs)


def test_an_arrest_after_coming_home_takes_the_home_of_a_pronoun_for_a_named_briton():
    evs = events_of("Tom Carver, a British former soldier, spent a year with the Kurdish militia. He went to Syria, "
                    "came home and was arrested in 2016.")
    got = at(evs, "arrested")
    assert got and got[0].source.code == "GBRCOP", dump(evs)
    assert "came home to" in got[0].source.why or "the home of the one it was done to" in got[0].source.why


def test_an_implicit_agent_there_takes_the_place_the_word_stands_for():
    evs = events_of("Protests broke out in Alexandria on Friday. Dozens of protesters were detained there, witnesses "
                    "said.")
    got = at(evs, "detained")
    assert got and got[0].source.code == "EGYCOP", dump(evs)
    assert "from 'there', which stands for 'Alexandria'" in got[0].source.why
