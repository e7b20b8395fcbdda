"""Real acts and their roots (issue 14: wrong root), session 24. Sentences written for these tests.

* a warning that someone risks a confrontation (a showdown, a war) with the speaker's own army is a threat of force
  (138, coding/risked_force.py), not a gloomy forecast (012); the same words from an aid group, or about a clash with
  someone else's forces or with no forces, stay a forecast;
* a clash with a named leader whose doer the actor lists do not name but who is one member of a party ("the Ohio
  Democrat") is a fight of words (110, coding/reciprocal.unnamed_person_fight); an armed doer's clash stays fighting;
* "directed attacks on X" codes the attacks (light verb `direct`), not an order (100); "directed criticism at X"
  codes no order.
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


def roots(text, word):
    evs = all_events_of(text)
    return [e.cameo for e in at(evs, word)], evs


@pytest.mark.parametrize("text, word, want", [
    ("Thailand's prime minister warned that the Myanmar junta risked a confrontation with the Thai army.",
     "warned", "138"),
    ("Greece's defence minister warned that Ankara risked a confrontation with Greek troops.", "warned", "138"),
    ("The vote prompted a rebuke by Thailand's president and army chief, who"
     " warned that the Myanmar junta risked a confrontation with the Thai army.", "warned", "138"),
])
def test_risked_clash_with_own_army_is_a_threat(text, word, want):
    got, evs = roots(text, word)
    assert want in got, dump(evs)


@pytest.mark.parametrize("text, word", [
    ("Aid groups warned that the junta risked a confrontation with the Thai army.", "warned"),
    ("Thailand's prime minister warned that the junta risked a confrontation with its own people.", "warned"),
    ("Thailand's prime minister warned that the junta risked a confrontation with the Chinese army.", "warned"),
])
def test_other_risks_stay_no_threat(text, word):
    got, evs = roots(text, word)
    assert not any(c.startswith("13") for c in got), dump(evs)


def test_unnamed_party_member_clash_is_words():
    got, evs = roots("The Ohio Democrat has clashed repeatedly with Biden and is not seeking re-election.", "clashed")
    assert got == ["110"], dump(evs)


def test_armed_clash_stays_fighting():
    got, evs = roots("The militia commander clashed with Biden's guards near the palace.", "clashed")
    assert got and all(c.startswith("19") for c in got), dump(evs)


def test_directed_attacks_code_the_attack():
    evs = all_events_of("Al-Shabaab commanders had plotted and directed attacks on Kenya.")
    got = [e.cameo for e in at(evs, "attacks")] + [e.cameo for e in at(evs, "directed")]
    assert any(c.startswith("19") or c.startswith("18") for c in got), dump(evs)
    assert not any(c == "100" for c in got), dump(evs)


def test_directed_criticism_is_no_order():
    evs = all_events_of("The minister directed criticism at Beijing over the dam.")
    assert not any(e.cameo == "100" for e in evs), dump(evs)


def test_support_and_train_is_the_training():
    evs = all_events_of("Sweden continued to support and train the Liberian police.")
    assert not any(e.cameo == "051" for e in evs), dump(evs)
    assert any(e.cameo[:2] in ("06", "07") for e in evs), dump(evs)


def test_support_and_fund_is_the_funding():
    evs = all_events_of("Qatar continued to support and fund the movement.")
    assert [e.cameo for e in evs if e.cameo[:2] in ("05", "06", "07")] == ["071"], dump(evs)


def test_praise_and_fund_stay_two_acts():
    evs = all_events_of("Qatar praised and funded the movement.")
    assert sorted(e.cameo for e in evs) == ["051", "071"], dump(evs)
