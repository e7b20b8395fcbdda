"""A comment, criticism, rejection or warning with no party in its slots is aimed at the party that owns, does or
sponsors what it is about (coding/topic_owner.py; issue 14, no target). Every sentence here was written for these
tests."""
from __future__ import annotations

import pytest

import eventwire


def dyads(text: str, word: str):
    evs = eventwire.code_text(text, date="2020-06-01").events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if word in e.trigger_text}


@pytest.mark.parametrize("text, word, source, target", [
    # the owner (possessive) of the thing
    ("The Danish foreign minister warned about the Norwegian prime minister's actions on Tuesday.", "warned",
     "DNKGOV", "NORGOV"),
    ("Greek officials criticised Ankara's plan.", "criticised", "GRCGOV", "TURGOV"),
    # the doer of an act noun ("by"), also through a wrapper and a duration the parser hangs it on
    ("Oslo has been warning for days of the possibility of a faked gas attack by Kurdish militants.", "warning",
     "NORGOV", "KURINS"),
    # the owner of the subject of what is warned
    ("An aide to the Danish premier warned after the vote that the Norwegian president's moves would cause chaos.",
     "warned", "DNKGOV", "NORGOV"),
    # the sponsor of a gathering (a demonym sponsor is the state)
    ("The Iraqi delegation opposed attending the Iranian-sponsored conference in Geneva.", "opposed", "IRQGOV", "IRN"),
    ("Several Lebanese charities warned that a planned Iranian-sponsored summit is seeking to sideline the UN process.",
     "warned", "LBNNGO", "IRN"),
])
def test_the_owner_doer_or_sponsor_of_what_it_is_about(text, word, source, target):
    assert (source, target) in dyads(text, word)


@pytest.mark.parametrize("text, word, wrong", [
    # people are parties of their own: their owner is not the one aimed at
    ("The senator said the president was insulting Canada's friends and allies.", "insulting", "CAN"),
    # a comment's object is what it says, not what it is about
    ("On Friday the militia released Smith's farewell video.", "released", "USACVL"),
])
def test_no_owner_of_people_nor_of_what_a_comment_says(text, word, wrong):
    assert all(t != wrong for _, t in dyads(text, word))


@pytest.mark.parametrize("text", [
    # the crew is what he commands, though the parser gives "commanding" the main verb's object ("roads")
    "The Australian volunteer was killed on Friday when an old bomb went off as the mortar crew he was commanding "
    "swept roads in the newly freed village.",
    "The nurse was killed when a landmine detonated as the recon squad she was commanding checked buildings near the "
    "old market.",
    "In 1974 the cadet briefly commanded a Peruvian tank crew.",
])
def test_commanding_a_unit_is_a_post_held_not_a_demand(text):
    evs = eventwire.code_text(text, date="2020-06-01").events
    assert not [e for e in evs if "command" in e.trigger_text]


def test_the_day_a_relative_clause_tells_is_not_its_object():
    # (coding/clauses.py contact_gap: when, not what he signed)
    evs = eventwire.code_text("The riots began the weekend the governor signed an emergency decree.",
                              date="2020-06-01").events
    assert not [e for e in evs if "signed" in e.trigger_text and e.cameo.startswith("057")]
