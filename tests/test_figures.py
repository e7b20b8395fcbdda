"""Everyday, private and figurative uses of a political act's verb (issue 14, not an event: coding/figures.py, the
`job`, `people` and `abstract` kinds of data/lexicon/argument_kinds.tsv, private_acts.tsv 083). Sentences written
for these tests; each pair keeps the political reading beside the one dropped."""
from __future__ import annotations

import pytest

from coded_sentences import events_on


events_of = events_on("2021-03-09", unattributed=True)


def codes_at(text, word):
    return [e.cameo for e in events_of(text) if word.lower() in e.trigger_text.lower()]


@pytest.mark.parametrize("text, word", [
    # the writer's figure of speech
    ("In a sense, the president has abandoned the region and handed the territory to the militants.", "handed"),
    # an abstract subject does no physical act
    ("His policy handed the territory to the militants.", "handed"),
    # a private person leaves a job, not an office
    ("Smith, a Briton, left his IT job in Leeds to join the militia in 2016.", "left"),
    # taking up a post at a university is a career step, not taking a military post
    ("The envoy will take up a post at a university next month.", "take"),
    # picking up an everyday object is no arrest
    ("The fighters picked up radios dropped by the soldiers.", "picked"),
    # ignoring an abstract thing is no rejection of a party
    ("The Kremlin has ignored every diplomatic effort to end the war.", "ignored"),
    # ignoring questions or facts is no rejection of a party
    ("The minister ignored questions from reporters about the convoy.", "ignored"),
    # picking up a bill is no arrest
    ("The Gulf states will pick up the cost of rebuilding the port.", "pick"),
])
def test_everyday_or_figurative_use_is_no_event(text, word):
    assert codes_at(text, word) == []


@pytest.mark.parametrize("text, word, root", [
    ("The president handed the territory to the militants on Monday.", "handed", "08"),
    ("The defence minister left his post after the scandal.", "left", "08"),
    ("Rebels took the post from government forces.", "took", "19"),
    ("Police picked up three activists in Cairo.", "picked", "17"),
    ("Police picked up three men in Cairo.", "picked", "17"),
    ("The envoy was ignored by Damascus.", "ignored", "12"),
    ("Turkey ignored the Russian envoy at the summit.", "ignored", "12"),
    ("The car bomb killed ten soldiers in Mosul.", "killed", "18"),
])
def test_the_political_reading_stays(text, word, root):
    assert any(c.startswith(root) for c in codes_at(text, word)), codes_at(text, word)


def test_in_a_way_that_is_a_manner_not_a_figure():
    text = "The army handed the territory to the police in a way that surprised residents."
    assert any(c.startswith("08") for c in codes_at(text, "handed")), codes_at(text, "handed")
