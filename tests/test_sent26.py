"""Arms sent to an armed party (issue 14 recall; branch sent26): rockets, grenades, mortars, shells, explosives and
launchers are arms, so sending, supplying, shipping or handing them to a party is military aid, 072, with the party as
target (lexicon 07_aid.tsv 072.*-arms rows). A place the arms go to is no target (roles own-arms-verb).
Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _dyads(evs, word):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in at(evs, word)]


def test_rockets_and_drones_sent_to_a_militia():
    evs = events_of("Iran sent rockets and drones to Hezbollah last year, Israeli officials said.")
    assert ("072", "IRN", "LBNUAF") in _dyads(evs, "sent"), dump(evs)


def test_mortars_shipped_to_rebels():
    evs = events_of("Sudan shipped mortars to the Houthis in the spring, according to the report.")
    assert any(c == "072" and s == "SDN" and t == "YEMREB" for c, s, t in _dyads(evs, "shipped")), dump(evs)


def test_grenades_handed_to_fighters():
    evs = events_of("Syria handed grenades to the separatists, the monitors said.")
    assert any(c == "072" and s == "SYR" and t == "SEP" for c, s, t in _dyads(evs, "handed")), dump(evs)


def test_rockets_sent_to_a_place_target_no_party():
    evs = events_of("Iran sent rockets to the Gulf last month.")
    assert all(t is None for _, _, t in _dyads(evs, "sent")), dump(evs)
