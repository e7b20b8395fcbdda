"""A verb's root chosen from the kind of thing its act is about (issue 14, wrong root), session 15c. Sentences
written for these tests.

Classes of sense choice:
* a grant withheld, not a charge denied: "deny" with a grant (asylum, sanctuary, refuge, passage, access) as its
  object, also the object a passive keeps ("were denied access"), is a rejection or restriction (12x), not a denial
  of responsibility (016), which keeps charges ("denied the allegations");
* armed companions: gathering with troops, militias or fighters is a mobilisation (154), not a rally (141); troops
  brought or sent "home" are a military withdrawal (0874), not a deployment (154);
* what is opened: a corridor for people to leave is humanitarian (073), not trade (061);
* a side propped up: forces sent "to prop up"/"to shore up"/"to bolster" an actor protect it (074, the target the
  actor), not a show of force against it (154); money sent to prop one up stays aid."""
from __future__ import annotations

import pytest

from tests.coded_sentences import at, dump, events_of


def roots(text, word):
    return [e.cameo for e in at(events_of(text), word)]


@pytest.mark.parametrize("text, word", [
    ("The Tanzanian authorities denied asylum to the Burundian opposition leaders last spring.", "denied"),
    ("Relief agencies have been denied access to the flooded delta for three weeks, the Red Cross said.", "denied"),
    ("For a decade the Omani sultan denied sanctuary to Yemeni insurgents fleeing across the frontier.", "denied"),
])
def test_denying_a_grant_is_a_rejection(text, word):
    got = roots(text, word)
    assert got and all(c.startswith("12") or c.startswith("16") and c != "016" or c.startswith("17")
                       for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("The Zambian interior minister denied the accusations of vote rigging on Thursday.", "denied"),
    ("Pakistan's army denied any involvement in the disappearance of the journalist.", "denied"),
])
def test_denying_a_charge_stays_a_denial(text, word):
    got = roots(text, word)
    assert got and all(c == "016" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Iraqi Turkmen have gathered with Iraqi army units outside Tal Afar ahead of the push.", "gathered"),
    ("Libyan volunteers have gathered with Haftar's militias at the edge of the oilfield.", "gathered"),
])
def test_gathering_with_armed_companions_is_mobilisation(text, word):
    got = roots(text, word)
    assert got and all(c.startswith("15") for c in got), dump(events_of(text))


def test_gathering_of_civilians_is_still_a_rally():
    text = "Thousands of students gathered outside the parliament in Bucharest to denounce the pardon law."
    got = roots(text, "gathered")
    assert got and all(c.startswith("14") for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Canada brought its special forces home from northern Iraq in March.", "brought"),
    ("The Dutch defence ministry sent the last of its marines home after the mission ended.", "sent"),
])
def test_troops_brought_home_is_a_withdrawal(text, word):
    got = roots(text, word)
    assert got and all(c.startswith("087") or c == "0356" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Ethiopian troops opened a corridor so that trapped families could leave Mekele.", "opened"),
    ("The Myanmar army has opened two corridors for villagers to escape the shelling.", "opened"),
])
def test_opening_a_corridor_is_humanitarian(text, word):
    got = roots(text, word)
    assert got and all(c.startswith("07") for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Iran sent thousands of troops to prop up the Iraqi government in 2014.", "sent"),
    ("Moscow deployed warplanes to shore up the Syrian president.", "deployed"),
])
def test_forces_sent_to_prop_up_a_side_protect_it(text, word):
    evs = at(events_of(text), word)
    assert evs and all(e.cameo.startswith("07") or e.cameo.startswith("06") for e in evs), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Egypt sent troops to shore up defences along the Libyan border.", "sent"),
    ("The Gulf states sent billions of dollars to prop up the Egyptian government.", "sent"),
])
def test_other_sendings_keep_their_root(text, word):
    got = roots(text, word)
    assert got and not any(c == "074" for c in got), dump(events_of(text))
