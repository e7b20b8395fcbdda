"""People driven out are whom an expulsion was done to (issue 14, no target): "expel" and "evict" are verbs whose
patient is people (data/coding/victims.tsv `person-verb`), read by coding/victim_roles.py when the patient names no
actor the lists know. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_a_faith_community_expelled_is_the_target():
    evs = events_of("The Christians of the valley were expelled by al-Shabaab in 2010.")
    got = at(evs, "expelled")
    assert got and got[0].source is not None and got[0].source.code == "SOMINS", dump(evs)
    assert got[0].target is not None and got[0].target.sector == "CVL", dump(evs)


def test_people_expelled_in_a_chain_of_passives_are_its_target():
    evs = events_of("The Hindus, who were robbed, expelled and killed by the militia, are now returning to Jaffna.")
    got = at(evs, "expelled")
    assert got and got[0].target is not None and got[0].target.sector == "CVL", dump(evs)


def test_a_named_armed_group_expelled_stays_the_group():
    evs = events_of("Ethiopian troops expelled al-Shabaab from Baidoa.")
    got = at(evs, "expelled")
    assert got and got[0].target is not None and got[0].target.code == "SOMINS", dump(evs)


def test_a_diplomat_expelled_stays_a_government_official():
    evs = events_of("Kenya expelled the Somali ambassador on Friday.")
    got = at(evs, "expelled")
    assert got and got[0].target is not None and got[0].target.code == "SOMGOV", dump(evs)
