"""Targets the sentence makes plain (issue 14, no target; session 18): the people an appeal, a meeting or a
questioning is done to when no actor list names them (coding/people_patients.py), placed as victims are, never by
their doer's own words; "armed groups" as irregular forces (data/actors/sectors.tsv); the one a citizenship or
passport is taken from, not the state its demonym names (knowledge/nationality.py: bond_holder), also in "X had
her citizenship revoked" (coding/misparses.py: undergone_thing).

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def dyads(text: str, trigger_word: str, date: str = "2020-06-01"):
    evs = eventwire.code_text(text, date=date).events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text}


# --- people no actor list names, the object of a meeting or a questioning ---------------------------------------

def test_informants_met_abroad_are_people_of_the_place():
    got = dyads("Dutch intelligence officers have met informants in Libya several times this year.", "met")
    assert ("NLDSPY", "LBYCVL") in got, got


def test_informants_met_take_no_country_from_their_doer():
    got = dyads("Dutch intelligence officers have met informants several times this year.", "met")
    assert got and all(t is None or not t.startswith("NLD") for _, t in got), got
    assert any(t == "CVL" for _, t in got), got


def test_teenagers_questioned_by_police_are_the_target():
    got = dyads("Police officers in Marseille questioned three teenagers on Friday.", "questioned")
    assert any(t == "FRACVL" for _, t in got), got


def test_the_doers_own_followers_are_no_civilian_target():
    got = dyads("The jihadist group urged its followers to keep fighting.", "urged")
    assert not any(t is not None and t.endswith("CVL") for _, t in got), got


def test_members_of_a_named_body_are_not_civilians():
    got = dyads("The Kurdish leader met members of the Revolutionary Front in Beirut.", "met")
    assert not any(t is not None and t.endswith("CVL") for _, t in got), got


def test_a_passive_appeal_with_no_doer_makes_no_event():
    got = dyads("All new recruits are asked to write a letter to their families.", "asked")
    assert not got, got


# --- armed groups ---------------------------------------------------------------------------------------------

def test_armed_groups_forced_to_disarm_are_the_target():
    got = dyads("Al-Shabaab forced several armed groups near Kismayo to disarm.", "forced")
    assert any(t == "SOMUAF" for _, t in got), got


# --- the one a nationality is taken from ----------------------------------------------------------------------

def test_a_citizenship_of_a_named_person_is_hers_not_her_states():
    got = dyads("The interior minister was criticised for his decision to revoke the Danish citizenship of "
                "Mette Olsen.", "revoke")
    assert any(t == "DNKCVL" for _, t in got), got
    assert not any(t == "DNK" for _, t in got), got


def test_stripped_of_her_citizenship_is_the_object():
    got = dyads("The party chairman defended the minister's decision to strip Olsen of her Danish citizenship.",
                "strip")
    assert any(t == "DNKCVL" for _, t in got), got


def test_had_her_citizenship_revoked_is_done_to_the_subject():
    got = dyads("Mette Olsen, the young woman who travelled from Aarhus to Iraq in 2016, had her Danish citizenship "
                "revoked.", "revoked")
    assert ("DNKGOV", "DNKCVL") in got, got


def test_both_mens_citizenship_is_theirs():
    got = dyads("An official said the Danish government had revoked both men's Danish citizenship.", "revoked")
    assert any(t == "DNKCVL" for _, t in got), got


def test_an_owned_thing_that_is_no_bond_names_no_holder():
    # a thing owned that is no bond: the clause stays as it was read, no nationality holder is made up
    got = dyads("The militia had its convoy attacked by drones near the border.", "attacked")
    assert not any(t is not None and t.endswith("CVL") for _, t in got), got


def test_the_pair_counted_before_and_questioned_in_a_shared_passive():
    text = ("Officials said two Isis militants from Leeds, Adam Roe and Tom Hill, were detained in Iraq in May. "
            "The two men were believed to be sheltering in a farmhouse, and have since been interrogated by Iraqi "
            "soldiers.")
    got = dyads(text, "interrogated")
    assert ("IRQMIL", "IMGINSISI") in got, got


# --- a non-state side fighting inside its own country ------------------------------------------------------------

def test_separatists_fighting_inside_their_country_fight_its_state():
    # (told as an act: "units fighting inside Spain" hung on a noun only says who they are, coding/standing_acts.py)
    got = dyads("The Basque ETA units have been fighting inside Spain for decades.", "fighting")
    assert any(t == "ESP" for _, t in got), got


def test_state_forces_fighting_at_home_name_no_target():
    got = dyads("Spanish troops fought inside Spain.", "fought")
    assert not any(t == "ESP" for _, t in got), got


def test_rebels_fighting_in_a_town_name_no_state_target():
    got = dyads("Rebels fought in Bilbao for two days.", "fought")
    assert not any(t == "ESP" for _, t in got), got


# --- an advance towards ground whose holder the story names -----------------------------------------------------

def test_an_advance_towards_a_remembered_stronghold_is_aimed_at_its_holder():
    got = dyads("Jilib is the last stronghold of al-Shabaab in the valley. On Monday Ethiopian troops advanced "
                "towards Jilib.", "advanced")
    assert any(t is not None and t.startswith("SOM") and t != "SOM" for _, t in got), got
