"""A state's "-led" word before an armed group outside the state (knowledge/actor_phrases.py `led_irregular`;
session 20): "the French-led militia", "Spanish-led fighters" are led by that state, not its forces; the group takes
the country of where it fights, as a backed group does. "The French-led coalition", "Saudi-led forces" (a state
sector) stay the leader's.

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def sources(text: str, trigger_word: str, date: str = "2020-06-01"):
    evs = eventwire.code_text(text, date=date).events
    return {e.source.code if e.source else None for e in evs if trigger_word in e.trigger_text}


def dyads(text: str, trigger_word: str, date: str = "2020-06-01"):
    evs = eventwire.code_text(text, date=date).events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text}


def test_a_led_militia_is_not_the_leaders_own():
    got = sources("A Danish volunteer was wounded while serving with the French-led militia battling al-Shabaab "
                  "in Somalia.", "battling")
    assert got == {"SOMUAF"}, got


def test_led_fighters_take_the_country_where_they_fight():
    got = sources("Spanish-led fighters captured two villages near Gao in Mali on Tuesday.", "captured")
    assert got and "ESPUAF" not in got and got <= {"MLIUAF"}, got


def test_a_led_coalition_or_force_of_states_stays_the_leaders():
    got = sources("The French-led coalition bombed rebel positions near Gao in Mali on Monday.", "bombed")
    assert got == {"FRAMIL"}, got
    got = sources("Saudi-led forces shelled the port of Hodeidah in Yemen on Monday.", "shelled")
    assert got == {"SAUMIL"}, got


def test_one_killed_with_a_led_militia_was_killed_by_its_foe():
    text = ("A Danish volunteer was killed while serving with the US-led militia battling al-Shabaab in Somalia.")
    assert dyads(text, "battling") == {("SOMUAF", "SOMINS")}, dyads(text, "battling")
    assert dyads(text, "killed") == {("SOMINS", "DNKUAF")}, dyads(text, "killed")
