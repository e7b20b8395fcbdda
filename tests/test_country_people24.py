"""A state's own people named through a description of a country ("the country's population") take the one country
their sentence names by name, else, in a sentence naming none, the story's own (issue 14, bare sectors):
knowledge/country_people.py, asked by actor_story.possessor_country. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of

CANADA = ("Canada's prime minister welcomed new arrivals in Ottawa on Monday. Canadian officials in Toronto praised "
          "the plan. ")
PERU = "Peruvian police raided homes in Lima and Cusco. The Peruvian government in Lima defended the raids. "


def _people(evs):
    return [e for e in evs if e.target is not None and e.target.text == "population"]


def test_the_countrys_population_is_of_the_one_country_the_sentence_names_not_the_storys():
    evs = events_of(CANADA + "My grandfather left Chile in 1973, when the junta killed thousands of the country's "
                             "population.")
    got = _people(evs)
    assert got and got[0].target.code == "CHLCVL", dump(evs)
    assert "its possessor 'country'" in got[0].target.why, got[0].target.why


def test_the_countrys_population_in_a_sentence_naming_no_country_is_the_storys():
    evs = events_of(PERU + "During the insurgency, guerrillas killed thousands of the country's population.")
    got = _people(evs)
    assert got and got[0].target.code == "PERCVL", dump(evs)
    assert "its possessor 'country'" in got[0].target.why, got[0].target.why


def test_the_countrys_population_in_a_sentence_naming_two_countries_takes_no_country_from_the_description():
    evs = events_of(CANADA + "Brazil accused Chile of abandoning the country's population.")
    assert all("its possessor 'country'" not in (e.target.why or "") for e in evs if e.target is not None), dump(evs)
