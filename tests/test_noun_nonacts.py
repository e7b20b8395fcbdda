"""Precision (issue 14): event nouns that name no act of their possessor or modifier (a feeling or a standing, a
person noun, a noun done to its possessor, a noun under a timetable or a veto), and the real noun acts beside them
that stay coded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_of, at


@pytest.mark.parametrize("text, word", [
    # a feeling or a standing between parties, no light verb says it aloud
    ("The ministers met in Geneva to address Egypt's concerns about the dam.", "concerns"),
    ("The Jordanian fear is that the militias will cross the border.", "fear"),
    ("The dam deal caused tension between Cairo and Khartoum last year.", "tension"),
    ("Sudan could not be expected to heed Cairo, given Egypt's hostility to the project.", "hostility"),
    # a person noun named for what was done to the person: the modifier is whose person, no doer
    ("A Danish detainee told the court that he had been beaten.", "detainee"),
    # an act feared or guarded against
    ("The withdrawal would leave the Kurdish fighters vulnerable to Turkish attack.", "attack"),
    ("Residents of Kobani were bracing for a Turkish assault after weeks of shelling.", "assault"),
    # planned or blocked, not done
    ("The timetable for the Russian withdrawal was extended by a month.", "withdrawal"),
    ("China's veto of a UN inquiry into the shelling angered France.", "inquiry"),
])
def test_noun_names_no_act(text, word):
    assert at(events_of(text), word) == []


def test_undergone_possessor_is_the_target_not_the_doer():
    evs = at(events_of("Kenya protested against Ethiopia's sentencing yesterday."), "sentencing")
    assert all((e.source is None or e.source.country != "ETH") for e in evs)


@pytest.mark.parametrize("text, word, src", [
    ("Egypt voiced concern over the dam on Monday.", "voiced", "EGY"),
    ("Russia's bombing of Idlib killed twelve civilians.", "bombing", "RUS"),
    ("Jordan's detention of a Saudi journalist angered Riyadh.", "detention", "JOR"),
    ("China's veto of a UN inquiry into the shelling angered France.", "veto", "CHN"),
    ("Campaigners denounced the plight of Sisi's detainees in Cairo.", "detainees", "EGY"),
    ("She died defending the village from an Egyptian assault.", "assault", "EGY"),
    ("Hamas fighters forfeit their protected status by engaging in hostilities against Israel.", "hostilities", "PSE"),
])
def test_real_noun_acts_stay(text, word, src):
    evs = at(events_of(text), word)
    assert evs and evs[0].source is not None and evs[0].source.country == src


def test_name_before_a_fight_is_its_enemy():
    evs = at(events_of("The Kurds had been American partners throughout the Hamas fight, a senior official said."),
             "fight")
    assert evs and evs[0].source is None and evs[0].target is not None
    evs = at(events_of("The Kurdish fight against the jihadists has slowed."), "fight")
    assert evs and evs[0].source is not None


@pytest.mark.parametrize("text, word, code", [
    ("Critics worried about the planned summit between Sisi and Abiy in Cairo.", "summit", "036"),
    ("Egypt's planned withdrawal from the talks angered Ethiopia.", "withdrawal", "0356"),
])
def test_planned_noun_is_an_intention_not_the_act(text, word, code):
    evs = at(events_of(text), word)
    assert evs and all(e.cameo == code for e in evs)
