"""The victims of an act of force whose doer is borrowed from the act their clause names (coding/doers.py) take no
country from that doer's mention alone (knowledge/victim_country.py); a state's forces acting at home still share its
country. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import force_events


def dump(evs):
    return [(e.cameo, e.trigger_text, e.source.code, e.target.code) for e in evs]


def test_capital_led_alliance_gives_its_victims_no_country():
    evs = force_events("An Abu Dhabi-led alliance, armed by France, carried out raids that wounded dozens of farmers.")
    hit = [e for e in evs if e.source.country == "ARE" and e.target.sector == "AGR"]
    assert hit and all(e.target.country is None for e in hit), dump(evs)
    assert "its doer's own" in hit[0].target.why


def test_attacker_named_by_capital_in_another_sentence_shape():
    evs = force_events("Moscow-backed separatists held the ridge. A Tehran-led militia alliance fired rockets that "
                       "killed several shepherds near the border.")
    hit = [e for e in evs if e.source.country == "IRN" and e.target.sector == "CVL"]
    assert hit and all(e.target.country != "IRN" for e in hit), dump(evs)


def test_victims_placed_by_their_own_clause_keep_that_place():
    evs = force_events("DAMASCUS -- Syrian warplanes carried out raids that killed 12 shoppers on Tuesday, a "
                       "monitoring group said.")
    hit = [e for e in evs if e.source.country == "SYR" and e.target.sector == "CVL"]
    # (a state's own jets at home: the dateline's country is the victims' too)
    assert hit and all(e.target.country == "SYR" for e in hit), dump(evs)


def test_late_found_doer_of_a_folded_or_borrowed_telling_gives_no_country():
    evs = force_events("A Paris-led mission mounted raids which wounded twenty miners.")
    hit = [e for e in evs if e.source.country == "FRA" and e.target.sector == "LAB"]
    assert hit and all(e.target.country is None for e in hit), dump(evs)
    evs = force_events("Last month a Nairobi-led task force carried out bombings that maimed dozens of herders.")
    hit = [e for e in evs if e.source.country == "KEN" and e.target.sector == "AGR"]
    assert hit and all(e.target.country is None for e in hit), dump(evs)


def test_home_forces_firing_on_their_own_protesters_keep_their_country():
    evs = force_events("MINSK -- Belarusian riot police staged a sweep that injured scores of protesters on Sunday.")
    hit = [e for e in evs if e.source.country == "BLR" and e.target.sector == "OPP"]
    assert hit and all(e.target.country == "BLR" for e in hit), dump(evs)
