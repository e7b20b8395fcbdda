"""Acts of force whose doer claimed them (coding/claimed.py): an attack told with no doer takes the one that claimed
responsibility for it nearby; not a negated claim, nor where another side acts in the same sentences."""
from __future__ import annotations

from coded_sentences import dump, events_of, sources_at as sources


def test_claim_after_the_bombing():
    evs = events_of("A van packed with explosives blew up beside an army checkpoint in Kirkuk, killing eleven conscripts. "
                    "Hours later Islamic State took responsibility for that bombing.")
    got = [e for e in evs if e.cameo.startswith(("18", "19"))]
    assert got and {e.source.code for e in got if e.source} == {"IMGINSISI"}, dump(evs)
    assert all("the one that claimed the 'bombing'" in e.source.why for e in got if e.source), dump(evs)


def test_claim_before_the_toll():
    evs = events_of("Al-Shabaab claimed responsibility for Tuesday's attack on a hotel in Mogadishu. "
                    "At least 15 guests were killed in the attack, police said.")
    assert sources(evs, "killed") == {"SOMINS"}, dump(evs)


def test_claimed_the_act_itself():
    evs = events_of("Nine soldiers were killed as a hidden mine ripped through their convoy near Kandahar. "
                    "The Taliban claimed the attack in a message to reporters.")
    assert {e.source.code for e in evs if e.source and e.cameo.startswith(("18", "19"))} == {"AFGINS"}, dump(evs)


def test_no_doer_from_a_negated_claim():
    evs = events_of("A van packed with explosives blew up beside an army checkpoint in Kirkuk, killing eleven conscripts. "
                    "So far no group has taken responsibility for that bombing.")
    assert all(e.source is None for e in evs if e.cameo.startswith(("18", "19"))), dump(evs)


def test_no_doer_where_another_side_acts_nearby():
    evs = events_of("Iraqi jets bombed militant hideouts near Kirkuk on Friday. "
                    "A van packed with explosives blew up beside an army checkpoint in the city, killing eleven conscripts. "
                    "Hours later Islamic State took responsibility for that bombing.")
    assert all(e.source is None or e.source.code != "IMGINSISI" for e in evs if e.cameo.startswith(("18", "19"))), \
        dump(evs)
