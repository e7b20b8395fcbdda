"""A place name modifying an act-of-force noun is the ground it was done to (issue 14, no target):
coding/place_modifier.py, asked by place_targets.place_target. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_a_country_modifying_an_invasion_is_its_target():
    evs = events_of("In return, the generals accepted Erdogan's first big Cyprus invasion in 1974.")
    got = at(evs, "invasion")
    assert got and got[0].cameo.startswith("19"), dump(evs)
    assert got[0].source is not None and got[0].source.country == "TUR", dump(evs)
    assert got[0].target is not None and got[0].target.code == "CYP", dump(evs)


def test_a_country_modifying_an_intervention_is_its_target():
    evs = events_of("Critics said the French Mali intervention had gone on far too long.")
    got = [e for e in evs if e.cameo.startswith("19")]
    assert got and got[0].source is not None and got[0].source.country == "FRA", dump(evs)
    assert got[0].target is not None and got[0].target.code == "MLI", dump(evs)


def test_a_demonym_modifying_an_incursion_names_the_doer_not_the_target():
    evs = events_of("Thousands of villagers fled the Turkish incursion, officials said.")
    got = at(evs, "incursion")
    assert got and got[0].source is not None and got[0].source.country == "TUR", dump(evs)
    assert got[0].target is None or got[0].target.country != "TUR", dump(evs)


def test_the_doers_own_country_as_modifier_is_no_target():
    evs = events_of("The US invasion toppled the government within weeks.")
    got = at(evs, "invasion")
    assert got and got[0].source is not None and got[0].source.country == "USA", dump(evs)
    assert got[0].target is None or got[0].target.country != "USA", dump(evs)


def test_an_invasion_naming_no_ground_takes_the_one_other_country_of_its_sentence():
    evs = events_of("Kuwaiti oil output stayed low for months after the Iraqi invasion of 1990.")
    got = at(evs, "invasion")
    assert got and got[0].source is not None and got[0].source.country == "IRQ", dump(evs)
    assert got[0].target is not None and got[0].target.code == "KWT", dump(evs)


def test_an_invasion_in_a_sentence_naming_two_other_countries_takes_neither():
    evs = events_of("Though Greece protested at the Turkish invasion and Britain urged restraint, talks went on.")
    got = at(evs, "invasion")
    assert got and got[0].source is not None and got[0].source.country == "TUR", dump(evs)
    assert got[0].target is None, dump(evs)


def test_sanctions_on_no_one_named_take_the_one_other_country_of_their_sentence():
    evs = events_of("Calling Zimbabwe a menace, the South African minister said Pretoria had reimposed sanctions "
                    "that should never have been lifted.")
    got = [e for e in evs if e.cameo.startswith("163")]
    assert got and got[0].source is not None and got[0].source.country == "ZAF", dump(evs)
    assert got[0].target is not None and got[0].target.code == "ZWE", dump(evs)


def test_sanctions_in_a_sentence_naming_only_a_venue_city_take_no_target():
    evs = events_of("Ministers met in Geneva on Monday, and Washington reimposed sanctions.")
    got = [e for e in evs if e.cameo.startswith("163")]
    assert got and got[0].source is not None and got[0].source.country == "USA", dump(evs)
    assert got[0].target is None, dump(evs)


def test_a_ban_is_not_read_as_sanctions_on_the_one_other_country_named():
    evs = events_of("Clubs across Norway changed their plans in the wake of Bolsonaro's travel ban.")
    got = [e for e in evs if e.cameo.startswith("163")]
    assert all(e.target is None or e.target.country != "NOR" for e in got), dump(evs)
