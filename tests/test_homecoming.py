"""People a state brings home are its own (knowledge/homecoming.py, data/coding/actor_country.tsv homecoming and
homecomer): the wives, children and fighters taken back from camps abroad take the country of the state that takes
them, each doer its own, not the camps' country. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _pairs(evs, word):
    return sorted((e.source and e.source.code, e.target and e.target.code) for e in at(evs, word))


def test_coordinated_states_each_take_back_their_own():
    evs = events_of("Only Uzbekistan and Kosovo have so far taken back women and children from the camps in "
                    "northern Syria.")
    assert _pairs(evs, "taken") == [("UZB", "UZBCVL"), ("XKX", "XKXCVL")], dump(evs)


def test_brought_back_and_repatriated():
    evs = events_of("Kazakhstan and Tajikistan have brought back the wives and children of militants from camps "
                    "in Syria.")
    assert _pairs(evs, "brought") == [("KAZ", "KAZCVL"), ("TJK", "TJKCVL")], dump(evs)
    evs = events_of("Morocco repatriated eight fighters from northern Syria last month.")
    assert _pairs(evs, "repatriated") == [("MAR", "MARUAF")], dump(evs)


def test_taking_ground_back_is_no_homecoming():
    evs = events_of("Iraqi troops took the town back from the militants on Sunday.")
    assert at(evs, "took") and all(e.cameo.startswith("19") for e in at(evs, "took")), dump(evs)
