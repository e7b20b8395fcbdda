"""Everyday acts between private people the story names are no political events (issue 14, not an event:
coding/private_people.py, coding/nonevent.py `everyday`). A person the story introduces with no office, party or
group role ("a plumber from Hull", later "he") has an entity id of the story's own, but is as private as "a
resident": a request for advice, a talk with a friend are everyday life. A listed official, a spokesman for a body
or an act naming a political party stays coded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_on


events_of = events_on("2021-03-09", unattributed=True)


def codes_at(text, word):
    return [e.cameo for e in events_of(text) if word.lower() in e.trigger_text.lower()]


@pytest.mark.parametrize("text, word", [
    ("Daniel Firth, 23, from Derby, was killed in Iraq in 2018. \u201cHe was excited to pick up new skills and "
     "always asking for advice and tips.\u201d", "asking"),
    ("Daniel Firth, 23, from Derby, was killed in Iraq in 2018. His mother said he was always asking for advice.",
     "asking"),
    ("Joanna Pike, 29, from Swansea, went to Kenya in 2015. \u201cI spoke to her a month after she got to Nairobi "
     "and she told me she was happy.\u201d", "spoke"),
])
def test_named_private_persons_everyday_act_is_no_event(text, word):
    assert codes_at(text, word) == []


@pytest.mark.parametrize("text, word, code", [
    ("Callum Reddy, a 24-year-old plumber from Hull, was arrested in March. Police said he had asked the "
     "Taliban for weapons.", "asked", "02"),
    ("Idris Haddad, a spokesman for the Sudan Liberation Army, flew to Cairo. He met Egypt's foreign minister "
     "on Sunday.", "met", "04"),
    ("Joanna Pike, a nurse from Swansea, was detained in January. She spoke to the British ambassador in "
     "Nairobi on Friday.", "spoke", "04"),
    ("Sara Lowe, 20, from Bolton, who joined the militants in 2016, asked last week to be allowed to return to "
     "England with her baby.", "asked", "02"),
])
def test_acts_with_a_political_party_stay(text, word, code):
    assert any(c.startswith(code) for c in codes_at(text, word))


@pytest.mark.parametrize("text, word", [
    ("In doing so, the senator abandoned a policy that she herself had heavily invested in.", "invested"),
    ("Last year, the premier ditched an approach which he had long invested in, officials said.", "invested"),
])
def test_investing_in_a_policy_is_figurative(text, word):
    """(coding/relative_objects.py) a relative pronoun after a stranded "in" stands for the policy."""
    assert not [c for c in codes_at(text, word) if c.startswith("06")]


def test_responsibility_the_writer_judges_another_to_bear_is_no_acknowledgment():
    """(coding/judged_blame.py) the writer's judgement: Moscow acknowledges nothing."""
    text = "It will surprise no one, given the earlier hacking scandal, that Moscow bears a large share of the blame."
    assert not [c for c in codes_at(text, "bears") if c.startswith("015")]


@pytest.mark.parametrize("text, word", [
    ("\u201cWe bear full responsibility for the failures at the border,\u201d the Kenyan interior minister said.",
     "bear"),
    ("The Serbian government said it bears responsibility for the shelling of the villages.", "bears"),
])
def test_responsibility_its_bearer_owns_stays(text, word):
    assert "015" in codes_at(text, word)


@pytest.mark.parametrize("text", [
    "Samir, 20, is to work with a local teacher this summer.",
    "Leila, 19, is to work with a doctor and hopes to become a nurse, while her brother Omar, 22, is to work with an "
    "engineer.",
])
def test_a_private_persons_work_placement_is_no_event(text):
    """(nonevent `everyday`, the act's code before the modal code: 060 made 031) a job, not cooperation."""
    assert codes_at(text, "work") == []


def test_a_state_body_working_with_another_stays():
    assert "031" in codes_at("Officials said the Jordanian army is to work with the US military on border security.",
                             "work")
