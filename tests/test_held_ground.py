"""Ground that stands for the side that holds it, when the text names that side (coding/held_ground.py), on
sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on

SYRIA = "The war in Syria entered its eighth year on Monday. "


events_of = events_on("2019-05-02")


def _force(evs):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.target.why if e.target else None) for e in evs if e.cameo[:2] in ("18", "19", "20") or e.cameo == "138"]


def test_ground_under_the_control_of_a_named_side_targets_that_side():
    evs = events_of(SYRIA + "Syrian warplanes bombed areas under the control of the rebels near Hama.")
    got = _force(evs)
    assert any(t == "SYRREB" and "under the control of" in why for _, _, t, why in got), got


def test_ground_under_a_named_sides_control_targets_that_side():
    evs = events_of(SYRIA + "Iraqi troops attacked villages under Isis control near Mosul on Sunday.")
    got = _force(evs)
    assert any(s == "IRQMIL" and t == "IMGINSISI" for _, s, t, _ in got), got


def test_ground_held_by_a_side_in_a_relative_clause_targets_it_not_the_state():
    evs = events_of(SYRIA + "Russian jets bombed the town, which is held by rebels, in Idlib province.")
    got = _force(evs)
    assert any(s == "RUSMIL" and t == "SYRREB" for _, s, t, _ in got), got
    assert not any(t == "SYR" for _, _, t, _ in got), got


def test_a_bare_place_names_no_holder():
    # no holder named: the state of the place, never a guessed holder
    evs = events_of(SYRIA + "Russian jets bombed the town of Saraqeb in Idlib province.")
    got = _force(evs)
    assert not any(t and t.endswith("REB") for _, _, t, _ in got), got


def test_under_with_no_holder_noun_is_no_holder():
    evs = events_of(SYRIA + "Syrian troops attacked villages under cover of darkness near Hama.")
    got = _force(evs)
    assert not any(why and "held by" in why for _, _, _, why in got), got


def test_the_doers_own_state_is_no_holder_target():
    evs = events_of(SYRIA + "Turkish troops shelled villages under Turkish control near Afrin in Syria.")
    got = _force(evs)
    assert not any(t in ("TUR", "TURGOV", "TURMIL") for _, _, t, _ in got), got
