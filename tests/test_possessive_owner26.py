"""Owners of possessive pronouns on actor nouns (issue 14, wrong or bare countries; branch pron27): "its"/"their" on
a state body or an armed force stands for an owner that agrees with it in number and can own it. A country after
"under threat from" is who threatens, not a place, and so a later "its forces" can be its own; "their" is never one
state named in the singular, so a state that trains "their forces" is not their owner. Sentences written for these
tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _codes(evs, word, role):
    return [getattr(e, role) and getattr(e, role).code for e in at(evs, word)]


def test_its_forces_after_threat_from_a_state_over_a_group_in_a_relative_clause():
    evs = events_of("The riverside village, which was under Hezbollah control until 2015, is under renewed threat "
                    "from Iran after its armed forces shelled the nearby town of Halabja in March.")
    got = at(evs, "shelled")
    assert got and got[0].source is not None and got[0].source.code == "IRNMIL", dump(evs)
    assert "from its owner" in got[0].source.why, got[0].source.why


def test_pressure_from_a_state_names_the_owner_of_its_warplanes():
    evs = events_of("The hill town, which was under Nusra control until last year, has come under pressure from "
                    "Russia since its warplanes bombed the market in Maarat al-Numan.")
    assert _codes(evs, "bombed", "source") == ["RUSMIL"], dump(evs)


def test_their_forces_trained_by_a_state_are_not_that_states():
    evs = events_of("Libyan rebel commanders say Egypt, the one country that still backs them, continued to equip "
                    "and train their forces last year.")
    targets = _codes(evs, "train", "target") + _codes(evs, "equip", "target")
    assert targets and "EGYMIL" not in targets, dump(evs)
    assert "LBYREB" in targets, dump(evs)


def test_their_forces_after_a_state_named_with_a_relative_they():
    evs = events_of("Libyan rebel commanders gathered in Benghazi. They said Egypt, the only country they say still "
                    "backs them, continued to arm and train their forces.")
    targets = _codes(evs, "arm", "target") + _codes(evs, "train", "target")
    assert targets and all(t != "EGYMIL" for t in targets), dump(evs)


def test_its_forces_of_a_state_named_plainly_stay_its_own():
    evs = events_of("Egypt said on Monday that its armed forces had shelled militant positions near Rafah.")
    assert _codes(evs, "shelled", "source") == ["EGYMIL"], dump(evs)


def test_a_place_after_from_on_a_motion_verb_stays_a_place():
    evs = events_of("The Iraqi army withdrew from Syria last year, and its troops attacked Isis positions near "
                    "Mosul on Friday.")
    assert all(c != "SYRMIL" for c in _codes(evs, "attacked", "source")), dump(evs)
