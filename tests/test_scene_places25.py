"""A capital named before an act noun places the act; it is not its doer (issue 14): coding/scene_places.py, asked
by the coder. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import all_events_of, at, dump, events_of


def _doers(evs, word):
    return [e.source.code for e in at(evs, word) if e.source is not None]


def test_a_capital_before_a_terror_attack_is_not_its_doer():
    evs = all_events_of("He was angry after the Nairobi terror attacks in 2013 and blamed the government.")
    assert at(evs, "attacks"), dump(evs)
    assert _doers(evs, "attacks") == [], dump(evs)


def test_a_capital_before_a_summit_stays_its_host_government():
    evs = all_events_of("The Lisbon summit had calmed nerves, a resident said.")
    assert _doers(evs, "summit") == ["PRTGOV"], dump(evs)



def test_a_capital_before_a_speech_leaves_the_speaker_to_the_sentence():
    evs = events_of("In a famous Quito speech, in 2009, Correa promised reform.")
    assert _doers(evs, "speech") == [], dump(evs)
    assert any(e.cameo.startswith("03") for e in at(evs, "promised")), dump(evs)


def test_a_possessive_capital_is_still_the_doer():
    evs = events_of("Paris's offensive against the rebels began in March.")
    got = [e for e in evs if e.cameo.startswith("19")]
    assert got and got[0].source is not None and got[0].source.code == "FRAGOV", dump(evs)


def test_a_seat_of_power_before_a_statement_is_still_the_doer():
    evs = events_of("The Kremlin statement condemned the strikes.")
    # (the statement that carries the condemnation is one saying with it: coding/said_once.py)
    assert (_doers(evs, "statement") or _doers(evs, "condemned")) == ["RUSGOV"], dump(evs)


def test_a_capital_acting_alone_still_stands_for_its_government():
    evs = events_of("Lisbon condemned the attack on Friday.")
    got = at(evs, "condemned")
    assert got and got[0].source is not None and got[0].source.code == "PRTGOV", dump(evs)
