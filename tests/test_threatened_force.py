"""A threat of force told by its content, session 20 (root20b). Sentences written for these tests.

* an answer to a demand given with force ("would respond to the ultimatum with force", "militarily", "with air
  strikes") is a pledge of force, a threat (138), not a bare answer (coding/pledged_force.py `with_force`); an answer
  by some other means ("by closing its consulate") stays no threat;
* the purpose of an offensive only threatened, vowed or planned ("threatened an offensive to crush the militia") is
  the threat's content (138), not force done (190); the purpose of an offensive launched stays force
  (coding/force_codes.py `not_intended`).
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word", [
    ("The Georgian government vowed to respond to the ultimatum with force.", "vowed"),
    ("Azerbaijan pledged to respond to Yerevan's demands with air strikes.", "pledged"),
    ("Algeria vowed to respond forcefully to any demand from Rabat.", "vowed"),
    ("Montenegro vowed to respond to the ultimatum with military action.", "vowed"),
])
def test_an_answer_with_force_is_a_threat(text, word):
    evs = all_events_of(text)
    assert [e.cameo for e in at(evs, word)] == ["138"], dump(evs)


def test_officials_warning_of_a_military_answer_threaten_force():
    evs = all_events_of("Officials in Baku warned that they would respond to the demand militarily.")
    assert "138" in [e.cameo for e in evs], dump(evs)
    assert "012" not in [e.cameo for e in evs], dump(evs)


def test_an_answer_by_other_means_stays_no_threat():
    evs = all_events_of("Estonia vowed to respond to Moscow's ultimatum by recalling its ambassador.")
    assert "138" not in [e.cameo for e in at(evs, "vowed")], dump(evs)
    evs = all_events_of("Norway pledged to respond to Kyiv's appeal with military aid.")
    assert "138" not in [e.cameo for e in at(evs, "pledged")], dump(evs)


@pytest.mark.parametrize("text", [
    "The rebel commander threatened an offensive to crush the militia in Marib.",
    "Chad threatened an operation to dismantle the network of Boko Haram.",
])
def test_the_purpose_of_a_threatened_offensive_is_threatened(text):
    evs = all_events_of(text)
    assert [e.cameo[:2] for e in evs if e.cameo[:2] in ("18", "19", "20")] == [], dump(evs)
    assert [e.cameo for e in evs if e.cameo.startswith("13")] == ["138"], dump(evs)


def test_the_purpose_of_a_launched_offensive_stays_force():
    evs = all_events_of("The army launched a new offensive to capture the port of Kismayo.")
    assert [e.cameo for e in evs] == ["190"], dump(evs)
