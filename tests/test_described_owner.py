"""The owner a definite possessor names of what an act of force is done to ("destroyed the group's camps";
coding/described_owner.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_the_group_s_network_is_the_group_named_before():
    evs = events_of("Al-Shabaab lost two commanders in March. French intelligence had tried to dismantle the group's "
                    "bomb-making network in the south.")
    hit = at(evs, "dismantle") or at(evs, "tried to dismantle")
    assert hit and all(e.target is not None and e.target.code.endswith("INS") for e in hit), dump(evs)


def test_the_group_s_camps_destroyed():
    evs = events_of("Boko Haram lost ground last year. Chadian troops destroyed the group's training camps near the "
                    "lake.")
    hit = at(evs, "destroyed")
    assert hit and all(e.target is not None and e.target.code.endswith("INS") for e in hit), dump(evs)


def test_no_owner_from_a_pronoun_possessor():
    evs = events_of("Chadian troops destroyed their own fuel depots before retreating.")
    assert all(e.target is None or e.target.country != "TCD" for e in at(evs, "destroyed")), dump(evs)


def test_no_owner_for_a_passive_with_no_doer():
    evs = events_of("Boko Haram lost ground last year. A teacher was shot in Maiduguri a day after the group's main "
                    "base was overrun.")
    assert all(e.source is not None for e in evs if e.target is not None and e.target.code.endswith("INS")), dump(evs)
