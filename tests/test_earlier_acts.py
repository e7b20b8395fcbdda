"""Targets of responses to an act told before (issue 14; coding/earlier_acts.py): a denial, rejection, condemnation,
welcome or agreement whose object is a definite act noun with no doer of its own ("the charge", "the move") takes the
doer of the nearest earlier coded act of the kind the noun names, in its sentence or the two before; a bare "agreed"
takes the doer of the bid made just before. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-06-14")


def dump(evs):
    return [(e.sentence, e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.code,
             (e.rule or "")[-90:]) for e in evs]


def test_a_denied_charge_is_the_accusation_made_before():
    evs = events_of("Morocco accused Algeria of smuggling weapons to the Polisario. Algiers denies the charge.")
    got = at(evs, "denies")
    assert got and got[0].target is not None and got[0].target.country == "MAR", dump(evs)
    assert "told before ('accused', 1 sentence(s) before)" in got[0].rule, got[0].rule
    assert got[0].target.why.startswith("the doer of the act it answers, told before ('accused'")


def test_strikes_condemned_in_a_passive_are_the_strikes_told_before():
    evs = events_of("Turkish jets bombed Kurdish positions near Afrin on Sunday. The strikes were condemned by "
                    "Damascus.")
    got = at(evs, "condemned")
    assert got and got[0].target is not None and got[0].target.country == "TUR", dump(evs)


def test_a_move_welcomed_is_any_deed_told_before():
    evs = events_of("Washington recognised Jerusalem as the capital of Israel. The move was welcomed by Hungary.")
    got = at(evs, "welcomed")
    assert got and got[0].target is not None and got[0].target.country == "USA", dump(evs)


def test_a_bare_agreement_answers_the_offer_made_just_before():
    evs = events_of("Russia, Assad's main ally, offered to remove the regime's stock of nerve gas. "
                    "Fatefully, Obama agreed.")
    got = at(evs, "agreed")
    assert got and got[0].target is not None and got[0].target.country == "RUS", dump(evs)
    assert "the doer of the bid it answers" in got[0].rule, got[0].rule


def test_the_responders_own_acts_are_skipped():
    evs = events_of("Egypt accused Turkey of arming militants. Turkey accused Egypt of torturing prisoners. "
                    "Ankara rejected the accusations.")
    got = [e for e in at(evs, "rejected") if e.source is not None and e.source.country == "TUR"]
    assert got and got[0].target is not None and got[0].target.country == "EGY", dump(evs)


def test_attacks_by_two_other_sides_leave_the_attack_unresolved():
    evs = events_of("Isis fighters attacked the village at dawn. Iraqi jets bombed the fighters' positions. "
                    "The United Nations condemned the attack.")
    got = at(evs, "condemned")
    assert got and (got[0].target is None or "told before" not in got[0].rule), dump(evs)


def test_no_earlier_act_of_the_kind_gives_no_target():
    evs = events_of("Ministers met in Geneva on Monday. Tehran denies the charge.")
    got = at(evs, "denies")
    assert got and got[0].target is None, dump(evs)


def test_a_noun_with_a_doer_of_its_own_is_left_to_the_coder():
    evs = events_of("Saudi Arabia accused Iran of smuggling weapons. Israel dismissed the Egyptian claims.")
    got = at(evs, "dismissed")
    assert got and not any("told before" in (e.rule or "") for e in got), dump(evs)


def test_an_offer_coded_by_what_is_offered_is_still_the_offer_answered():
    evs = events_of("Tehran offered a prisoner swap. Baghdad rejected the offer.")
    got = at(evs, "rejected")
    assert got and got[0].target is not None and got[0].target.country == "IRN", dump(evs)


def test_an_agreement_planned_at_an_invitation_takes_nothing_from_it():
    evs = events_of("Damascus invited Moscow to send troops. Russia and Iran, at the Syrian government's "
                    "invitation, are planning to keep troops in Syria.")
    assert not any("told before" in (e.rule or "") for e in evs), dump(evs)


def test_its_call_rejected_is_the_demander_s():
    evs = events_of("The European Union demanded an immediate truce in the region. Russia has dismissed its call.")
    got = [e for e in evs if e.trigger_text == "dismissed"]
    assert len(got) == 1 and got[0].target is not None and got[0].target.code.startswith("IGOEU"), dump(evs)


def test_their_demands_rejected_are_the_demander_s():
    evs = events_of("Russia demanded that Moldova withdraw its police. Chisinau rejected their demands.")
    got = [e for e in evs if e.trigger_text == "rejected"]
    assert len(got) == 1 and got[0].target is not None and got[0].target.country == "RUS", dump(evs)


def test_its_decision_defended_is_the_defender_s_own():
    evs = events_of("Russia demanded that Moldova withdraw its police. Chisinau defended its decision.")
    got = [e for e in evs if e.trigger_text == "defended"]
    assert len(got) == 1 and got[0].target is None, dump(evs)


def test_a_state_s_opposition_answers_its_own_government_s_move():
    evs = events_of("The Australian government decided to close the embassy in Kabul. Australian opposition parties "
                    "condemned the move.")
    got = [e for e in evs if e.trigger_text == "condemned"]
    assert len(got) == 1 and got[0].target is not None and got[0].target.code == "AUSGOV", dump(evs)


def test_a_state_s_own_minister_does_not_answer_its_government():
    evs = events_of("The Australian government decided to close the embassy in Kabul. The Australian foreign minister "
                    "criticised the move.")
    got = [e for e in evs if e.trigger_text == "criticised"]
    assert len(got) == 1 and got[0].target is None, dump(evs)


def test_a_deed_whose_modifier_names_its_kind_is_that_act_told_three_sentences_before():
    evs = events_of("Uhuru Kenyatta plans to withdraw all Kenyan troops from Somalia, according to several reports. "
                    "The news surprised diplomats in Nairobi. Kenyatta has said little about it in public. "
                    "Uganda criticised the withdrawal decision.")
    got = [e for e in at(evs, "criticised") if e.sentence == 3]
    assert got and got[0].target is not None and got[0].target.country == "KEN", dump(evs)
    assert "answers, told before ('withdraw', 3 sentence(s) before)" in got[0].rule, got[0].rule


def test_a_deed_whose_modifier_names_another_kind_is_not_the_act_told_before():
    evs = events_of("Uhuru Kenyatta plans to withdraw all Kenyan troops from Somalia, according to several reports. "
                    "The news surprised diplomats in Nairobi. Kenyatta has said little about it in public. "
                    "Uganda criticised the sanctions decision.")
    got = [e for e in at(evs, "criticised") if e.sentence == 3]
    assert got and (got[0].target is None or got[0].target.country != "KEN"), dump(evs)


def test_a_bare_deed_three_sentences_after_the_act_keeps_no_target():
    evs = events_of("Uhuru Kenyatta plans to withdraw all Kenyan troops from Somalia, according to several reports. "
                    "The news surprised diplomats in Nairobi. Kenyatta has said little about it in public. "
                    "Uganda criticised the decision.")
    got = [e for e in at(evs, "criticised") if e.sentence == 3]
    assert got and (got[0].target is None or got[0].target.country != "KEN"), dump(evs)
