"""The target of verbal acts (issue 14, item 4; session 29): a rejection of a charge that sums up the accusation
before it ("..., an allegation Iran rejects", "... – a claim rejected by Russia") is aimed at the accuser
(coding/earlier_acts.py); "described the move as provocative" criticises the move's owner (the adjective the parser
hung on "as": coding/hung_preps.as_adjective; the condemning adjectives: data/lexicon/argument_kinds.tsv `label`); a
bare "I strongly disagree" restates its speaker's own objection told just before (coding/restated_stance.py).
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2022-05-17")


def _target(evs, word):
    got = at(evs, word)
    assert got, dump(evs)
    return got[0].target


def test_a_charge_set_off_by_a_dash_and_rejected_by_a_passive_is_the_accusers():
    evs = events_of("Britain accused Moscow of hiding evidence from the inspectors – a claim rejected by Russia.")
    t = _target(evs, "rejected")
    assert t is not None and t.country == "GBR", dump(evs)
    assert "the doer of the act it answers, told before ('accused'" in at(evs, "rejected")[0].rule


def test_a_charge_in_apposition_refuted_by_a_participle_is_the_accusers():
    evs = events_of("Egypt accused Ethiopia of stalling the talks on the dam, a charge dismissed by Addis Ababa.")
    t = _target(evs, "dismissed")
    assert t is not None and t.country == "EGY", dump(evs)


def test_the_responder_named_by_the_participle_is_not_the_charges_own_doer():
    # (the 'by' phrase of the rejecting participle names the one who rejects, not the one who charged)
    evs = events_of("Kenya accused Somalia of arming the militia, a charge denied by Mogadishu on Friday.")
    t = _target(evs, "denied")
    assert t is not None and t.country == "KEN", dump(evs)


def test_a_move_described_as_provocative_is_criticism_of_its_owner():
    evs = events_of("The Chinese foreign minister described the American decision as provocative and reckless.")
    got = at(evs, "described")
    assert got and got[0].cameo == "111", dump(evs)
    assert got[0].target is not None and got[0].target.country == "USA", dump(evs)


def test_called_irresponsible_is_criticism():
    evs = events_of("Seoul called the North Korean missile launch irresponsible.")
    got = at(evs, "called")
    assert got and got[0].cameo.startswith("11"), dump(evs)


def test_described_as_with_a_neutral_adjective_is_no_criticism():
    evs = events_of("The minister described the Japanese proposal as interesting.")
    assert not [e for e in at(evs, "described") if e.cameo.startswith("11")], dump(evs)


def test_a_bare_disagreement_restates_the_speakers_rejection_just_before():
    evs = events_of("Germany's defence minister, Klaus Vogel, rejected Donald Trump's claim that the war had been won. "
                    "\"I strongly disagree,\" he wrote on Twitter.")
    t = _target(evs, "disagree")
    assert t is not None and t.country == "USA", dump(evs)
    assert "its speaker's own objection just before" in at(evs, "disagree")[0].rule


def test_a_bare_objection_by_another_side_takes_no_target():
    evs = events_of("Ankara criticised the Greek decision on Monday. The United States strongly objected.")
    got = at(evs, "objected")
    assert got and got[0].target is None, dump(evs)


def test_an_objection_that_names_what_it_answers_is_not_bare():
    evs = events_of("Mexico's foreign minister condemned the American decision to build the wall. "
                    "\"We object to the tariffs imposed by Canada,\" she said.")
    got = at(evs, "object")
    assert not got or got[0].target is None or got[0].target.country != "USA", dump(evs)


def test_an_allegation_in_apposition_denied_by_its_target_is_the_accusers():
    evs = events_of("Canada accused Saudi Arabia of jailing activists, an allegation Riyadh denies.")
    t = _target(evs, "denies")
    assert t is not None and t.country == "CAN", dump(evs)


def test_a_bare_refusal_is_no_restated_objection():
    evs = events_of("Iran condemned the American sanctions on Monday. \"We refused,\" the minister said.")
    got = at(evs, "refused")
    assert not got or got[0].target is None, dump(evs)


def test_a_speaker_who_objected_to_two_sides_gives_a_bare_disagreement_no_target():
    evs = events_of("Germany's foreign minister criticised the Russian decision and the Polish plan. "
                    "\"I strongly disagree,\" he said.")
    got = at(evs, "disagree")
    assert got and got[0].target is None, dump(evs)


def test_an_offer_from_a_name_the_parser_hung_on_the_verb_is_the_welcomes_target():
    # ("welcomed the offer from Ethiopia": the parser hangs "from Ethiopia" on "welcomed"; hung_preps.verb_hung_sender)
    evs = events_of("Kenya welcomed the offer from Ethiopia.")
    t = _target(evs, "welcomed")
    assert t is not None and t.country == "ETH", dump(evs)


def test_a_warning_from_a_capital_dismissed_is_the_capitals():
    evs = events_of("Tehran dismissed the warning from Washington on Sunday.")
    t = _target(evs, "dismissed")
    assert t is not None and t.country == "USA", dump(evs)


def test_people_from_a_country_welcomed_are_no_message_from_it():
    evs = events_of("Germany welcomed the refugees from Syria.")
    got = at(evs, "welcomed")
    assert not got or got[0].target is None or "author of" not in (got[0].target.why or ""), dump(evs)


def test_a_state_of_things_described_as_abhorrent_is_no_criticism_of_anyone():
    evs = events_of("An aid official described the situation in the camp as absolutely abhorrent.")
    assert not [e for e in at(evs, "described") if e.cameo.startswith("11")], dump(evs)
