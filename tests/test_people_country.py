"""A people without a state takes the homeland the article places it in (knowledge/people_country.py): its own phrase,
the places its sentence names, the story's named bodies of the people, the story's own country or places; only among
the people's homelands (data/actors/peoples.tsv), never over a country the text gives. Sentences written for
eventwire."""
from __future__ import annotations

from eventwire import code_text


def kurdish(text, date="2019-03-01"):
    found = []
    for e in code_text(text, date=date).events:
        for a in (e.source, e.target):
            if a is not None and "KUR" in (a.code or ""):
                found.append(a)
    assert found, text
    return found


def test_the_place_of_the_clause_places_the_kurds_acted_on():
    a = kurdish("Turkish troops shelled the Kurdish town of Kobani on Tuesday.")[0]
    assert a.code == "SYRKUR"
    assert "homelands" in a.why


def test_the_only_country_of_the_sentences_places_places_the_kurds():
    a = kurdish("Iraqi soldiers pushed the Kurds back from Kirkuk in October.")[0]
    assert a.code == "IRQKUR"


def test_the_storys_named_bodies_place_the_kurds():
    text = ("The Syrian Democratic Forces captured the village of Baghuz on Saturday. SDF commanders said the last "
            "Isis fighters had surrendered. Washington praised the Kurds for their sacrifices.")
    a = kurdish(text)[0]
    assert a.code == "SYRKUR"
    assert "named bodies" in a.why


def test_kurdish_custody_in_a_story_of_the_sdf_is_syrian():
    text = ("The Syrian Democratic Forces captured the village of Baghuz on Saturday. SDF commanders said the last "
            "Isis fighters had surrendered. Two Belgian women are now in Kurdish custody.")
    assert kurdish(text)[0].code == "SYRKUR"


def test_the_storys_places_place_the_kurds_where_the_sentence_names_none():
    text = ("Aid convoys reached Aleppo and Homs this week, and families returned to Raqqa. Ankara has accused the "
            "Kurds of hiding weapons in schools.")
    a = kurdish(text)[0]
    assert a.code == "SYRKUR"
    assert "story's places" in a.why
    text = ("Food prices in Mosul, Erbil and Dohuk have doubled since the spring. The Kurds have rejected a deal "
            "offered by Baghdad.")
    assert kurdish(text)[0].code == "IRQKUR"


def test_a_kurdish_body_nothing_else_places_takes_the_storys_places():
    text = ("Aid convoys reached Aleppo and Idlib this week, but roads to Afrin stay closed. Kurdish forces shot down "
            "a Turkish helicopter on Thursday.")
    assert kurdish(text)[0].code == "SYRKURMIL"


def test_a_country_the_text_gives_stands():
    a = kurdish("British Kurds have blocked roads in London to protest against Ankara.")[0]
    assert a.code == "GBRKUR"


def test_kurds_placed_outside_their_homelands_take_none_of_them():
    for a in kurdish("Thousands of Kurds rallied in Cologne to condemn the Turkish offensive."):
        assert a.code == "KUR", a.why


def test_a_sentence_naming_two_homelands_places_no_one():
    text = ("Aid convoys reached Aleppo and Homs this week, and families returned to Raqqa. Turkish jets struck "
            "Kurdish fighters in Syria and Iraq overnight.")
    for a in kurdish(text):
        assert not a.country, a.why


def test_the_kurds_with_nothing_to_place_them_keep_no_country():
    for a in kurdish("Ankara has long accused the Kurds of plotting against it."):
        assert a.code == "KUR", a.why


def test_where_someone_went_or_left_places_the_kurds_when_nothing_else_does():
    a = kurdish("After fleeing Mosul, the two brothers were captured by Kurdish forces in March.")[0]
    assert a.code == "IRQKURMIL", a.why
    a = kurdish("A Canadian man was detained by Kurdish fighters soon after he crossed into Syria.")[0]
    assert a.code == "SYRKURUAF", a.why
    # (places in two countries: none is plain)
    a = kurdish("A Canadian man was detained by Kurdish fighters soon after he flew from Toronto to Syria.")[0]
    assert a.code == "KURUAF", a.why
