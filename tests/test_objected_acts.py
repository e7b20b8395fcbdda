"""A refusal noun is aimed through the act it refuses, and an objection hung with "over"/"despite" on another act is
aimed at the author of what that act carried (coding/objected_acts.py; issue 14, no target). Every sentence here was
written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_on, sides_at

_events = events_on("2020-06-01", checked=False)


def dyads(text: str, word: str):
    return sides_at(_events(text), word)


@pytest.mark.parametrize("text, word, source, target", [
    # the refused act's object: its author, the party an act noun there is for, the person met
    ("That plan failed because of Chile's refusal to back Peru's call for a recount.", "refusal", "CHL", "PER"),
    ("The Brazilian refusal to end its funding for the Tupac rebels angered Lima.", "refusal", "BRA", "REB"),
    ("Chile's refusal to meet the Bolivian president angered Lima.", "refusal", "CHL", "BOLGOV"),
    # an objection hung on the act that carried a party's proposal
    ("A Chilean resolution on fishing, adopted in May over Argentine objections, was seen as important.",
     "objections", "ARG", "CHL"),
    ("The Chilean plan was approved despite Argentine objections.", "objections", "ARG", "CHL"),
])
def test_aimed_through_the_act_refused_or_objected_to(text, word, source, target):
    assert (source, target) in dyads(text, word)


@pytest.mark.parametrize("text, word", [
    # a refusal to leave a place is no act on the state that place lies in
    ("Chile's refusal to leave Bolivia surprised nobody.", "refusal"),
    # an objection of its own phrase is not read through the act it hangs on
    ("The Chilean plan was approved despite Argentine objections to the fishing quota.", "objections"),
])
def test_no_party_from_a_place_or_a_stated_objection(text, word):
    got = dyads(text, word)
    assert got and all(t is None for _, t in got), got
