"""A capital that only says where another noun of the phrase is, is no actor (issue 14, place words taken as
actors): coding/located_capital.py, asked by coding/resolve.py. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import all_events_of, at, dump, events_of


def test_a_suburb_on_the_outskirts_of_a_capital_is_not_its_government():
    evs = events_of("The Lomas district, on the outskirts of Quito, has been besieged by army troops since March.")
    got = at(evs, "besieged")
    assert got and all(e.target is None or e.target.code != "ECUGOV" for e in got), dump(evs)


def test_people_from_a_capital_are_not_its_government():
    evs = all_events_of("Tomas Ruiz, a father of two from west Lisbon, and Pedro Costa, a mechanic also from west "
                        "Lisbon, were seized last month.")
    got = at(evs, "seized")
    assert got and all(e.target is not None and e.target.code == "PRTCVL" for e in got), dump(evs)


def test_an_act_aimed_at_a_capital_keeps_its_government():
    evs = events_of("Rebels fired rockets at Quito on Monday.")
    got = at(evs, "fired")
    assert got and got[0].target is not None and got[0].target.code == "ECUGOV", dump(evs)


def test_an_embassy_in_a_capital_keeps_its_state():
    evs = events_of("The UAE reopened its embassy in Quito.")
    got = at(evs, "reopened")
    assert got and got[0].target is not None and got[0].target.code == "ECUGOV", dump(evs)


def test_a_visit_to_a_capital_keeps_its_host():
    evs = events_of("Peru's president made a visit to Quito.")
    got = [e for e in evs if e.cameo.startswith("04")]
    assert got and got[0].target is not None and got[0].target.code == "ECUGOV", dump(evs)


def test_words_coming_from_a_capital_keep_their_author():
    evs = events_of("Chilean diplomats are sceptical about threats issued from Lima that tariffs on copper could "
                    "follow.")
    got = [e for e in evs if e.cameo.startswith("01")]
    assert got and got[0].target is not None and got[0].target.code == "PERGOV", dump(evs)
