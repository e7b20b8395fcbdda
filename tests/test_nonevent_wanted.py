"""Acts that are wanted, called for, supposed or held by others, not done (issue 14 point 6, precision): sentences
written for these tests. Each names the act still coded where it is one."""
from __future__ import annotations

from coded_sentences import events_on, triggers


events_of = events_on("2019-05-02")


def test_participles_listed_after_a_call_for_are_called_for():
    evs = events_of("In his column, Smith calls for heavier weapons for the rebels, disarming the militias and "
                    "striking Iranian and Russian air bases.")
    assert not [e for e in evs if e.cameo.startswith("19") or e.cameo.startswith("087")]


def test_participle_beside_a_call_for_is_its_own_act():
    evs = events_of("The Kurdish commander called for calm on Monday, ordering his fighters to leave the town.")
    assert "ordering" in triggers(evs)


def test_in_favour_of_attacking_is_wanted():
    evs = events_of("One resident told me he is in favour of attacking the regime's bases.")
    assert not [e for e in evs if e.cameo.startswith("19")]
    evs = events_of("Many exiles say they are in support of attacking the regime's bases.")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_what_is_wanted_is_to_oust():
    evs = events_of("The only thing Moscow has an interest in is to oust the government in Kiev.")
    assert "oust" not in triggers(evs)
    evs = events_of("All the rebels want is to topple the Iranian government.")
    assert "topple" not in triggers(evs)


def test_the_plan_is_still_an_intention():
    evs = events_of("The Turkish plan is to attack the Kurdish militia in Manbij.")
    assert evs and all(e.modality != "asserted" for e in evs)


def test_any_request_is_no_request():
    evs = events_of("Paris will listen to any US request for help.")
    assert not [e for e in evs if e.cameo.startswith("02")]


def test_any_members_who_are_deported_are_no_deportation():
    evs = events_of("Germany said it would prosecute any German jihadists who are deported from Iraq.")
    assert not [e for e in evs if e.cameo == "174"]


def test_members_who_were_deported_were_deported():
    evs = events_of("Germany said it would prosecute the German jihadists who were deported from Iraq last week.")
    assert [e for e in evs if e.cameo == "174"]


def test_intelligence_service_as_subject_shares_nothing():
    evs = events_of("The minister refused to say where French intelligence believes the journalist is held.")
    assert not [e for e in evs if e.cameo == "064"]


def test_intelligence_shared_stays():
    evs = events_of("France shared intelligence with Iraq on the movements of the jihadists.")
    assert [e for e in evs if e.cameo == "064"]


def test_agreed_that_a_blow_had_been_struck_has_no_doer():
    evs = events_of("Macron said he agreed with Scholz that a hard blow had been struck against the jihadists.")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_announcement_that_isis_had_been_defeated_has_no_doer():
    evs = events_of("The allies were confused by the president's sudden announcement that Isis had been defeated "
                    "in Iraq.")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_accused_of_planning_and_encouraging_is_an_allegation():
    # (a guard: the parser hangs "planning" as the object of "of" only in some sentences)
    evs = events_of("The Belgian man is accused in Iraq of planning and encouraging bomb attacks on Europeans.")
    assert not [e for e in evs if e.cameo in ("020", "190", "180")]


def test_any_under_a_negated_act_stays_a_refusal():
    evs = events_of("\"The rebel alliance will not take part in any negotiations with the junta outside Oslo,\" a "
                    "spokesman for the Burmese opposition said.")
    assert [e for e in evs if e.cameo == "125"]


def test_any_under_negated_knowing_is_no_act():
    evs = events_of("The minister says he is not aware of any talks between Putin and Erdogan since the attack.")
    assert not [e for e in evs if e.cameo.startswith("04")]


def test_a_private_request_of_no_one_is_everyday_life():
    evs = events_of("\"We have nothing left,\" said a farmer from the village, who asked not to be named.")
    assert not [e for e in evs if e.cameo == "020"]
    evs = events_of("He asked that his family be left in peace.")
    assert not [e for e in evs if e.cameo == "020"]


def test_a_request_of_the_government_stays():
    evs = events_of("Residents asked the government to rebuild the bridge.")
    assert [e for e in evs if e.cameo == "020"]


def test_act_in_an_as_long_as_clause_is_a_condition():
    evs = events_of("The army will withdraw from the town as long as the rebels are disarmed.")
    assert not [e for e in evs if e.cameo.startswith("087")]
    assert [e for e in evs if e.modality == "intent"]          # the withdrawal stays announced
    evs = events_of("As long as the militias are detained, the government would accept the deal.")
    assert not [e for e in evs if e.cameo == "173"]


def test_act_in_an_as_clause_of_time_stays():
    evs = events_of("The rebels fled as the army shelled the town on Monday.")
    assert [e for e in evs if e.cameo.startswith("19")]
