"""A named private person's journey is no visit (issue 14, not an event: coding/agency.py `_private` and
`_story_person`, data/coding/private_acts.tsv). A person the story introduces with a role ("a nurse from Leeds",
"a former soldier") whom the actor lists do not know travels as a citizen; a listed official, or an official the
story names by office, still makes a visit. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_on


events_of = events_on("2021-03-09", unattributed=True)


def codes_at(text, word):
    return [e.cameo for e in events_of(text) if word.lower() in e.trigger_text.lower()]


@pytest.mark.parametrize("text, word", [
    ("Farida Okonjo, a nurse from Leeds, travelled to Iraq in 2016 to work in a field hospital.", "travelled"),
    ("Relatives of Tomasz Wrobel, a warehouse worker from Gdansk, say he arrived in Turkey last spring "
     "and crossed the border a week later.", "arrived"),
    ("Neil Ashdown, a former soldier from Carlisle, has visited Lebanon four times since 2019, his brother said.",
     "visited"),
])
def test_named_private_persons_journey_is_no_visit(text, word):
    assert not [c for c in codes_at(text, word) if c.startswith("04")]


@pytest.mark.parametrize("text, word", [
    ("The British foreign secretary travelled to Iraq on Monday for talks with the prime minister.", "travelled"),
    ("Emmanuel Macron visited Algeria on Wednesday and met the country's president.", "visited"),
    ("Spain's defence minister, Margarita Robles, arrived in Lithuania on Tuesday to inspect the troops there.",
     "arrived"),
    ("Idris Haddad, a spokesman for the Sudan Liberation Army, flew to Cairo on Sunday for talks with mediators.",
     "flew"),
])
def test_officials_journey_stays_a_visit(text, word):
    assert "042" in codes_at(text, word)


@pytest.mark.parametrize("text, word", [
    ("Daniel Marsh, a carpenter from Hull, fought near Raqqa for a year. His sister said Marsh had planned to "
     "return to Britain in the summer.", "planned"),
    ("Lena Vogt, a pharmacist from Bremen, volunteered as a medic with a Kurdish militia for six months.",
     "volunteered"),
    ("Amira Shah, a teacher from Bradford, had been planning to move to Lebanon for a year, her cousin said.",
     "planning"),
])
def test_private_persons_plan_is_no_intent_to_cooperate(text, word):
    assert "030" not in codes_at(text, word)


@pytest.mark.parametrize("text, word", [
    ("Iran's foreign minister said Tehran planned to expand its cooperation with Iraq.", "expand"),
    ("Oskar Lind, a mechanic from Malmo, volunteered for the Iraqi army in 2015.", "volunteered"),
    ("Residents of the town volunteered for the national army after the militants arrived.", "volunteered"),
])
def test_intent_toward_a_state_stays(text, word):
    assert "030" in codes_at(text, word)
