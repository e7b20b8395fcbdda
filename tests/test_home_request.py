"""A request to be let home is made of one's own state (coding/home_request.py), on sentences written for these
tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-02")


def _appeals(evs):
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if e.cameo.startswith("02")]


def test_begging_to_be_permitted_to_go_back_home():
    evs = events_of("Amira Khan, a British teenager who joined the militants, has begged to be permitted to go back "
                    "home with her baby.")
    assert ("GBRCVL", "GBRGOV") in _appeals(evs), _appeals(evs)


def test_begging_to_return_to_ones_own_country():
    evs = events_of("The Dutch fighter begged to be allowed to return to the Netherlands.")
    assert any(t == "NLDGOV" for s, t in _appeals(evs)), _appeals(evs)


def test_a_request_to_go_elsewhere_is_not_made_of_ones_state():
    evs = events_of("The Dutch fighter begged to be allowed to go to Turkey.")
    assert not any(t == "NLDGOV" for s, t in _appeals(evs)), _appeals(evs)


def test_a_states_own_request_takes_no_home_state():
    evs = events_of("The Belgian government asked to be allowed to come back to the talks.")
    assert not any(t == "BELGOV" for s, t in _appeals(evs)), _appeals(evs)
