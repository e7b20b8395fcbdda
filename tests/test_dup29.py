"""One saying, one event (issue 14 item 6), on sentences written for these tests: a generic statement (010) that only
carries its speaker's more specific act of words ("giving his press conference, X described the move as reckless")
is that act's mention, and the same act of words told again in the next sentence of the quotation is a mention
(coding/said_once.py, data/coding/saying_vehicles.tsv); two acts of one speaker stay two."""
from __future__ import annotations

from coded_sentences import dump, events_on

events_of = events_on("2019-03-04")


def test_press_conference_carrying_a_criticism_is_one_event():
    evs = events_of("The Chinese foreign minister, Wang Yi, giving his annual press conference, described the "
                    "Japanese decision as reckless and dangerous.")
    assert [e.cameo for e in evs] == ["111"], dump(evs)
    assert evs[0].target is not None and evs[0].target.code == "JPN", dump(evs)
    assert any(m["cameo"] == "010" for m in evs[0].mentions), evs[0].mentions
    assert "one saying with" in evs[0].rule


def test_statement_issued_by_a_party_that_demands_is_the_demand():
    evs = events_of("A statement issued by the Sudanese opposition coalition in Khartoum demanded the release of "
                    "all detainees.")
    assert [e.cameo[:2] for e in evs] == ["10"], dump(evs)
    assert evs[0].mentions and evs[0].mentions[0]["cameo"] == "010"


def test_address_to_a_council_carrying_an_appeal_is_the_appeal():
    evs = events_of("The UN secretary general, addressing the Security Council, urged all states to show restraint.")
    assert [e.cameo for e in evs] == ["020"], dump(evs)


def test_same_appeal_told_again_in_the_quotation_is_a_mention():
    evs = events_of("\"The president urged Ethiopia to halt the filling of the dam,\" a statement from the Egyptian "
                    "presidency said. \"He urged Ethiopia to return to the negotiating table.\"")
    urged = [e for e in evs if e.cameo == "020"]
    assert len(urged) == 1, dump(evs)
    assert urged[0].sentence == 0 and [m["sentence"] for m in urged[0].mentions] == [1], urged[0].mentions


def test_another_speaker_between_two_appeals_keeps_two():
    evs = events_of("\"The president urged Ethiopia to halt the filling of the dam,\" a statement from the Egyptian "
                    "presidency said. Sudan's prime minister met Ethiopian officials on Monday. \"He urged Ethiopia "
                    "to return to the negotiating table.\"")
    assert len([e for e in evs if e.cameo == "020"]) == 2, dump(evs)


def test_meeting_before_a_statement_is_no_saying_of_it():
    evs = events_of("After a meeting with his security cabinet, the Israeli prime minister issued a statement "
                    "saying no decision had been taken.")
    assert {e.cameo for e in evs} >= {"040", "010"}, dump(evs)


def test_two_appeals_in_one_narrative_stay_two():
    evs = events_of("The Egyptian president urged Ethiopia to halt the filling of the dam. He urged Ethiopia to "
                    "return to the talks in Washington.")
    assert len([e for e in evs if e.cameo == "020"]) == 2, dump(evs)
