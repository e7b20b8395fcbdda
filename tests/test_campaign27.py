"""A verb row that names a bare noun as its object ("launched a campaign", "started a war") does not fit when the
object and its modifier make a noun the lexicon lists as no event ("an awareness campaign", "a trade war", "a charm
offensive"): `Lexicon.compound_blocked`, used in `predicates`. Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import dump, events_of


def _roots(text):
    evs = events_of(text)
    return [e.cameo[:2] for e in evs], evs


def test_an_online_campaign_is_no_war():
    roots, evs = _roots("A Syrian filmmaker from Raqqa started an online campaign to find the missing.")
    assert "19" not in roots, dump(evs)


def test_an_awareness_campaign_launched_is_no_war():
    roots, evs = _roots("Kenyan activists in Mombasa launched an awareness campaign about forced disappearances.")
    assert "19" not in roots, dump(evs)


def test_a_charm_offensive_is_no_attack():
    roots, evs = _roots("The Chinese foreign minister launched a charm offensive in Nairobi on Tuesday.")
    assert "19" not in roots, dump(evs)


def test_a_trade_war_started_is_no_fighting():
    roots, evs = _roots("Washington started a trade war with Beijing last spring.")
    assert "19" not in roots, dump(evs)


def test_a_bombing_campaign_stays_force():
    roots, evs = _roots("The Syrian army started a bombing campaign against rebels in Idlib.")
    assert any(r == "19" for r in roots), dump(evs)


def test_a_military_campaign_launched_stays_force():
    roots, evs = _roots("Turkey launched a military campaign against Kurdish fighters in Afrin.")
    assert any(r == "19" for r in roots), dump(evs)
