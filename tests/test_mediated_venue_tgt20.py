"""Mediated talks named by their venue town (coding/mediated_country.py; session 20): where the story's places lie
mostly in the town the talks are held in, the country the article's actors name clearly most, or the one they name
most when the sentence names it too, is whose conflict the talks are about; the town the talks are held in is no
place of that conflict.

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def dyads(text: str, trigger_word: str, date: str = "2020-06-01"):
    evs = eventwire.code_text(text, date=date).events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text}


def test_talks_named_by_their_venue_town_take_the_country_the_sentence_names():
    text = ("The Bamako government and the Tuareg rebels fought for months. The Algiers talks, brokered by Algeria, "
            "collapsed and Mali slid back into war.")
    got = dyads(text, "brokered")
    assert got == {("DZA", "MLI")}, got


def test_sponsored_talks_in_a_venue_town_take_the_country_the_actors_name_most():
    text = ("Colombia's government accused the guerrillas of new kidnappings. Colombia's president said the "
            "army would stay on alert. Colombia's defence minister visited troops in the south. Hundreds of "
            "delegates arrived in Bergen on Monday. Hotels in Bergen were full. Norway and Cuba are sponsoring "
            "the Bergen talks, at which most delegates are expected to back a ceasefire.")
    got = dyads(text, "sponsoring")
    assert got == {("NOR", "COL"), ("CUB", "COL")}, got


def test_the_town_the_talks_are_held_in_is_not_the_conflicts_country():
    got = dyads("Mali's junta has refused to share power with civilians. Talks brokered by Algeria were held in "
                "Ouagadougou this week.", "brokered")
    assert all(t != "BFA" for _, t in got), got


def test_a_mediator_of_talks_on_its_own_soil_still_takes_no_country_of_its_own():
    got = dyads("Algeria's army has been on alert for weeks. The Algiers talks, brokered by Algeria, collapsed and "
                "Algeria sealed its border.", "brokered")
    assert all(t != "DZA" for _, t in got), got
