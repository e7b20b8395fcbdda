"""Which root an act takes from the frame that tells it (session 19, failure class "wrong root"): a course weighed
("considering halting its loans": 014, no threat), an attempt made at material cooperation, aid, force posture or
cutting ties ("attempted to extradite": the act), a decision announced as "X is to V" of an act the decision
performs ("is to suspend cooperation": 16, no threat), a truce agreed between parties (0871, also as a participle
the parser tagged as a past tense), a conference held (a meeting, not a statement), intention codes of material
cooperation by kind (0311-0314), and "poisoned relations" (no assault). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


# ---------------------------------------------------------------- a course weighed: 014, the course itself not coded
def test_considering_a_gerund_is_a_policy_option():
    evs = events_of("Norway is considering halting its development aid to the Kenyan government.")
    assert not [e for e in evs if e.cameo[:2] in ("13", "16")], dump(evs)
    assert [e for e in evs if e.cameo == "014" and e.source and e.source.code == "NOR"], dump(evs)


def test_mulling_a_gerund_is_no_threat():
    evs = events_of("The Danish government is mulling sending troops to the Sahel next year.")
    assert not [e for e in evs if e.cameo[:2] == "13"], dump(evs)
    assert [e for e in evs if e.cameo == "014"], dump(evs)


def test_contemplating_a_cut_is_no_cut():
    evs = events_of("Sweden is contemplating cutting its aid to Uganda after the vote.")
    assert not [e for e in evs if e.cameo[:2] == "16"], dump(evs)


def test_considering_whether_to_still_weighs():
    evs = events_of("The government is considering whether to recall its ambassador from Nairobi.")
    assert [e for e in evs if e.cameo == "014"], dump(evs)


# ---------------------------------------------------------------- an attempt made is the act
def test_attempted_extradition_is_judicial_cooperation():
    evs = events_of("Last year Kenya attempted to extradite three suspects to Uganda.")
    got = at(evs, "extradite")
    assert got and all(e.cameo == "063" for e in got), dump(evs)
    assert any(e.target and e.target.code.startswith("UGA") for e in got), dump(evs)


def test_tried_to_block_a_sale_is_an_embargo_not_a_threat():
    evs = events_of("The Danish parliament tried to block the sale of patrol boats to Egypt.")
    got = at(evs, "block")
    assert got and all(e.cameo[:2] == "16" for e in got), dump(evs)


def test_sought_to_push_back_is_fighting():
    evs = events_of("By funding local militias, the Iranian leadership has sought to push back the jihadists in the Anbar desert.")
    got = at(evs, "push")
    assert got and all(e.cameo[:2] == "19" for e in got), dump(evs)


def test_seeks_to_in_the_present_stays_an_aim():
    evs = events_of("The Iranian leadership seeks to push back the jihadists in the Anbar desert.")
    assert not [e for e in at(evs, "push") if e.cameo[:2] == "19"], dump(evs)


def test_an_agreement_tried_is_no_agreement():
    evs = events_of("The envoy sought to strike a deal with Ankara in March.")
    assert not [e for e in evs if e.cameo[:2] == "05"], dump(evs)


def test_an_attempt_to_come_stays_an_intention():
    evs = events_of("Kenya will try to extradite the suspects to Uganda next month.")
    got = at(evs, "extradite")
    assert got and all(e.cameo == "0313" for e in got), dump(evs)


def test_to_try_under_little_choice_is_no_act():
    evs = events_of("The setback left the rebels little choice but to try to deliver food to the town.")
    assert not [e for e in evs if e.cameo[:2] == "07"], dump(evs)


# ---------------------------------------------------------------- "X is to V": a decision taken
def test_is_to_suspend_cooperation_is_reducing_relations():
    evs = events_of("The Foreign Office is to suspend intelligence cooperation with Kenya over the trial.")
    got = at(evs, "suspend")
    assert got and all(e.cameo[:2] == "16" for e in got), dump(evs)


def test_is_to_cut_aid_is_cutting_aid():
    evs = events_of("Norway is to cut its aid to Kenya, the ministry said on Monday.")
    assert [e for e in evs if e.cameo.startswith("162")], dump(evs)


def test_a_plan_that_is_to_cut_stays_unasserted():
    evs = events_of("The first step is to cut ties with Kenya.")
    assert not [e for e in evs if e.cameo[:2] == "16"], dump(evs)


def test_was_to_is_only_arranged():
    evs = events_of("Norway was to cut its aid to Kenya in May.")
    assert not [e for e in evs if e.cameo[:2] == "16"], dump(evs)


# ---------------------------------------------------------------- a truce agreed
def test_a_truce_agreed_between_parties_is_a_ceasefire():
    evs = events_of("The shelling in effect tears up a truce agreed last year between Egypt, Qatar and Sudan.")
    got = at(evs, "agreed")
    assert got and all(e.cameo == "0871" for e in got), dump(evs)
    assert {(e.source.code, e.target.code) for e in got} >= {("EGY", "QAT"), ("QAT", "SDN")}, dump(evs)


def test_a_truce_was_agreed_between_parties():
    evs = events_of("A truce was agreed between Ethiopia and Eritrea in March.")
    got = at(evs, "agreed")
    assert got and all(e.cameo == "0871" for e in got), dump(evs)
    assert {(e.source.code, e.target.code) for e in got} == {("ETH", "ERI"), ("ERI", "ETH")}, dump(evs)


def test_agreed_a_ceasefire_is_a_ceasefire():
    evs = events_of("Ethiopia and Eritrea agreed a ceasefire on Tuesday.")
    got = at(evs, "agreed")
    assert got and all(e.cameo == "0871" for e in got), dump(evs)


def test_people_gathered_is_no_participle_of_an_act():
    evs = events_of("The photographs showed two bodies on the road with villagers gathered around them.")
    assert not [e for e in evs if e.cameo[:2] == "14"], dump(evs)


# ---------------------------------------------------------------- a conference is a meeting
def test_a_donor_conference_to_be_held_is_an_intention_to_meet():
    evs = events_of("The EU will hold a donor conference on Yemen in Brussels in April.")
    got = at(evs, "hold")
    assert got and all(e.cameo[:2] in ("03", "04") for e in got), dump(evs)


def test_a_press_conference_stays_a_statement():
    evs = events_of("The Kenyan foreign minister held a news conference in Nairobi on Friday.")
    got = at(evs, "news conference")
    assert got and all(e.cameo == "010" for e in got), dump(evs)


# ---------------------------------------------------------------- poisoned relations
def test_poisoned_relations_is_no_assault():
    evs = events_of("The dispute over the dam has poisoned relations between Egypt and Ethiopia.")
    assert not [e for e in evs if e.cameo[:2] == "18"], dump(evs)


def test_buying_time_is_no_trade():
    evs = events_of("The negotiator tried to buy time from the kidnappers with promises of cash.")
    assert not [e for e in evs if e.cameo.startswith("06") or e.cameo.startswith("031")], dump(evs)


def test_an_object_sought_is_what_was_sought():
    evs = events_of("Ankara sought Moscow's backing to use the airspace and to conduct the operation.")
    assert not [e for e in at(evs, "conduct") if e.cameo[:2] == "19"], dump(evs)
    evs = events_of("The president repeatedly tried to obtain a promise from Paris to halt arms deliveries to the "
                    "rebels.")
    assert not [e for e in at(evs, "halt") if e.cameo[:2] == "16"], dump(evs)


def test_coordinated_acts_tried_are_done():
    evs = events_of("For years the Iranian leadership has sought to arm and train the militias of the south.")
    assert [e for e in at(evs, "train") if e.cameo == "062"], dump(evs)


def test_a_gerund_hung_on_the_attempt_is_no_act_tried():
    evs = events_of("The president has sought to narrow the army's goals to two: decisively defeating the jihadists "
                    "and deterring attacks on the capital.")
    assert not [e for e in at(evs, "defeating") if e.cameo[:2] == "19" and e.modality == "asserted"
                and "attempt made" in e.rule], dump(evs)


# ---------------------------------------------------------------- an offer, a decision that lifts sanctions
def test_troops_offered_are_military_cooperation_not_a_threat():
    evs = events_of("Canada has offered to send troops to Haiti to help the coastguard.")
    got = at(evs, "send")
    assert got and all(e.cameo == "0312" for e in got), dump(evs)
    evs = events_of("Canada threatened to send troops to the disputed border.")
    assert [e for e in at(evs, "send") if e.cameo == "138"], dump(evs)


def test_a_decision_to_lift_sanctions_lifts_them():
    evs = events_of("Japan decided on Monday to lift some sanctions on Myanmar.")
    got = at(evs, "lift")
    assert got and all(e.cameo == "085" for e in got), dump(evs)
    evs = events_of("Japan will lift some sanctions on Myanmar next year.")
    assert [e for e in at(evs, "lift") if e.cameo.startswith("035")], dump(evs)
