"""Targets of acts whose other side the sentence names (issue 14, item 4), on sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-04")


def pairs(evs, root):
    return {((e.source.code if e.source else None), (e.target.code if e.target else None))
            for e in evs if e.cameo.startswith(root)}


def test_incursion_into_a_town_targets_the_state_that_holds_it():
    evs = events_of("Relations were strained by Turkey's armoured incursion into Afrin, in Syria's north-west.")
    hits = [e for e in evs if e.cameo.startswith("19") and e.source and e.source.country == "TUR"]
    assert hits and hits[0].target is not None and hits[0].target.code == "SYR", evs
    assert "its state is the target" in hits[0].target.why


def test_offensive_into_and_airstrikes_on_a_town():
    assert ("TUR", "SYR") in pairs(events_of("Turkey launched a ground offensive into Afrin in January."), "19")
    evs = events_of("American aircraft carried out airstrikes on Raqqa overnight.")
    assert any(e.target is not None and e.target.code == "SYR" for e in evs if e.cameo.startswith("19")), evs


def test_own_ground_or_joint_attack_gives_no_place_target():
    # the doer's own country, and a country the act's own modifiers name as a doer, are not its target
    evs = events_of("The Syrian army launched an offensive on Idlib last week.")
    assert not any(e.target is not None and e.target.code == "SYR" for e in evs if e.cameo.startswith("19")), evs
    evs = events_of("Diplomats want to head off a Russian-Syrian assault on Idlib province.")
    assert not any(e.target is not None and e.target.code == "SYR" for e in evs if e.cameo.startswith("19")), evs


def test_troops_sent_or_posted_in_a_foreign_place():
    assert ("RUS", "SYR") in pairs(events_of("Russia deployed extra troops to Latakia in September."), "15")
    evs = events_of("Estonian troops take part in peacekeeping operations in Mali.")
    assert any(e.target is not None and e.target.code == "MLI" for e in evs if e.cameo.startswith("07")), evs


def test_backed_by_participle_before_the_clause_backs_its_subject():
    evs = events_of("Backed by Iranian militias, the Syrian army retook the town of Bukamal.")
    # backing by armed forces is military cooperation (062), verbal backing 05
    back = [e for e in evs if e.cameo.startswith("05") or e.cameo == "062"]
    assert back and back[0].source.country == "IRN" and back[0].target is not None \
        and back[0].target.country == "SYR", evs


def test_supported_by_participle_after_a_comma():
    evs = events_of("Kurdish militias control the east of the country, supported by about 2,000 American troops.")
    # backing by armed forces is military cooperation (062), verbal backing 05
    back = [e for e in evs if e.cameo.startswith("05") or e.cameo == "062"]
    assert back and back[0].source.country == "USA" and back[0].target is not None \
        and back[0].target.sector is not None, evs


def test_a_past_tense_read_as_participle_takes_no_patient():
    # no comma before the participle: not read as backing the clause's subject
    evs = events_of("The minister said the plan backed by Washington would fail.")
    assert not any(e.target is not None and e.target.text == "The minister" for e in evs), evs


def test_person_detained_in_a_relative_clause():
    evs = events_of("Halvorsen, who is held by Kurdish forces, married a fighter in 2015. Okonkwo, who was detained by "
                    "Kurdish forces last year, is ill.")
    det = [e for e in evs if e.cameo.startswith("173")]
    assert det and det[-1].target is not None and det[-1].target.text == "Okonkwo", evs
    assert det[-1].target.sector == "CVL"


def test_arrested_people_are_the_target():
    evs = events_of("Two shopkeepers were arrested by Egyptian police in Cairo on Friday.")
    arr = [e for e in evs if e.cameo.startswith("173")]
    assert arr and arr[0].target is not None and arr[0].target.sector == "CVL", evs


def test_international_community_is_an_igo_like_target():
    evs = events_of("Doctors in Idlib criticised the international community for its inaction.")
    crit = [e for e in evs if e.cameo.startswith("11")]
    assert crit and crit[0].target is not None and crit[0].target.code.startswith("IGO"), evs


def test_co_agents_of_a_plan_or_arrival_do_not_act_on_each_other():
    evs = events_of("Belarus and Armenia are planning to keep observers inside Georgia after the vote.")
    assert not any(e.source and e.target and {e.source.country, e.target.country} == {"BLR", "ARM"} for e in evs), evs
    evs = events_of("The presidents of Chile and Peru arrived in Quito on Monday.")
    assert not any(e.source and e.target and {e.source.country, e.target.country} == {"CHL", "PER"} for e in evs), evs


def test_co_agents_of_an_agreement_still_act_on_each_other():
    evs = events_of("Chile and Peru agreed on a plan for the border on Monday.")
    assert any(e.source and e.target and (e.source.country, e.target.country) == ("CHL", "PER") for e in evs), evs


def test_threatened_attack_on_a_foreign_town_targets_its_state():
    evs = events_of("Iran threatened to attack Basra in Iraq.")
    thr = [e for e in evs if e.cameo.startswith("13")]
    assert thr and thr[0].target is not None and thr[0].target.code == "IRQ", evs


def test_relative_clause_object_is_the_patient():
    evs = events_of("Turkey is fighting Kurdish militias that Washington supports.")
    # backing by armed forces is military cooperation (062), verbal backing 05
    back = [e for e in evs if e.cameo.startswith("05") or e.cameo == "062"]
    assert back and back[0].source.country == "USA" and back[0].target is not None \
        and back[0].target.code.startswith("KUR"), evs


def test_author_of_a_statement_in_a_relative_clause_is_the_target_of_criticism():
    evs = events_of("Ankara condemned the statement which the Greek government issued.")
    crit = [e for e in evs if e.cameo.startswith("11")]
    assert crit and crit[0].target is not None and crit[0].target.country == "GRC", evs


def test_a_broker_acts_on_the_parties_between_which_it_brokers():
    evs = events_of("A ceasefire brokered by Algeria between the Malian government and the rebels took hold.")
    # (brokering a ceasefire is mediation, 045: the broker declares no truce of its own)
    brk = [e for e in evs if e.cameo.startswith("045") and e.source is not None and e.source.country == "DZA"]
    assert {e.target.code for e in brk if e.target is not None} >= {"MLIGOV"}, evs


def test_agents_of_a_participle_are_not_the_patient_of_its_noun():
    # "talks brokered by X and Y": the co-mediators act on no one in this clause, least of all on each other
    evs = events_of("Ethiopia and Eritrea signed a border accord on Monday, in talks brokered by Kenya and the "
                    "African Union.")
    broker = [e for e in evs if e.trigger_text == "brokered"]
    assert {(e.source.code if e.source else None) for e in broker} >= {"KEN"}, [(e.trigger_text, e.source, e.target) for e in evs]
    assert all(e.target is None or e.target.country not in ("KEN",) and not (e.target.code or "").startswith("IGO")
               for e in broker), [(e.source, e.target) for e in broker]
