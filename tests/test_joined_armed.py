"""A private person joining, volunteering with or fighting alongside an armed body is that person's membership, not
an act between two parties (issue 14, not an event: coding/joining.py, data/coding/membership.tsv). A state, a force
or an armed group joining a coalition or fighting alongside another still acts; a citizen volunteering for a state's
army still pledges to a state (tests/test_private_travel.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire import code_text

JOINING_ROOTS = ("03", "05", "06", "19")


def codes_at(text, word, date="2021-03-09"):
    res = code_text(text, date=date)
    assert res.status == "coded", res.reason
    return [e.cameo for e in res.events + res.unattributed if word.lower() in e.trigger_text.lower()]


@pytest.mark.parametrize("text, word", [
    ("Ruth Okafor, a lawyer from Leeds, joined Kurdish forces in the spring of 2018, months after graduating.",
     "joined"),
    ("Eoin Walsh, a chef from Galway, joined a Kurdish-led alliance of militias in northern Syria in 2019.", "joined"),
    ("Priya Nair, a student nurse from Leicester, fought alongside Kurdish units in the battle for Kobani, her "
     "mother said.", "fought"),
    ("Mateusz Kowal, a welder from Lodz, volunteered with the Peshmerga after Isis overran Mosul.", "volunteered"),
    ("Two Canadian students were fighting alongside the YPG when their unit came under fire.", "fighting"),
])
def test_private_person_joining_an_armed_body_is_no_event(text, word):
    assert not [c for c in codes_at(text, word) if c.startswith(JOINING_ROOTS)]


@pytest.mark.parametrize("text, word, code", [
    ("Denmark joined the coalition that Washington assembled against the jihadists in 2015.", "joined", "050"),
    ("The rebels joined forces with Kurdish fighters to drive Isis from the town.", "joined", "060"),
    ("Turkish troops fought alongside Syrian rebel factions during the offensive on Afrin.", "fought", "062"),
    ("Hezbollah fighters have fought alongside the Syrian army in Qusair.", "fought", "062"),
])
def test_parties_joining_or_fighting_alongside_stay(text, word, code):
    assert code in codes_at(text, word)
