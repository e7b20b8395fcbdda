"""Wrong CAMEO roots picked by an argument's kind (issue 14, roots30): lexicon rows and argument senses, tested on
sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, codes, dump, events_of


def test_summoning_a_meeting_is_no_demand():
    evs = events_of("The chancellor summoned an emergency cabinet meeting on Sunday to discuss the floods.")
    assert "100" not in codes(evs, "summon"), dump(evs)
    assert any(e.cameo.startswith("04") for e in evs), dump(evs)


def test_summoning_an_envoy_stays_a_complaint():
    evs = events_of("The Dutch foreign ministry summoned the Turkish ambassador on Monday.")
    assert codes(evs, "summon") == ["114"], dump(evs)


def test_an_announced_troop_increase_is_a_build_up_not_a_threat():
    evs = events_of("The Pentagon said on Monday it would increase the number of troops in Iraq to 800.")
    got = at(evs, "increase")
    assert got and got[0].cameo == "154" and got[0].modality == "intent", dump(evs)


def test_quitting_fighting_is_no_resignation():
    evs = events_of("The fighter told Iraqi police he had decided to quit fighting for al-Shabaab after he was "
                    "wounded.")
    assert "0831" not in codes(evs, "quit"), dump(evs)


def test_quitting_office_stays_a_resignation():
    evs = events_of("The Peruvian president quit his post on Tuesday after weeks of protests.")
    assert codes(evs, "quit") == ["0831"], dump(evs)


def test_a_child_picked_up_by_a_delegation_is_no_arrest():
    evs = events_of("A young French boy was picked up by a French delegation at the camp on Monday.")
    assert "173" not in codes(evs, "picked"), dump(evs)


def test_men_picked_up_by_police_stay_an_arrest():
    evs = events_of("Police picked up three men in Cairo on Monday.")
    assert codes(evs, "picked") == ["173"], dump(evs)


def test_ending_someones_rule_is_no_eased_restriction():
    evs = events_of("George Weah ended Ellen Johnson Sirleaf's 12-year rule in Liberia.")
    assert "081" not in codes(evs, "ended"), dump(evs)


def test_ending_a_regulation_stays_eased():
    evs = events_of("The ministry ended the rule requiring visas for Chinese tourists.")
    assert codes(evs, "ended") == ["081"], dump(evs)


def test_an_armed_partys_arrival_is_no_visit():
    evs = events_of("The militia's arrival in Tal Abyad was followed by looting of shops.")
    assert "042" not in codes(evs, "arrival"), dump(evs)


def test_extremists_travelling_make_no_deployment():
    evs = events_of("Three Tunisian extremists arrived in a Turkish border village last month after paying "
                    "smugglers.")
    assert not codes(evs, "arrived"), dump(evs)


def test_peacekeepers_arriving_stay_peacekeeping():
    evs = events_of("Some 160 Chinese peacekeepers arrived in South Sudan on Thursday.")
    assert codes(evs, "arrived") == ["074"], dump(evs)


def test_a_minister_arriving_stays_a_visit():
    evs = events_of("The Iranian foreign minister arrived in Baghdad on Sunday for talks.")
    assert "042" in codes(evs, "arrived"), dump(evs)


def test_an_economic_war_is_no_use_of_force():
    evs = events_of("Washington's escalating economic war against Venezuela entered its third year on Monday.")
    assert "190" not in codes(evs, "war"), dump(evs)


def test_forces_entering_to_prop_up_a_government_give_military_aid():
    evs = events_of("Iranian forces entered Iraq in 2014 to prop up the government in Baghdad.")
    assert codes(evs, "entered") == ["074"], dump(evs)


def test_forces_entering_a_town_stay_an_occupation():
    evs = events_of("Government troops entered the town after a week of fighting.")
    assert codes(evs, "entered") == ["192"], dump(evs)
