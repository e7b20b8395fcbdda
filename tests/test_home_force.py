"""A government's own forces named without their country ("government forces", "pro-government troops") take the one
country their sentence names besides the backers of their foes (knowledge/home_force.py). Sentences written for these
tests."""
from __future__ import annotations

from coded_sentences import force_events


def dump(evs):
    return [(e.cameo, e.trigger_text, e.source.code, e.target.code) for e in evs]


def _forces(evs):
    return [a for e in evs for a in (e.source, e.target) if a.sector == "MIL" and "backers" in (a.why or "")
            or a.sector == "MIL" and (a.text or "").lower().endswith(("forces", "troops", "soldiers"))]


def test_government_forces_against_backed_militants_with_the_backer_named_again():
    evs = force_events("Government forces battled Kremlin-backed militants for a third day, while Moscow again denied "
                       "that its soldiers were in Ukraine.")
    got = _forces(evs)
    assert got and all(a.country == "UKR" for a in got), dump(evs)
    assert "besides the backers" in got[0].why


def test_government_troops_in_clashes_named_as_a_noun():
    evs = force_events("Russia said it had no part in the clashes between government troops and Russian-backed "
                       "separatists, which Ukraine's foreign minister called an invasion.")
    got = _forces(evs)
    assert got and all(a.country == "UKR" for a in got), dump(evs)
    # (the separatists take no backer's country)
    assert all(e.source.country != "RUS" and e.target.country != "RUS" for e in evs), dump(evs)


def test_two_countries_left_give_no_country():
    evs = force_events("Government forces clashed with Iranian-backed militias at dawn, while officials in London "
                       "and Paris urged restraint.")
    got = _forces(evs)
    assert got and all(a.country is None for a in got), dump(evs)


def test_the_backers_country_alone_is_never_given():
    evs = force_events("Government soldiers fought Iranian-backed gunmen through the night, Iran's foreign ministry "
                       "said, calling the fighters volunteers.")
    assert all(a.country != "IRN" for e in evs for a in (e.source, e.target) if a.sector == "MIL"), dump(evs)
