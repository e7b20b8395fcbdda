"""Typographic apostrophes (issue 14): the parser reads "we’re", "we’ll", "Russia’s" as it reads "we're", "we'll",
"Russia's" (nlp.straight_apostrophes, given to spaCy by pipeline.parse_text), while every span an event quotes is
the user's own text, curly apostrophes included. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.nlp import straight_apostrophes
from eventwire.pipeline import parse_text
from coded_sentences import events_on


@pytest.mark.parametrize("text, want", [
    ("We\u2019re here, they didn\u2019t go", "We're here, they didn't go"),
    ("Egypt\u2019s envoy", "Egypt's envoy"),
    ("we\u2019d go, I\u2019m here, we\u2019ll see, they\u2019ve gone", "we'd go, I'm here, we'll see, they've gone"),
    # an apostrophe inside a name is no contraction: kept
    ("O\u2019Neill met Dara\u2019a officials in Sa\u2019eed", "O\u2019Neill met Dara\u2019a officials in Sa\u2019eed"),
    ("the guards\u2019 rifles", "the guards' rifles"),                          # a plural possessive
    ("We\u02bcll see", "We'll see"),                                           # the modifier letter apostrophe
    # a single quotation keeps its marks, also with a contraction inside it
    ("no \u2018victory\u2019 here", "no \u2018victory\u2019 here"),
    ("she said \u2018it\u2019s over\u2019, and left", "she said \u2018it's over\u2019, and left"),
    ("the word \u2018tanks\u2019 again", "the word \u2018tanks\u2019 again"),     # a quotation ending in "s"
    ("\u201cwhy?\u2019 He\u2019s gone", "\u201cwhy?\u2019 He's gone"),
    ("plain text, no marks", "plain text, no marks"),
])
def test_straight_apostrophes(text, want):
    got = straight_apostrophes(text)
    assert got == want
    assert len(got) == len(text)


def test_the_parser_is_given_straight_apostrophes_at_the_same_offsets():
    text = "BAKU, May 2 - The minister\u2019s aides said they\u2019re leaving."
    got = parse_text(text)
    assert len(got) == len(text)
    assert "minister's" in got and "they're" in got


_events = events_on("2021-03-09")


def test_curly_going_to_attack_is_an_intention():
    evs = [e for e in _events("\u201cWe\u2019re going to attack the rebels in the hills,\u201d the Turkish defence "
                              "minister said.") if e.trigger_text == "attack"]
    assert [(e.cameo, e.modality) for e in evs] == [("138", "intent")]


def test_curly_will_is_an_intention_not_a_report_of_a_bombing():
    # "’ll" is read as "will": a threat of force, not the act (before: 195 "reported")
    evs = [e for e in _events("\u201cWe\u2019ll bomb their bases,\u201d the Turkish president said.")
           if e.trigger_text == "bomb"]
    assert [(e.cameo, e.modality) for e in evs] == [("138", "intent")]
    assert evs[0].source is not None and evs[0].source.country == "TUR"


def test_curly_possessive_keeps_the_country_as_doer():
    evs = [e for e in _events("Russia\u2019s jets bombed Idlib on Tuesday.") if e.trigger_text == "bombed"]
    assert len(evs) == 1
    assert evs[0].source is not None and evs[0].source.country == "RUS"
    assert evs[0].source.text == "Russia\u2019s jets"          # the user's character, not the parser's


def test_spans_quote_the_users_characters():
    text = ("Turkey\u2019s army shelled the militants\u2019 positions near Afrin. \u201cWe\u2019ll strike them again,\u201d "
            "the Turkish defence minister said. Iraq\u2019s soldiers killed three gunmen.")
    res = code_text(text, date="2021-03-09")
    assert res.events
    assert any("\u2019" in e.sentence_text for e in res.events)
    for e in res.events:
        assert e.trigger_text == text[e.trigger_start:e.trigger_end]
        assert e.sentence_text and e.sentence_text in text
        assert "case restored" not in e.rule
        for a in (e.source, e.target, e.location):
            if a is not None and a.start is not None:
                assert a.text == text[a.start:a.end]
    for p in res.places:
        assert p.text == text[p.start:p.end]


def test_country_possessive_before_a_listed_leaders_short_name_is_the_leader():
    # "Turkey’s Recep Erdoğan" (read as "Turkey's ..."): the listed Recep Tayyip Erdoğan, not an unknown private
    # person of Turkey (knowledge/people.py); the later "Erdoğan" stays him too
    text = ("Recep Tayyip Erdoğan, the Turkish president, spoke on Monday. Putin later hosted Turkey\u2019s Recep "
            "Erdoğan in Sochi. Putin and Erdoğan met again on Friday.")
    res = code_text(text, date="2017-11-20")
    hosted = [e for e in res.events if e.trigger_text == "hosted"]
    assert hosted and hosted[0].target is not None and hosted[0].target.code == "TURGOV"
    assert "actor lists" in hosted[0].target.why and "not in the actor lists" not in hosted[0].target.why
    assert all(a.code != "TURCVL" for e in res.events for a in (e.source, e.target) if a is not None)


def test_a_different_first_name_is_not_the_listed_person():
    text = "Putin later hosted Turkey\u2019s Mehmet Erdoğan, a businessman, in Sochi."
    res = code_text(text, date="2017-11-20")
    assert all(a.code != "TURGOV" for e in res.events for a in (e.source, e.target) if a is not None)


def test_a_place_named_by_its_own_words_keeps_the_users_apostrophe():
    text = "Students gathered at King\u2019s College in London on Friday."
    res = code_text(text, date="2021-03-09")
    named = [p for p in res.places if p.geonameid is None and "King" in p.text]
    assert named and all(p.name == "King\u2019s College" for p in named)
    for p in res.places:
        assert p.text == text[p.start:p.end]
