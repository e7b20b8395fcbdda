"""An act named only as the topic of a generic "when we talk about ..." clause (issue 14, not an event:
coding/talked_topics.py, the `topic_talk` words of data/coding/non_events.tsv). Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_on


events_of = events_on("2021-03-09", unattributed=True)


def codes_at(text, word):
    return [e.cameo for e in events_of(text) if word.lower() in e.trigger_text.lower()]


@pytest.mark.parametrize("text, word", [
    ("That is what is at stake when we talk about an invasion by the Ethiopian army.", "invasion"),
    ("If you speak of an attack by Peruvian troops, people in Lima get angry.", "attack"),
])
def test_generic_topic_is_no_act(text, word):
    assert codes_at(text, word) == []


@pytest.mark.parametrize("text, word", [
    # a report of one attack, no generic clause
    ("Officials in Quito spoke of an attack by Peruvian troops on a border post on Sunday.", "attack"),
    # one invasion the story names, definite
    ("When we talk about the invasion of Ukraine by Russia, we mean a war.", "invasion"),
])
def test_reported_or_definite_acts_stay(text, word):
    assert "190" in codes_at(text, word)
