"""A crackdown on protests that names no protester is aimed at the protesters of the place the protest is in, else of
the repressing state's own country (coding/crushed_protests.py; issue 14, no target). Every sentence here was written
for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_on, sides_at

_events = events_on("2020-06-01", checked=False)


def dyads(text: str, word: str):
    return sides_at(_events(text), word)


@pytest.mark.parametrize("text, word, source, target", [
    # the place the protest noun's own phrase names
    ("Police cracked down on the demonstrations in Tehran.", "cracked", "IRNCOP", "IRNOPP"),
    # else the repressing state's own country, by a verb or by a noun
    ("When Lukashenko clamped down on the first protests, the opposition fractured.", "clamped", "BLRGOV", "BLROPP"),
    ("Ortega's brutal suppression of the protests drew criticism.", "suppression", "NICGOV", "NICOPP"),
    # protesters the text names stay the target
    ("Riot police in Chile cracked down on protests by students.", "cracked", "CHLCOP", "CHLEDU"),
])
def test_the_protesters_of_the_place_or_the_state(text, word, source, target):
    assert (source, target) in dyads(text, word)


def test_no_home_for_a_doer_of_no_state():
    # rebels are no state repressing at home, and the protest noun names no place
    got = dyads("Rebels cracked down on protests in the town.", "cracked")
    assert got and all(t is None for _, t in got), got
