"""Acts named only as an aim, a risk, a rule, a figure, a liking, a weighed kind of act or another's prediction are no
events (issue 14 item 6, nonevent29; coding/unheld_acts.py, figures.py `_inert_complement`, nonevent_uses.py
`feared_state`, forecasts.py `other_person`, lexicon x. rows): sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_an_aim_spelled_out_after_a_colon_is_no_sanction():
    evs = events_of("Tehran and Moscow share another aim: curbing US influence in the Gulf.")
    assert not at(evs, "curbing"), dump(evs)


def test_curbing_told_as_done_stays():
    evs = events_of("The Treasury curbed Iranian banks' access to the dollar on Monday.")
    assert at(evs, "curbed"), dump(evs)


def test_a_clash_discussed_as_a_risk_is_no_clash():
    evs = events_of("A direct confrontation between Iranian and Israeli forces risks a wider regional war.")
    assert not at(evs, "confrontation"), dump(evs)


def test_a_clash_that_happened_stays():
    evs = events_of("A confrontation between Iranian and Israeli forces erupted near the Golan on Tuesday.")
    assert any(e.cameo == "190" for e in evs), dump(evs)


def test_an_agreement_no_one_cares_for_is_no_agreement():
    evs = events_of("The White House has taken little interest in a peace settlement in Yemen.")
    assert not at(evs, "settlement"), dump(evs)


def test_a_rule_for_any_deployment_is_no_approval():
    evs = events_of("Any further deployments had to be approved by Washington, not by Kabul.")
    assert not at(evs, "approved"), dump(evs)


def test_a_deployment_approved_stays():
    evs = events_of("The new deployment was approved by Washington on Friday.")
    assert at(evs, "approved"), dump(evs)


def test_a_kind_of_act_weighed_in_a_question_is_no_shelling():
    evs = events_of("What is a greater crime than shelling schools?")
    assert not at(evs, "shelling"), dump(evs)


def test_refusing_to_lift_a_finger_is_no_rejection():
    evs = events_of("The Kremlin has refused to lift a finger to defend the besieged town.")
    assert not at(evs, "refused"), dump(evs)


def test_refusing_a_request_stays():
    evs = events_of("The Kremlin has refused to hand over the two suspects to Britain.")
    assert any(e.cameo.startswith("12") for e in evs), dump(evs)


def test_a_death_warrant_signed_in_a_figure_is_no_arrest():
    evs = events_of("Critics say the minister had effectively signed a death warrant for thousands of migrants.")
    assert not any(e.cameo.startswith("17") for e in evs), dump(evs)


def test_a_liking_the_writer_describes_is_no_praise():
    evs = events_of("Mattis had good relations with Trump, who admired his toughness and his nickname.")
    assert not at(evs, "admired"), dump(evs)


def test_strikes_probably_carried_out_by_an_air_force_stay():
    evs = events_of("The head of the monitoring group said the strikes had probably been carried out by the Russian "
                    "air force.")
    assert any(e.source and e.source.code == "RUSMIL" for e in evs), dump(evs)


def test_airspace_defended_by_missile_systems_is_no_verbal_defence():
    evs = events_of("The embassy said the city's airspace was heavily defended by Russian air-defence systems.")
    assert not at(evs, "defended"), dump(evs)


def test_a_base_protected_by_batteries_is_no_protection_given():
    evs = events_of("The Russian base is protected by S-400 missile batteries.")
    assert not at(evs, "protected"), dump(evs)


def test_a_procedure_that_dictates_is_no_demand():
    evs = events_of("It is understood that the Egyptian judicial process dictates that foreign governments must "
                    "apply for consular access.")
    assert not at(evs, "dictates"), dump(evs)


def test_a_private_kindness_to_an_animal_is_no_protection():
    evs = events_of("Maria Lopez, 23, from Leeds, protected a hedgehog from boys at her school.")
    assert not at(evs, "protected"), dump(evs)


def test_what_they_said_our_families_would_do_is_no_threat_by_the_families():
    evs = events_of('"They told us our families would kill us if we tried to come home," the Iraqi woman said.')
    assert not any(e.cameo.startswith("13") for e in at(evs, "kill")), dump(evs)


def test_a_commanders_own_threat_stays():
    evs = events_of('"We will crush them if they cross the river," the Turkish commander said.')
    assert any(e.cameo.startswith("13") for e in at(evs, "crush")), dump(evs)


def test_what_an_envoy_claims_and_insists_of_another_state_is_no_act_of_it():
    evs = events_of("The British side are not transparent, the Russian ambassador claims and insists the UK is "
                    "flouting international law.")
    assert not at(evs, "flouting"), dump(evs)


def test_what_a_leader_argues_his_own_side_did_stays():
    evs = events_of("Erdogan argued that Turkey had crushed the coup within hours.")
    assert at(evs, "crushed"), dump(evs)


def test_a_territory_an_imagined_entity_would_embrace_is_no_endorsement():
    evs = events_of("For Ankara, the idea of an independent Kurdish entity stretching from Iraq to the sea, and "
                    "potentially embracing parts of eastern Turkey, is a nightmare.")
    assert not at(evs, "embracing"), dump(evs)


def test_a_leader_embraced_stays():
    evs = events_of("Erdogan has embraced Moscow since the failed coup.")
    assert at(evs, "embraced"), dump(evs)


def test_what_will_befall_any_intruder_stays_a_threat():
    evs = events_of("According to the Iranian Defence Ministry, any Israeli drone that enters Iranian airspace "
                    "without approval will be shot down by the air defence forces.")
    assert any(e.cameo.startswith("13") for e in at(evs, "shot down")), dump(evs)
