"""A request naming no one asked, by one of two parties just told in talks together, is made of the other
(coding/talks_partner.request_partner), on sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-05-02")


def _requests(evs):
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if e.cameo[:2] in ("02", "10")]


def test_a_request_by_one_party_of_talks_is_made_of_the_other():
    evs = events_of("Kenya and Somalia are in talks over the maritime border. "
                    "Nairobi has asked for $200m in compensation, diplomats said.")
    assert ("KENGOV", "SOM") in _requests(evs) or any(s and s.startswith("KEN") and t == "SOM"
                                                       for s, t in _requests(evs)), _requests(evs)


def test_a_demand_after_talks_between_two_parties():
    evs = events_of("The talks between Ghana and Togo resumed in Accra on Monday. "
                    "Lome demanded that the new border posts be removed.")
    assert any(s and s.startswith("TGO") and t and t.startswith("GHA") for s, t in _requests(evs)), _requests(evs)


def test_a_third_party_request_takes_no_talks_party():
    evs = events_of("Kenya and Somalia are in talks over the maritime border. Ethiopia demanded a seat at the table.")
    assert not [t for s, t in _requests(evs) if s and s.startswith("ETH") and t], _requests(evs)


def test_talks_with_two_others_name_no_single_party():
    evs = events_of("Kenya is in talks with Somalia and Ethiopia. Nairobi has asked for $200m in compensation.")
    assert not [t for s, t in _requests(evs) if s and s.startswith("KEN") and t], _requests(evs)


def test_a_named_addressee_stays():
    evs = events_of("Kenya and Somalia are in talks over the maritime border. Nairobi asked the UN for help.")
    assert any(s and s.startswith("KEN") and t == "IGOUNO" for s, t in _requests(evs)), _requests(evs)
