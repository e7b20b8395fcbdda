"""Ground held by a side of no country of its own, in a place the story is not otherwise about, acted on by a doer from
outside (issue 14, wrong target; branch owned27): the holder takes the country of the place named on the ground
("Russian warplanes bombed rebel-held parts of Aleppo": SYRREB), not the place's state alone (SYR). Sentences written
for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _targets(evs, word):
    return [e.target and e.target.code for e in at(evs, word)]


def test_foreign_jets_on_rebel_held_part_of_a_city():
    evs = events_of("Russian warplanes bombed rebel-held parts of Homs on Thursday.")
    got = at(evs, "bombed")
    assert got and got[0].target is not None and got[0].target.code == "SYRREB", dump(evs)
    assert "held" in got[0].target.why, got[0].target.why


def test_foreign_troops_on_militant_held_areas():
    evs = events_of("Chadian troops attacked militant-held areas of Borno.")
    assert "NGAINS" in _targets(evs, "attacked"), dump(evs)


def test_foreign_drones_on_rebel_held_areas():
    evs = events_of("Iranian drones struck rebel-held areas of Hama on Friday.")
    assert "SYRREB" in _targets(evs, "struck"), dump(evs)


def test_home_forces_on_rebel_held_ground_unchanged():
    evs = events_of("Syrian government troops shelled rebel-held areas of Daraa on Monday.")
    assert "SYRREB" in _targets(evs, "shelled"), dump(evs)


def test_a_bare_place_names_no_holder():
    evs = events_of("Russian warplanes bombed parts of Homs on Thursday.")
    assert "SYRREB" not in _targets(evs, "bombed"), dump(evs)


def test_foreign_jets_on_held_ground_near_a_town_abroad():
    evs = events_of("French jets bombed jihadist-held areas near Gao on Saturday.")
    got = at(evs, "bombed")
    assert got and got[0].target is not None and got[0].target.code == "MLIINS", dump(evs)


def test_a_place_in_the_doers_own_country_gives_no_holder_country():
    evs = events_of("Jets that took off from a base near Toulouse bombed jihadist-held areas near Gao.")
    assert all(t is None or t != "FRAINS" for t in _targets(evs, "bombed")), dump(evs)
