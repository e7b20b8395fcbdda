"""Wrong CAMEO roots and one act coded twice in a sentence (issue 14). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events = events_on("2020-03-04")


def codes(text):
    return sorted(e.cameo for e in events(text))


# ------------------------------------------------------------------ roots
def test_sending_forces_is_a_deployment_not_peacekeeping():
    # bare "forces" is a deployment (154); a force named for peace is peacekeeping (074)
    assert codes("Ankara sent forces to drive the militants out of the enclave.") == ["154"]
    assert codes("The African Union sent a peacekeeping force to the border region.") == ["074"]
    # threatened deployment: a threat of force, not an intention to keep the peace
    assert codes("Erdogan has threatened to dispatch his troops to confront the Kurdish fighters.") == ["138"]


def test_hostages_in_a_relative_clause_are_abducted():
    got = [e for e in events("The militia is still holding three foreign hostages who were captured by its gunmen in March.")
           if e.trigger_text.startswith("captured")]
    assert [e.cameo for e in got] == ["181"]
    assert codes("The gunmen captured three hostages near the border.") == ["181"]
    assert codes("The army captured the village on Monday.") == ["190"]


def test_a_decision_to_resign_is_the_resignation():
    assert codes("The minister's decision to resign came after the vote.") == ["0831"]
    assert codes("The president decided to resign on Friday.") == ["0831"]


def test_a_trip_made_to_fight_is_no_visit():
    assert "042" not in codes("Hundreds of Belgians have travelled to Syria to fight against the regime.")
    assert codes("The Belgian minister travelled to Syria on Monday.") == ["042"]


def test_warning_that_an_operation_is_near_is_a_threat():
    assert codes("The Turkish president warned Washington that a Turkish army operation against the militia "
                 "is near.") == ["138"]
    # an assault others see coming is no threat of theirs
    assert codes("Aid agencies warned that a military assault on the city was imminent.") == ["012"]
    assert codes("The agency warned that the situation in the camps was bleak.") == ["012"]


def test_forced_with_no_one_forcing_is_no_demand():
    got = codes("Last year the company was obliged to withdraw its staff from the base.")
    assert "100" not in got and "170" not in got
    assert "170" in codes("The army forced the rebels to withdraw.")


def test_renouncing_demands_or_violence_yields():
    assert codes("The rebels renounced their demand for independence in 2005.") == ["080"]
    assert codes("The militia renounced violence last year.") == ["087"]
    assert codes("The army seized power in a coup in 1969.") == ["190"]


def test_lethal_backing_is_military_support():
    assert codes("This was the start of lethal British backing for the rebel army.") == ["062"]


# ------------------------------------------------------------------ one act, one event
def test_a_threat_noun_and_the_act_it_threatens_are_one_event():
    evs = events("The Pentagon is uneasy about a Russian threat to attack part of northern Syria.")
    assert [e.cameo for e in evs] == ["138"]
    assert evs[0].source is not None and evs[0].source.code == "RUS"


def test_a_statement_issued_to_express_outrage_is_the_outrage():
    evs = events("The UN refugee agency issued a statement to express its outrage at the killing of the villagers.")
    assert [e.cameo for e in evs] == ["111"]
    assert evs[0].source is not None and evs[0].source.code.startswith("IGO")
    # (parsed as an infinitival relative of the quoted noun)
    evs = events('The UN refugee agency issued a short "statement" to express its outrage at the killing of the villagers.')
    assert [e.cameo for e in evs] == ["111"]


def test_a_detonation_and_the_toll_after_it_are_one_attack():
    evs = events("The attack killed nine shoppers after a suicide bomber had detonated an explosive vest in a bazaar.")
    assert len(evs) == 1 and evs[0].cameo == "183"
    assert evs[0].target is not None
    # different doers stay two acts
    evs = events("Soldiers killed three gunmen after the gunmen attacked a checkpoint.")
    assert len(evs) == 2


def test_agreeing_that_something_is_so_is_a_statement_not_cooperation():
    assert codes("The two leaders spoke on the phone and agreed the regime had shown a pattern of reckless "
                 "behaviour.") == ["010"]
    # ... but agreeing that another was behind an attack is a finding of blame: an accusation (coding/blame_finding.py)
    assert codes("The cabinet agreed it was highly likely that the militia was behind the bombing.") == ["112"]
    # agreeing with a party names it: still 030, towards that party
    evs = events("The government agreed with the senate that the law was flawed.")
    assert [e.cameo for e in evs] == ["030"] and evs[0].target is not None
    # an agreement on what is to come stays an intention
    assert codes("The ministers agreed that talks would resume next week.") == ["030"]


def test_relative_pronoun_objects_take_their_antecedent_only_with_an_agent():
    got = {e.cameo for e in events("The 2015 deal that was abandoned by the US is still supported by the EU.")}
    assert "160" in got
    # an agentless passive relative clause describes its noun: no closure of a broadcaster here
    assert "1721" not in codes("A similar protest was held at the central station, which was closed for an hour.")
    evs = [e for e in events("The rebels rejected talks with the council, which they dismiss as a puppet of Tehran.")
           if e.trigger_text.startswith("dismiss")]
    assert [e.cameo for e in evs] == ["111"]


def test_two_verbs_of_one_threat_are_one_event():
    evs = events("Erdogan had threatened to deploy Turkish troops to recapture the town from the Kurdish fighters.")
    assert [e.cameo for e in evs] == ["138"]
    assert evs[0].target is not None
    # coordinated doers of one intention stay one event each
    evs = events("Russia and Iran will try to thrash out a deal on the province.")
    assert sorted(e.source.code for e in evs if e.source is not None) == ["IRN", "RUS"]
