"""Verbs of force used of abstract things or in an idiom (issue 14, not an event: coding/figures.abstract_object,
the `figure_object`, `abstract` and `figure_goal` kinds of data/lexicon/argument_kinds.tsv). Sentences written for
these tests; each dropped reading has a physical one beside it that stays."""
from __future__ import annotations

import pytest

from coded_sentences import at, events_of


@pytest.mark.parametrize("text, word", [
    # an idiom: the effect of sanctions, no strike
    ("The Iranian sanctions have hit home in Tehran, officials said.", "hit"),
    # a passive whose doer is an abstract thing
    ("The rebel groups were hit by military setbacks in Idlib last year.", "hit"),
    # a wedge is struck figuratively
    ("Washington hoped to strike a wedge between Moscow and Tehran, and it struck a wedge between them.", "struck"),
    # an abstract object ('move' is `abstract`): no one is crushed
    ("Saudi forces crushed moves towards democracy in Bahrain in 2011.", "crushed"),
])
def test_force_on_an_abstract_thing_is_no_event(text, word):
    assert not [e for e in at(events_of(text), word) if e.cameo[:2] in ("15", "17", "18", "19", "20")]


@pytest.mark.parametrize("text, word, root", [
    ("Syrian troops attacked the rebel positions in Homs on Monday.", "attacked", "19"),
    ("Turkish jets hit Kurdish militia bases near the border on Sunday.", "hit", "19"),
    # a common noun in front names the act tried: a coup attempt is an act
    ("The Iraqi prime minister survived a coup attempt by army officers in March.", "survived", "18"),
    ("Russian soldiers fought the rebels near Donetsk on Friday.", "fought", "19"),
    # coercion (17) is done to abstract things: a ban stays
    ("Egyptian police banned the opposition initiative in Cairo on Monday.", "banned", "17"),
])
def test_force_on_people_and_places_stays(text, word, root):
    assert [e for e in at(events_of(text), word) if e.cameo[:2] == root]


def test_fighting_a_proposal_is_a_rejection():
    # opposing a proposal is no fighting: 120 (12_reject.tsv 120.fight-proposal), with the proposer as target
    evs = at(events_of("Britain fought a French attempt to weaken the resolution at the Security Council."), "fought")
    assert [(e.cameo, e.source.country, e.target.country) for e in evs] == [("120", "GBR", "FRA")]
    evs = at(events_of("The Kenyan opposition fought the new bill in parliament on Tuesday."), "fought")
    assert [e.cameo for e in evs] == ["120"]


def test_home_with_an_object_is_a_real_movement():
    # "home" makes an idiom only of a verb with no other object: forcing people home is coercion
    evs = at(events_of("Lebanese police forced the Syrian refugees home on Monday."), "forced")
    assert evs


@pytest.mark.parametrize("text", [
    "Armed herders attacked homes in two villages near Jos on Sunday.",
    "Militiamen attacked the homes of Christian farmers in the valley.",
    "Gunmen attacked his home in Kaduna overnight.",
])
def test_homes_attacked_are_dwellings_no_idiom(text):
    # only the bare goal "home" makes an idiom ("hit home"); homes, a home, their home are dwellings acted on
    assert [e for e in at(events_of(text), "attacked") if e.cameo[:2] == "19"]
