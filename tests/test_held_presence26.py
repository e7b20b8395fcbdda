"""Holders of a place read from a side's presence there (issue 14, session 27: coding/held_presence.py): an act of
force on the place takes that side as its target, not the place's state."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _one(text, word):
    evs = at(events_of(text), word)
    assert len(evs) == 1, dump(events_of(text))
    return evs[0]


def test_where_clause_of_a_posting_verb_names_the_holder():
    e = _one("Government troops advanced on Kismayo in southern Somalia on Tuesday. Jilib, where al-Shabaab "
             "fighters are based, lies further north. Kenyan jets bombed Jilib overnight.", "bombed")
    assert e.target is not None and e.target.code == "SOMINS", dump([e])
    assert "where al-Shabaab fighters are based" in e.target.why


def test_a_side_in_the_place_holds_it():
    e = _one("Turkish officials vowed again to crush the Kurdish militia in Afrin, in northern Syria. "
             "Turkish artillery shelled Afrin on Monday.", "shelled")
    assert e.target is not None and e.target.code == "SYRKURUAF", dump([e])
    assert e.target.text == "Afrin"


def test_a_sides_presence_in_the_place():
    e = _one("Turkey vowed on Sunday to end the Kurdish presence in Tal Abyad, a border town in northern Syria. "
             "Turkish artillery shelled Tal Abyad on Monday.", "shelled")
    assert e.target is not None and e.target.code == "SYRKUR", dump([e])
    assert "the Kurdish presence in Tal Abyad" in e.target.why


def test_the_places_defenders():
    e = _one("Turkish artillery shelled Kobani in northern Syria on Monday. Kobani's Kurdish defenders said they "
             "would not withdraw.", "shelled")
    assert e.target is not None and e.target.code == "SYRKUR", dump([e])


def test_a_states_troops_abroad_hold_no_ground():
    e = _one("US troops in Kobani, in northern Syria, were not harmed. Turkish artillery shelled Kobani on Monday.",
             "shelled")
    assert e.target is not None and e.target.code == "SYR", dump([e])


def test_civilians_in_the_place_hold_nothing():
    e = _one("Thousands of civilians in Kobani, in northern Syria, fled on Sunday. Turkish artillery shelled Kobani "
             "on Monday.", "shelled")
    assert e.target is not None and e.target.code == "SYR", dump([e])


def test_no_holder_is_the_doers_own_side():
    e = _one("The Kurdish militia in Kobani, in northern Syria, regrouped on Sunday. Kurdish fighters shelled Kobani "
             "on Monday.", "shelled")
    assert e.target is None or "KUR" not in (e.target.code or ""), dump([e])
