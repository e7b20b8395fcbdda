"""Devices left behind (coding/planted.py): "the booby trap detonated, killing ..." with no doer was done by the one
owner the article named on that device before; none where two owners were named."""
from __future__ import annotations

from coded_sentences import at, dump, events_of, sources_at as sources


def test_the_booby_trap_is_the_owner_named_before():
    evs = events_of("Kenyan volunteers were helping Somali soldiers clear a house rigged with al-Shabaab booby traps. "
                    "The booby trap detonated, killing two Somali soldiers.")
    got = at(evs, "detonated")
    assert got and sources(evs, "detonated") == {"SOMINS"}, dump(evs)
    assert all("the owner of the 'trap'" in e.source.why for e in got), dump(evs)


def test_two_owners_name_none():
    evs = events_of("Somali soldiers cleared houses rigged with al-Shabaab booby traps and villages rigged with "
                    "booby traps of the Islamic State. The booby trap detonated, killing two Somali soldiers.")
    assert sources(evs, "detonated") <= {None}, dump(evs)


def test_the_owner_on_a_compound_device_name():
    evs = events_of("Kenyan volunteers cleared a school rigged with Shabaab booby traps near Kismayo. "
                    "The booby trap detonated, killing two Somali soldiers.")
    assert sources(evs, "detonated") == {"SOMINS"}, dump(evs)


def test_hostages_murdered_take_their_one_named_captor():
    evs = events_of("Pieter Jansen, a Dutch engineer, was taken hostage by al-Shabaab in 2016 and freed a year later. "
                    "Dutch, Danish and Kenyan hostages were murdered.")
    got = at(evs, "murdered")
    assert got and sources(evs, "murdered") == {"SOMINS"}, dump(evs)
    assert all("holding captives" in e.source.why for e in got), dump(evs)


def test_hostages_of_two_captors_take_none():
    evs = events_of("Pieter Jansen was taken hostage by al-Shabaab in 2016, and his brother was held hostage by "
                    "the Islamic State. Dutch and Danish hostages were murdered.")
    assert sources(evs, "murdered") <= {None}, dump(evs)
