"""The sender of the weapon a passive was done by, named in a participle after a comma (coding/passive_agents.py
fired_agent): "wounded by a mortar round, fired by the rebels" was done by the rebels."""
from __future__ import annotations

from coded_sentences import at, dump, events_of, sources_at as sources


def test_participle_after_the_weapon_names_the_sender():
    evs = events_of("Four border guards were wounded by a mortar round, fired by the rebels, near the crossing on Sunday.")
    assert {e.source.sector for e in at(evs, "wounded") if e.source} == {"REB"}, dump(evs)
    assert all("the one who sent the 'round'" in e.rule for e in at(evs, "wounded")), dump(evs)


def test_a_make_before_the_weapon_is_not_its_sender():
    evs = events_of("The ambulance was hit by an Iranian-made missile, launched by Houthi fighters near Saada.")
    assert sources(evs, "hit") == {"YEMREB"}, dump(evs)


def test_no_sender_without_a_by_phrase():
    evs = events_of("Two soldiers were killed by a grenade, thrown from a passing car in the market.")
    assert sources(evs, "killed") == {None}, dump(evs)
