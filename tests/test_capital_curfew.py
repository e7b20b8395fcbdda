"""A curfew or state of emergency in a capital city: the capital is the area, its people the target, as for one in a
province (coding/target_chain.py, place_targets.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of


def _curfews(evs):
    got = [e for e in evs if e.cameo in ("1723", "1724")]
    assert len(got) == 1, dump(evs)
    return got[0]


def test_a_curfew_in_the_capital_is_on_its_people():
    evs = events_of("The Kenyan government imposed a curfew in Nairobi after the riots.")
    e = _curfews(evs)
    assert e.target is not None and e.target.code == "KENCVL" and "Nairobi" in e.target.why, dump(evs)


def test_a_state_of_emergency_in_the_capital_is_on_its_people():
    evs = events_of("The Peruvian government declared a state of emergency in Lima.")
    e = _curfews(evs)
    assert e.target is not None and e.target.code == "PERCVL", dump(evs)


def test_a_curfew_on_the_capital_by_unnamed_authorities_is_not_on_its_government():
    evs = events_of("Authorities imposed a curfew on Kampala on Monday.")
    e = _curfews(evs)
    assert e.target is not None and e.target.code == "UGACVL", dump(evs)


def test_a_capital_standing_for_its_government_still_imposes_it():
    evs = events_of("Nairobi imposed a curfew in Mombasa after the riots.")
    e = _curfews(evs)
    assert e.source is not None and e.source.country == "KEN" and e.target is not None \
        and e.target.code == "KENCVL", dump(evs)
