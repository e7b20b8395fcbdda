"""A request told as the occasion of another's act ("at X's request") is made to that act's doer
(coding/requested_acts.py; issue 14, no target). Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, sides_at

_events = events_on("2020-06-01", checked=False)


def dyads(text: str, word: str):
    return sides_at(_events(text), word)


def test_the_doer_of_a_verb_done_at_the_request():
    assert ("MLIGOV", "FRA") in dyads("France sent troops to Mali in 2013 at Bamako's request.", "request")


def test_the_actor_modifier_of_an_act_noun_done_at_the_request():
    got = dyads("The French intervention in Mali at the Malian government's request was a success.", "request")
    assert ("MLIGOV", "FRA") in got


def test_no_party_when_the_act_names_no_doer():
    got = dyads("The troops were deployed at Mali's request.", "request")
    assert got and all(t is None for _, t in got), got
