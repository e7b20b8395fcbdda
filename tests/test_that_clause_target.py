"""A criticism, accusation, warning or threat told in a "that" clause is aimed at the clause's subject when it is an
actor and not the speaker's own side (coding/that_clause_target.py; issue 14, no target). Every sentence here was
written for these tests."""
from __future__ import annotations

import pytest

import eventwire


def dyads(text: str, word: str):
    evs = eventwire.code_text(text, date="2020-06-01").events
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if word in e.trigger_text}


@pytest.mark.parametrize("text, word, code, source, target", [
    ("On Thursday Mr Putin threatened that Mr Zelensky would pay a heavy price.", "threatened", "130", "RUSGOV",
     "UKRGOV"),
    ("The Kenyan president threatened that the Somali government would regret its decision.", "threatened", "130",
     "KENGOV", "SOMGOV"),
    # two people of one government the lists know apart
    ("Pompeo warned that Biden was putting American security at risk by abandoning loyal partners.", "warned", "112",
     "USAGOV", "USAELI"),
])
def test_the_subject_of_the_that_clause_is_the_one_spoken_against(text, word, code, source, target):
    assert (code, source, target) in dyads(text, word)


@pytest.mark.parametrize("text, word, wrong", [
    # the speaker's own side, alone or with its allies: its own resolve, no party spoken against
    ("The Kremlin warned that Russia and its allies would respond swiftly and firmly if Kiev used cluster munitions.",
     "warned", "RUS"),
    ("The Kremlin warned that Russian troops and their Belarusian allies intended to advance west toward Lviv.",
     "warned", "BLR"),
])
def test_never_the_speakers_own_side(text, word, wrong):
    assert all(t != wrong for _, _, t in dyads(text, word))
