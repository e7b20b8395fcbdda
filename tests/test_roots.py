"""The CAMEO root of real acts (issue 14): a verb's sense by who its subject is (a state's protest is a complaint, a
crowd's a demonstration; a ceasefire an international body orders is a demand), by its object (ousting an armed group
or ousting someone from a town is fighting), by the weapon (chemical weapons are mass violence whatever the verb), by
what the act aims at (the aim of a done act of force, or an attempt being made, is the act) and naming verbs with a
condemning label (a criticism). Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_on


events_of = events_on("2021-03-09", unattributed=True)


def at(evs, word):
    return [e for e in evs if word.lower() in e.trigger_text.lower()]


def codes(evs, word):
    return [e.cameo for e in at(evs, word)]


@pytest.mark.parametrize("text", [
    "The government in Lima has protested at the fishing deal with Ecuador.",
    "Tehran protested against the sanctions imposed by Washington.",
    "The Chilean foreign ministry protested over the arrest of two diplomats.",
])
def test_a_state_that_protests_complains_officially(text):
    got = codes(events_of(text), "protested")
    assert got and got[0] == "114", got


@pytest.mark.parametrize("text", [
    "Thousands of students protested against the new tuition fees in Santiago.",
    "Nurses protested outside the hospital over unpaid wages.",
    "Hundreds of Chilean officials protested in Santiago against the pension cuts.",
])
def test_a_crowd_that_protests_demonstrates(text):
    got = codes(events_of(text), "protested")
    assert got and got[0].startswith("14"), got


def test_a_ceasefire_an_international_body_orders_is_a_demand_and_a_party_s_is_a_truce():
    assert codes(events_of("The Arab League ordered a ceasefire in the border war."), "ordered") == ["1056"]
    got = codes(events_of("The army commander ordered a ceasefire on the southern front."), "ordered")
    assert got and got[0] == "0871", got
    # an international body ordering something else is no demand for a ceasefire
    got = codes(events_of("The World Health Organization ordered a halt to the trials."), "ordered")
    assert "1056" not in got


@pytest.mark.parametrize("text", [
    "Kurdish-led militias ousted the jihadists from Mosul last year.",
    "Federal troops ousted the separatists from every urban centre in the province.",
    "The coalition ousted the movement from its last stronghold.",
])
def test_ousting_an_armed_group_or_from_a_place_is_fighting(text):
    got = codes(events_of(text), "ousted")
    assert got and got[0].startswith("19"), got


def test_ousting_aid_agencies_and_rulers_keeps_its_own_sense():
    got = codes(events_of("The junta ousted the aid agencies from the northern region."), "ousted")
    assert got and got[0].startswith("166"), got
    got = codes(events_of("Parliament ousted the prime minister in a confidence vote."), "ousted")
    assert got and not got[0].startswith("19"), got


@pytest.mark.parametrize("text, verb", [
    ("The regime launched a chemical attack on the town, killing dozens.", "launched"),
    ("Dozens of villagers were suffocated by the chemical attack on the village.", "suffocated"),
    ("Eleven guerrillas were killed in a chlorine attack on the camp.", "killed"),
])
def test_chemical_weapons_are_mass_violence_whatever_the_verb(text, verb):
    got = codes(events_of(text), verb)
    assert got and got[0] == "2041", got


def test_attacking_chemical_weapons_is_no_use_of_them_but_killing_with_them_is():
    got = codes(events_of("Allied jets attacked the regime's chemical weapons depots near Homs."), "attacked")
    assert got and got[0].startswith("19"), got
    got = codes(events_of("The security forces killed the protesters with chemical weapons."), "killed")
    assert got == ["2041"], got


def test_tear_gas_is_no_chemical_weapon():
    got = [e.cameo for e in events_of("Police fired tear gas at the protesters outside the parliament.")]
    assert got and "2041" not in got


@pytest.mark.parametrize("text, verb", [
    # the weapon itself as the subject: a modifier joined with its head names it
    ("Sarin gas dropped from helicopters killed more than 300 villagers.", "killed"),
    # a relative clause the parser hangs on the attack's place is the attack's
    ("Investigators reached the town after a gas attack by army units on the village which killed 40 people.", "killed"),
    ("A chemical attack on the market, which killed 30 shoppers, was blamed on the army.", "killed"),
    # the 'use' of a gas that is a chemical weapon is no riot control
    ("The militia used mustard gas in the valley.", "used"),
    ("Villagers said chlorine gas was used against residents of the town.", "used"),
    # the munition the verb drops or fires, filled with the weapon
    ("The air force dropped barrel bombs filled with chlorine on two rebel-held villages.", "dropped"),
    ("Troops fired shells loaded with mustard gas at the trenches.", "fired"),
])
def test_chemical_weapon_as_subject_relative_antecedent_or_used_gas(text, verb):
    got = codes(events_of(text), verb)
    assert got and got[0] == "2041", got


def test_used_tear_gas_stays_riot_control_and_a_relative_clause_on_a_plain_place_stays_force():
    got = codes(events_of("Police used tear gas on the protesters outside the ministry."), "used")
    assert got and got[0] == "175", got
    got = codes(events_of("Rebels shelled the market near the mosque, which killed 30 shoppers."), "killed")
    assert got and got[0].startswith(("18", "19")), got
    got = codes(events_of("Jets bombed warehouses filled with chlorine near the port."), "bombed")
    assert got and got[0].startswith("19"), got      # a target filled with it is no use of the weapon
    got = codes(events_of("Helicopters dropped barrel bombs filled with nails on the villages."), "dropped")
    assert got and got[0] == "195", got


@pytest.mark.parametrize("text, verb", [
    ("Government jets carried out airstrikes to oust rebel fighters from the suburbs.", "oust"),
    ("Troops tried to storm the rebel-held building on Monday.", "storm"),
    ("Our forces are trying to force the gunmen to surrender.", "force"),
])
def test_an_attempt_or_the_aim_of_a_done_act_of_force_is_the_act(text, verb):
    got = [e for e in at(events_of(text), verb)]
    assert got and got[0].cameo[:2] in ("17", "19") and got[0].modality == "asserted", \
        [(e.cameo, e.modality) for e in got]


@pytest.mark.parametrize("text", [
    "Officials in Athens are attempting to kill off rumours of an agreement.",
    "The rebels attempted to enter into peace talks with the government.",
])
def test_an_attempt_at_no_act_of_force_gives_none(text):
    evs = events_of(text)
    assert not [e for e in evs if e.cameo[:2] in ("13", "17", "18", "19", "20")], [(e.cameo, e.trigger_text) for e in evs]


def test_an_attempt_still_to_come_stays_an_intention():
    got = at(events_of("The rebels will try to storm the barracks next week."), "storm")
    assert got and got[0].cameo.startswith("13") and got[0].modality == "intent"


@pytest.mark.parametrize("text, verb", [
    ("Iran's foreign minister called the sanctions a crime against humanity.", "called"),
    ("The envoy described the blockade as a crime.", "described"),
    ("The opposition was called a threat to national security by ministers.", "called"),
])
def test_a_condemning_label_is_a_criticism_not_the_act_it_names(text, verb):
    evs = events_of(text)
    assert codes(evs, verb) == ["111"], [(e.cameo, e.trigger_text) for e in evs]
    assert not [e for e in evs if e.cameo[:2] in ("13", "16")]


def test_calling_a_meeting_or_a_strike_is_still_the_act():
    assert codes(events_of("The union called a strike for Monday."), "called") == ["143"]


def test_forced_to_act_to_come_is_a_warning_and_the_forcing_nobody_s_act():
    evs = events_of('"If they refuse to take the prisoners back, we will be forced to release them," the governor said.')
    assert [e.cameo for e in at(evs, "release")] == ["130"]
    assert not [e for e in evs if e.trigger_text.startswith("forced")]


def test_legal_action_a_suspect_is_to_undergo_is_the_legal_step():
    evs = events_of("Mark Dalby, a British citizen, will appear at a court in Leeds on Monday to be formally charged "
                    "with arson.")
    got = [e.cameo for e in at(evs, "charged")]
    assert got and got[0].startswith("173"), [(e.cameo, e.trigger_text) for e in evs]


@pytest.mark.parametrize("text, root", [
    ("Foreign ministers gathered in Oslo on Monday.", "04"),
    ("Hundreds of rebel fighters gathered south of the city to await orders.", "15"),
    ("Thousands of farmers gathered outside the parliament in Nairobi.", "14"),
])
def test_who_gathers_says_whether_it_is_a_meeting_a_build_up_or_a_rally(text, root):
    got = codes(events_of(text), "gathered")
    assert got and got[0].startswith(root), got


def test_a_state_that_gathers_evidence_holds_no_meeting():
    assert not [e for e in events_of("Paris was gathering evidence on who was behind the raid.")
                if e.cameo.startswith("04")]


def test_demonstrating_that_something_holds_is_no_demonstration():
    assert not events_of("The vote demonstrated that the coalition could still govern the country.")
    got = codes(events_of("Students demonstrated outside the embassy in Quito."), "demonstrated")
    assert got and got[0].startswith("14"), got


def test_a_confirmation_hearing_is_no_investigation_by_the_nominee():
    evs = events_of("Antony Blinken's confirmation hearing got under way in the Senate on Tuesday.")
    assert not [e for e in evs if e.cameo.startswith("09")], [(e.cameo, e.trigger_text) for e in evs]
    evs = events_of("The committee opened a hearing into the collapse of the bank.")
    assert [e for e in evs if e.cameo.startswith("09")]


def test_a_mass_violence_noun_that_modifies_another_noun_is_no_act():
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from eventwire.coding.force_codes import weapon_mention
    words = ["the", "chemical", "weapons", "inspectors", "left", "after", "the", "chemical", "attack"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 2, 3, 4, 4, 4, 8, 8, 5],
              deps=["det", "amod", "compound", "nsubj", "ROOT", "prep", "det", "amod", "pobj"],
              pos=["DET", "ADJ", "NOUN", "NOUN", "VERB", "ADP", "DET", "ADJ", "NOUN"])
    assert weapon_mention(SimpleNamespace(kind="noun", pred=doc[2]), "2041")        # "chemical weapons inspectors"
    assert not weapon_mention(SimpleNamespace(kind="noun", pred=doc[8]), "2041")    # "after the chemical attack"
    assert not weapon_mention(SimpleNamespace(kind="noun", pred=doc[2]), "190")     # other roots keep theirs
