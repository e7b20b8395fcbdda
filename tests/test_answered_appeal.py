"""Targets of intents and refusals that answer another party's appeal named in their sentence (issue 14;
coding/answered_appeal.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-06-14")


def test_a_pledge_coordinated_with_a_clause_answering_a_call_is_aimed_at_the_caller():
    evs = events_of("Denmark pledged on Friday to hold its own citizens accountable at home, while Sweden said it "
                    "would not act on Washington's call to bring them back.")
    got = [e for e in at(evs, "pledged") if e.cameo.startswith("03")]
    assert got and got[0].target is not None and got[0].target.country == "USA", dump(evs)
    assert got[0].target.why.startswith("the doer of the appeal it answers ('call')"), got[0].target.why


def test_a_vow_to_respond_to_a_demand_is_aimed_at_the_one_who_made_it():
    evs = events_of("Lithuania vowed to respond to Moscow's demand by expelling Russian envoys.")
    got = [e for e in at(evs, "vowed") if e.cameo.startswith("03")]
    assert got and got[0].target is not None and got[0].target.country == "RUS", dump(evs)
    assert "appeal it answers ('demand')" in got[0].rule


def test_an_intent_told_in_response_to_a_request_is_aimed_at_the_requester():
    evs = events_of("Poland pledged, in response to a request from Kyiv, to send more air defence systems.")
    got = [e for e in evs if e.cameo.startswith("03") and e.source is not None and e.source.country == "POL"]
    assert got and got[0].target is not None and got[0].target.country == "UKR", dump(evs)
    assert "appeal it answers ('request')" in got[0].rule, got[0].rule


def test_an_intent_with_a_target_of_its_own_keeps_it():
    evs = events_of("Greece promised on Wednesday to open talks with Ankara, but Cyprus declined to respond to the EU "
                    "request that it lift the veto.")
    got = [e for e in evs if e.cameo.startswith("03") and e.source is not None and e.source.country == "GRC"]
    assert got and got[0].target is not None and got[0].target.country == "TUR", dump(evs)
    assert "appeal it answers" not in (got[0].rule or "")
