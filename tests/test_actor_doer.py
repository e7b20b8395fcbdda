"""The doer's own words give no country to the one an act of force or aid is done to (issue 14, item 3;
knowledge/actor_doer.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_of
from eventwire import code_text


def target_of(text, word):
    evs = events_of(text, "2022-04-11")
    found = [e.target for e in evs if e.target is not None and e.target.text
             and word in e.target.text.lower()]
    assert found, [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in evs]
    return found[0]


def test_the_rescuer_nationality_is_not_the_rescued_country():
    a = target_of("Over one weekend in May, 250 people were rescued by the Portuguese coastguard and "
                  "the Red Cross.", "people")
    assert a.country != "PRT", a.why


def test_the_rescuers_nationality_is_not_the_rescued_civilians_country():
    a = target_of("The Dutch volunteers rescued civilians from the rubble on Monday.", "civilians")
    assert a.country != "NLD", a.why


def test_a_place_still_gives_the_victims_country():
    a = target_of("Hospitals in Mosul were bombed by Belgian jets on Tuesday.", "hospitals")
    assert a.country == "IRQ", a.why


def test_the_police_of_the_country_still_give_it_to_those_they_arrest():
    res = code_text("Kenyan police arrested protesters on Monday.", date="2022-04-11")
    assert any(e.target is not None and e.target.code == "KENOPP" for e in res.events)
