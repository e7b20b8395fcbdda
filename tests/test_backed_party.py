"""The party an act of aid goes to, named by the noun its doers are called by ("backers of X ... cut their support";
coding/backed_party.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_supporters_of_an_opposition_to_a_leader_cut_their_support():
    evs = events_of("Since the spring, several neighbouring supporters of the armed opposition to Maduro, such as "
                    "Colombia and Guyana, have cut their arms shipments and funding.")
    cut = at(evs, "cut")
    assert len(cut) == 2 and all(e.target is not None and e.target.code == "VENOPP" for e in cut), dump(evs)


def test_the_examples_listed_are_the_backers_not_the_backed():
    evs = events_of("Several foreign backers of the rebel coalition, such as Qatar and Kuwait, have cut their military "
                    "and financial support.")
    cut = at(evs, "cut")
    assert cut and all(e.target is not None and e.target.sector == "REB" and e.target.country is None
                       for e in cut), dump(evs)


def test_apposed_sponsors_halted_their_aid():
    evs = events_of("Egypt and Sudan, the main sponsors of the Libyan National Army, halted their aid last month.")
    halted = at(evs, "halted")
    assert len(halted) == 2 and all(e.target is not None and e.target.country == "LBY" for e in halted), dump(evs)


def test_a_named_possessor_s_backers_stepped_up_their_aid():
    evs = events_of("Maduro's backers, Russia and Cuba, stepped up their military aid.")
    aid = at(evs, "aid") or at(evs, "stepped")
    assert aid and all(e.target is not None and e.target.code == "VENGOV" for e in aid), dump(evs)


def test_supporters_of_a_plan_name_no_party():
    evs = events_of("Supporters of the plan, such as Germany, sent aid last week.")
    assert all(e.target is None for e in at(evs, "sent")), dump(evs)
