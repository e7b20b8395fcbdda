"""The CAMEO root of real acts (issue 14), by construction: approving a sale or an export licence is the trade
(061), not praise; brokering a truce is mediation (045), not a truce of the broker's own; marching away is a
withdrawal (0874), not a demonstration; a press or news conference is a statement (010), not consultation;
refusing to deny is declining to comment (011); weighing whether to do something is considering a policy option
(014), not an investigation; backing groups an armed sector's modifier names is military cooperation (062);
vowing an attack is a threat (138), and a bare vow whose "that" clause announces an act coded as intended is that
act alone; a killing done as the purpose of using a chemical weapon, or told in a "when" clause after a chemical
attack, is the use of such a weapon (2041). Sentences written for these tests."""
from __future__ import annotations

import pytest



from coded_sentences import all_events_of as events_of, codes  # noqa: E402,F401


@pytest.mark.parametrize("text", [
    "Ottawa approved the sale of twelve helicopters to Peru last spring.",
    "The Dutch government approved export licences to Egypt for armoured vehicles.",
])
def test_approving_a_sale_is_trade_not_praise(text):
    got = codes(events_of(text), "approved")
    assert got and got[0].startswith("06"), got


def test_approving_a_plan_stays_endorsement():
    got = codes(events_of("The Senate approved the peace plan on Tuesday."), "approved")
    assert got and got[0].startswith("05"), got


def test_brokering_a_truce_is_mediation_with_the_parties_as_targets():
    evs = events_of("Qatar brokered a truce between the Chadian government and the rebels in 2019.")
    brk = [e for e in evs if "brokered" in e.trigger_text]
    assert brk and all(e.cameo == "045" for e in brk), [(e.cameo, e.source, e.target) for e in evs]
    assert "TCDGOV" in {e.target.code for e in brk if e.target is not None}, [(e.cameo, e.target) for e in brk]


@pytest.mark.parametrize("text, word", [
    ("The Belgian soldiers marched away from the garrison at dawn.", "marched"),
    ("The troops marched out of the besieged town on Friday.", "marched"),
])
def test_marching_away_is_a_withdrawal(text, word):
    got = codes(events_of(text), word)
    assert got and got[0] == "0874", got


def test_marching_against_the_government_stays_a_demonstration():
    got = codes(events_of("Thousands of students marched against the government in Lima."), "marched")
    assert got and got[0].startswith("14"), got


@pytest.mark.parametrize("text", [
    "The Chilean foreign minister gave a press conference in Santiago on Monday.",
    "The Austrian chancellor held a news conference in Vienna.",
])
def test_a_press_conference_is_a_statement(text):
    got = [e.cameo for e in events_of(text) if "conference" in e.trigger_text]
    assert got and got[0] == "010", got


def test_refusing_to_deny_is_declining_comment():
    got = codes(events_of("The Peruvian minister refused to deny that the army had moved north."), "refused")
    assert got == ["011"], got


@pytest.mark.parametrize("text, word", [
    ("Officials in Ottawa are examining whether Canada will keep paying for the camps.", "examining"),
    ("The Danish cabinet is considering whether to recall its ambassador from Caracas.", "considering"),
    ("The Norwegian ministry is reviewing whether it should reopen the embassy.", "reviewing"),
])
def test_weighing_whether_to_act_is_considering_an_option(text, word):
    got = codes(events_of(text), word)
    assert got == ["014"], got


def test_examining_what_happened_stays_an_investigation():
    got = codes(events_of("The Dutch police examined whether the suspect had travelled to Syria."), "examined")
    assert got and got[0] == "090", got


@pytest.mark.parametrize("text", [
    "Sudan backed jihadi groups in Chad for years.",
    "Islamist and terrorist groups backed by Sudan attacked the border town.",
])
def test_backing_groups_named_armed_by_a_modifier_is_military_cooperation(text):
    got = codes(events_of(text), "backed")
    assert got and got[0] == "062", got


def test_receiving_family_members_of_an_armed_group_is_no_backing_and_no_visit():
    evs = events_of("Hundreds of Isis relatives had been received by Iraqi troops at the camp.")
    assert not [e for e in evs if e.cameo[:2] in ("04", "06")], [(e.cameo, e.trigger_text) for e in evs]


@pytest.mark.parametrize("text, word", [
    ("The Ethiopian general vowed a new offensive against the rebels.", "vowed"),
    ("The Malian president promised strikes on the militants' camps.", "promised"),
])
def test_vowing_an_attack_is_a_threat(text, word):
    got = codes(events_of(text), word)
    assert got and got[0] == "138", got


def test_a_vow_that_announces_an_attack_is_the_threat_alone():
    evs = events_of("The Ethiopian general vowed he would attack the rebels in Tigray.")
    assert [e.cameo for e in evs] == ["138"], [(e.cameo, e.pattern, e.trigger_text) for e in evs]


def test_a_vow_of_cooperation_stays_an_intent_to_cooperate():
    got = codes(events_of("The Ethiopian minister vowed cooperation with Kenya."), "vowed")
    assert got and got[0].startswith("03"), got


@pytest.mark.parametrize("text, word", [
    ("The regime's chemical weapons have been used to kill dozens of villagers.", "kill"),
    ("Since the sarin attack on the village near Hama, when 40 people were killed, aid has stopped.", "killed"),
])
def test_killing_with_a_chemical_weapon_is_its_use(text, word):
    got = codes(events_of(text), word)
    assert got and got[0] == "2041", got


def test_a_toll_after_a_conventional_attack_stays_force():
    got = codes(events_of("Since the airstrike on the village near Hama, when 40 people were killed, aid has stopped."),
                "killed")
    assert got and got[0].startswith(("18", "19")), got


@pytest.mark.parametrize("text, word", [
    ("The Ethiopian army cleared the rebels from the hills near Gondar.", "cleared"),
    ("Malian soldiers are still clearing militants and mines from the old town.", "clearing"),
])
def test_clearing_armed_men_is_fighting(text, word):
    got = codes(events_of(text), word)
    assert got and got[0] == "190", got


def test_clearing_mines_or_a_crowd_is_no_fighting():
    evs = events_of("The engineers cleared mines in the town, and the police cleared the crowd from the square.")
    assert not [e for e in evs if e.cameo[:2] in ("18", "19", "20")], [(e.cameo, e.trigger_text) for e in evs]


def test_vowing_to_clear_armed_men_is_the_threat_alone():
    evs = events_of("The Ethiopian general vowed to clear the rebels from the border.")
    assert [e.cameo for e in evs] == ["138"], [(e.cameo, e.pattern, e.trigger_text) for e in evs]


def test_entering_ground_is_no_occupation_for_private_travellers():
    for text in ("Thousands of refugees entered Turkey on Monday.", "Journalists entered the town on Monday.",
                 "An aid convoy entered Douma on Monday."):
        assert not [e for e in events_of(text) if e.cameo == "192"], text
    for text in ("Government troops entered Douma on Monday.", "Turkish tanks entered the town of Jarablus.",
                 "Turkey entered Syria in 2016.", "Jaysh al-Fateh entered the town after a car bomb hit its gate."):
        assert [e for e in events_of(text) if e.cameo == "192"], text
