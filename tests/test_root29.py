"""The right CAMEO root (issue 14, root29): a force readied for an assault is a posture, not a threat
(coding/force_readied.py); a warning of repression under a condition is a threat of it aimed at those it would fall
on (coding/warned_repression.py); "described X as reckless", "called X dangerous and illegal" criticise X's owner;
disavowing values is disapproval; political cover given is verbal defence. Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_troops_poised_to_storm_a_town_are_a_posture_not_a_threat():
    evs = events_of("Government troops and allied militias are poised to storm the rebel-held town of Maarat, "
                    "a monitoring group said on Sunday.")
    got = at(evs, "storm")
    assert got and all(e.cameo == "150" for e in got), dump(evs)
    assert "force posture" in got[0].rule


def test_special_forces_preparing_to_storm_keep_the_ground_holder_as_target():
    evs = events_of("Tabqa, a stronghold of the SDF, has been encircled for weeks. Turkish special forces are "
                    "preparing to storm Tabqa.", date="2019-10-01")
    got = at(evs, "storm")
    assert got and got[0].cameo == "150" and got[0].source.code == "TURMIL", dump(evs)
    assert got[0].target is not None and got[0].target.country == "SYR", dump(evs)
    assert "holder" in got[0].target.why


def test_own_forces_poised_to_strike_stay_a_threat():
    evs = events_of('"Our troops are poised to storm the port," the rebel commander said on Monday.')
    got = at(evs, "storm")
    assert got and got[0].cameo == "138", dump(evs)


def test_a_government_preparing_an_attack_stays_an_intention():
    evs = events_of("The government is preparing to attack the opposition strongholds in the east.")
    got = at(evs, "attack")
    assert got and got[0].cameo[:2] == "13", dump(evs)


def test_warning_of_arrests_under_a_condition_is_a_threat_of_repression():
    evs = events_of("The interior minister warned there may be arrests if protesters block the motorway again.")
    got = at(evs, "warned")
    assert got and got[0].cameo == "137", dump(evs)
    assert got[0].target is not None and "protesters" in got[0].target.text, dump(evs)


def test_warning_that_strikers_may_be_detained_if_is_aimed_at_them():
    evs = events_of("The labour minister warned that striking workers could be detained if they occupy the port.")
    got = at(evs, "warned")
    assert got and got[0].cameo == "137" and "workers" in got[0].target.text, dump(evs)


def test_a_charity_warning_of_arrests_is_no_threat():
    evs = events_of("The charity warned that refugees may be arrested if they leave the camp.")
    got = at(evs, "warned")
    assert got and got[0].cameo != "137", dump(evs)


def test_described_as_reckless_and_provocative_criticises_the_owner():
    evs = events_of("The Chinese foreign ministry described the Japanese decision as reckless and provocative.")
    got = at(evs, "described")
    assert got and got[0].cameo == "111" and got[0].target.code == "JPN", dump(evs)


def test_called_a_move_dangerous_and_illegal_reads_the_coordinated_label():
    evs = events_of("The Iranian foreign minister called the American move dangerous and illegal.")
    got = at(evs, "called")
    assert got and got[0].cameo == "111" and got[0].target.code == "USA", dump(evs)


def test_described_a_journey_as_long_is_no_criticism():
    evs = events_of("The minister described the journey as long and difficult.")
    assert not [e for e in at(evs, "described") if e.cameo[:2] == "11"], dump(evs)


def test_disavowing_values_is_disapproval_not_denial():
    evs = events_of("The exiled cleric disavowed Western values in a video released by his lawyers.")
    got = at(evs, "disavowed")
    assert got and got[0].cameo == "110", dump(evs)


def test_offering_political_cover_is_verbal_defence():
    evs = events_of("Moscow has offered Damascus political cover at the United Nations for years.")
    got = at(evs, "offered")
    assert got and got[0].cameo == "052" and got[0].target.code == "SYRGOV", dump(evs)


def test_troops_to_enter_a_country_to_help_its_army_intend_military_cooperation():
    evs = events_of("Iranian troops will enter the country to help the Iraqi army.")
    got = at(evs, "enter")
    assert got and got[0].cameo == "0312" and got[0].target.code == "IRQMIL", dump(evs)


def test_a_move_to_support_rebels_is_no_threat_the_support_is_the_event():
    evs = events_of("Turkish forces will enter Idlib to support rebel forces.")
    assert not [e for e in evs if e.cameo[:2] == "13"], dump(evs)
    assert [e.cameo for e in at(evs, "support")] == ["0312"], dump(evs)


def test_an_attack_with_no_helping_purpose_stays_a_threat():
    evs = events_of("Government troops will attack the rebels in the hills.")
    assert [e.cameo for e in at(evs, "attack")] == ["138"], dump(evs)


def test_militias_that_would_enter_a_town_to_assist_its_defenders_intend_cooperation_with_them():
    evs = events_of("Kurdish-held Afrin has been shelled by Turkey for weeks. Reports said pro-Assad militiamen would "
                    "enter Afrin to assist local Kurdish militias.")
    got = at(evs, "enter")
    assert got and got[0].cameo == "0312" and "KUR" in got[0].target.code, dump(evs)
    assert "helps a side" in got[0].rule
