"""A verb's root chosen from its object and particle (issue 14, wrong root). Sentences written for these tests.

A person captured or seized is detained (173), ground captured is military force (190); "backed by" armed allies is
military support (062) when the participle describes a force the parser hung it away from; "sign up" without "to"
and "press on/ahead" are no acts; a plan of attacks is a threat of force (138); a person taken prisoner is
detained, troops taken out are withdrawn, nationals taken back are repatriated."""
from __future__ import annotations

import pytest

from tests.coded_sentences import at, dump, events_of


def roots(text, word):
    return [e.cameo for e in at(events_of(text), word)]


@pytest.mark.parametrize("text", [
    "Border guards captured two smugglers near the river crossing on Thursday.",
    "The reporter, who was captured by the militia in 2015, was freed in a prisoner swap last week.",
    "Kurdish units captured four foreign jihadists during a dawn raid on a farmhouse.",
    "Navy commandos seized the crew of the freighter off the coast of Yemen.",
])
def test_a_captured_person_is_detained(text):
    got = roots(text, "captured") + roots(text, "seized")
    assert got and all(c.startswith("173") for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "Rebels captured the airbase after a week-long siege.",
    "Government troops seized the hilltop village of Kafr Suj on Monday.",
])
def test_captured_ground_is_not_a_detention(text):
    got = roots(text, "captured") + roots(text, "seized")
    assert got and not any(c.startswith("173") for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "Despite the truce, regime troops kept shelling the valley, backed by Russian and Iranian allies.",
    "Regular army units continue to bombard the district, backed by Iranian allies, in a bid to end the revolt.",
])
def test_a_force_backed_by_allies_gets_military_support(text):
    got = roots(text, "backed")
    assert got and all(c == "062" for c in got), dump(events_of(text))


def test_a_politician_backed_by_colleagues_is_endorsed():
    got = roots("The senator kept attacking the budget, backed by several party colleagues.", "backed")
    assert got and all(c.startswith("05") for c in got), got


@pytest.mark.parametrize("text, word", [
    ("Thousands of pensioners signed up for the new health scheme within a month.", "signed"),
    ("She was the first nurse from Leeds to sign up with the volunteer brigade.", "sign"),
    ("The march pressed on through the rain towards the parliament building.", "pressed"),
    ("The council pressed ahead with its parking plan despite the complaints.", "pressed"),
])
def test_phrasal_uses_are_no_acts(text, word):
    got = [e for e in at(events_of(text), word) if e.cameo[:3] in ("057", "020", "030")]
    assert not got, dump(events_of(text))


@pytest.mark.parametrize("text, word, root", [
    ("Kenya signed up to the regional trade pact on Friday.", "signed", "05"),
    ("The envoy pressed Ankara to reopen the border crossing.", "pressed", "02"),
])
def test_the_other_senses_stay(text, word, root):
    got = roots(text, word)
    assert got and got[0].startswith(root), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The cell's leaders planned and financed bombings in three cities.",
])
def test_planned_attacks_are_a_threat_of_force(text):
    # the object the coordinated verb takes decides the sense of "planned" too
    evs = events_of(text)
    assert [e for e in at(evs, "planned") if e.cameo == "138"], dump(evs)
    assert not [e for e in at(evs, "planned") if e.cameo[:2] == "03"], dump(evs)


def test_attacks_planned_and_directed_are_the_attacks_done():
    # a plan coordinated with a verb telling the attacks done is those attacks, no threat (coding/planned_done.py)
    evs = events_of("Al-Shabaab commanders planned and directed attacks on Kenyan police posts.")
    assert not at(evs, "planned"), dump(evs)
    assert [e for e in at(evs, "directed") if e.cameo[:2] == "19"], dump(evs)


def test_a_planned_visit_stays_an_intention():
    got = roots("The minister planned a visit to Kenya in the spring.", "planned")
    assert got and got[0].startswith("03"), got


@pytest.mark.parametrize("text, word, root", [
    ("Rebel gunmen took three soldiers prisoner after the ambush.", "took", "173"),
    ("The president wants to take American troops out of Iraq by the summer.", "take", "0"),
    ("Belgium said on Tuesday it would take back its nationals held in the camps.", "take", "0"),
    ("The rebels took the town after a day of fighting.", "took", "19"),
])
def test_take_by_its_object_and_particle(text, word, root):
    got = roots(text, word)
    assert got and got[0].startswith(root) and not got[0].startswith("19" if root != "19" else "x"), \
        dump(events_of(text))


@pytest.mark.parametrize("text, root", [
    ("Qatar has also supported rival rebel factions in the north.", "062"),
    ("For years Tehran supported the Houthi militias in Yemen.", "062"),
    ("France supported the Malian government at the summit.", "051"),
    ("A retired teacher from Homs said he supported the militias until last year.", "051"),
])
def test_supporting_an_armed_group_is_military_support(text, root):
    got = roots(text, "supported")
    assert got and got[0] == root, dump(events_of(text))
