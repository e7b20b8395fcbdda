"""The party an attack named by a noun is aimed at, read from the defence that wards it off (issue 14):
coding/defended.py, data/coding/roles.tsv defence-verb.

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def dyads(text: str, trigger_word: str):
    evs = eventwire.code_text(text, date="2021-03-01").events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text}


def test_an_attack_defended_against_is_aimed_at_the_defenders():
    got = dyads("Afghan police defended the district headquarters against a Taliban attack overnight.", "attack")
    assert any(s and s.startswith("AFG") and t and t.startswith("AFGCOP") for s, t in got), got


def test_an_assault_shielded_from_is_aimed_at_the_defenders():
    got = dyads("Ukrainian troops shielded Kharkiv from a Russian assault in May.", "assault")
    assert any(s and s.startswith("RUS") and t and t.startswith("UKR") for s, t in got), got


def test_a_raid_protected_from_is_aimed_at_the_defenders():
    got = dyads("Nigerian soldiers protected the village from a Boko Haram raid on Tuesday.", "raid")
    assert any(t and t.startswith("NGAMIL") for s, t in got), got


def test_an_attack_in_a_phrase_of_no_defence_gets_no_defender():
    # "recovered from" wards nothing off: its subject is no target of the attack
    got = dyads("Afghan police slowly recovered from a Taliban attack.", "attack")
    assert not any(t and t.startswith("AFGCOP") for s, t in got), got
