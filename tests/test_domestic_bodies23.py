"""A domestic body's country from its own story, not from another body or state its sentence names (issue 14;
session 23): knowledge/counterpart_office.actor_named_only (a cabinet named earlier keeps its country over another
state's body in its sentence) and the `visiting-noun` kind of data/coding/actor_country.tsv read by knowledge/actor_where.Where.role.

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def sources(text: str, trigger_word: str, date: str = "2021-03-01"):
    evs = eventwire.code_text(text, date=date).events
    return [e.source for e in evs if trigger_word in e.trigger_text and e.source is not None]


def test_a_cabinet_named_earlier_keeps_its_country_over_another_regime_in_its_sentence():
    got = sources("The Dutch cabinet met on Friday. Cabinet agreed on the need to deter further use of drones by "
                  "the Tehran regime.", "agreed")
    assert [s.code for s in got] == ["NLDGOV"], [(s.code, s.why) for s in got]


def test_a_place_the_sentence_names_still_places_the_cabinet():
    # (a place rules before the story's fuller mention: the step is only for countries named by other actors)
    got = sources("The Dutch cabinet met on Friday. In Kabul, Cabinet accused the militants of the bombing.", "accused")
    assert [s.country for s in got] == ["AFG"], [(s.code, s.why) for s in got]


def test_an_opposition_delegation_abroad_is_not_of_the_country_it_meets_in():
    got = sources("The Venezuelan opposition has rejected the election. An opposition delegation in Oslo demanded "
                  "new elections.", "demanded")
    assert [s.code for s in got] == ["VENOPP"], [(s.code, s.why) for s in got]


def test_police_in_a_city_are_still_that_city_s_police():
    got = sources("Police in Lyon arrested three men after the riot.", "arrested")
    assert [s.code for s in got] == ["FRACOP"], [(s.code, s.why) for s in got]
