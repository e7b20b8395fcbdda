"""A verb's root chosen from its arguments, continued (issue 14, wrong root). Sentences written for these tests.

Troops or a state quitting a country or a town withdraw (0874), not resign (0831); quitting an international body
reduces relations (160); support given in a war, or military support provided, is military cooperation (062);
the people of a phrase ("the children of fighters") are not what their "of" phrase names; "came to power" after an
act of force suffers nothing (only "came under" does); "hail from" is no praise, "took action" or "took charge" no
lawsuit, admitting people no admission; people captured in an agentless relative clause are detained."""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump, events_of


def roots(text, word):
    return [e.cameo for e in at(events_of(text), word)]


@pytest.mark.parametrize("text", [
    "The last Dutch marines quit Afghanistan in the spring, handing their base to the national army.",
    "Washington quit Somalia in 1994 after the disastrous raid in Mogadishu.",
    "Belgian paratroopers quit the Congolese mining town once the evacuation was over.",
])
def test_troops_or_a_state_quitting_a_country_withdraw(text):
    got = roots(text, "quit")
    assert got and all(c == "0874" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The interior minister quit on Tuesday over the prison scandal.",
    "The veteran diplomat quit the foreign ministry in protest at the arms deal.",
])
def test_an_official_quitting_still_resigns(text):
    # (quitting "in protest" is disapproval, 110, since root15b: tests/test_root_senses15b.py; never a withdrawal)
    got = roots(text, "quit")
    assert got and all(c.startswith("083") or (c == "110" and "protest" in text) for c in got), \
        dump(events_of(text))


@pytest.mark.parametrize("text", [
    "Budapest quit Nato in the spring after a row over the sanctions.",
    "Moldova quit the Eurasian Economic Union in January.",
])
def test_quitting_an_international_body_reduces_relations(text):
    got = roots(text, "quit")
    assert got and all(c == "160" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "Riyadh has leaned on Pakistani support in its long war with the Houthis.",
    "Cairo counted on Emirati support during the war in Libya.",
])
def test_support_given_in_a_war_is_military_cooperation(text):
    evs = events_of(text)
    got = [e.cameo for e in evs if e.trigger_text in ("support", "backing")]
    assert got and all(c == "062" for c in got), dump(evs)


@pytest.mark.parametrize("text", [
    "Ankara provided military and political support to the rebel alliance in the north.",
    "The Pentagon provided air cover to the Kurdish fighters pushing towards the dam.",
])
def test_military_support_provided_is_military_cooperation(text):
    got = roots(text, "provided")
    assert got and all(c == "062" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, root", [
    ("Tokyo provided humanitarian support to the flood victims in Sindh.", "070"),
    ("Paris provided surveillance drones to the Nigerien army.", "072"),
])
def test_other_support_provided_keeps_its_code(text, root):
    got = roots(text, "provided")
    assert got and got[0] == root, dump(events_of(text))


def test_support_in_a_vote_stays_political():
    text = "The party leader praised her rivals for their support in the referendum."
    assert not [e for e in events_of(text) if e.cameo == "062"], dump(events_of(text))


@pytest.mark.parametrize("text", [
    "Camp guards sent the sons of slain militants to a boarding school in Erbil.",
    "The charity sent the wives of jihadist fighters to a shelter in Ankara.",
])
def test_people_of_an_of_phrase_are_not_arms_sent(text):
    evs = all_events_of(text)
    assert not [e for e in evs if e.cameo.startswith("072")], dump(evs)


def test_arms_in_an_of_phrase_are_still_sent():
    text = "Moscow sent two shiploads of tanks to the Syrian army."
    assert "072" in roots(text, "sent"), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "Your soldiers crossed into Syria before we came to power, and they are still there.",
    "The militia stormed the capital before the new cabinet came to power.",
])
def test_coming_to_power_suffers_no_act(text):
    evs = all_events_of(text)
    assert not at(evs, "came"), dump(evs)


def test_coming_under_fire_after_an_attack_still_suffers_it():
    text = "Rebels ambushed the patrol and two soldiers died when the lorry overturned."
    evs = events_of(text)
    assert [e for e in at(evs, "died") if e.cameo.startswith("19")], dump(evs)


@pytest.mark.parametrize("text", [
    "Lina Haddad took over from Tomas Berg as director of the museum in April.",
    "Last year the general took over from his predecessor as commander of the northern army.",
])
def test_taking_over_a_post_is_no_occupation(text):
    evs = all_events_of(text)
    assert not [e for e in evs if e.cameo.startswith("19")], dump(evs)


def test_quitting_on_an_ally_still_reduces_relations():
    text = "The Gulf donors quit on the rebel coalition after the defeat at Aleppo."
    got = roots(text, "quit")
    assert got and got[0] == "160", dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The volunteers, who hail from Chechnya, Dagestan and Tunisia, were moved to a separate wing of the camp.",
    "Most of the detained smugglers hailed from villages near the Libyan border.",
])
def test_hailing_from_somewhere_is_no_praise(text):
    evs = all_events_of(text)
    assert not [e for e in at(evs, "hail") if e.cameo.startswith("05")], dump(evs)


def test_hailing_a_deal_is_still_praise():
    text = "The Kenyan foreign minister hailed the border agreement with Somalia."
    assert "051" in roots(text, "hailed"), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("It is time for Canada and its partners to take firm action against the smuggling networks.", "take"),
    ("The ministers will meet on Monday to decide what action to take.", "take"),
    ("The colonel took charge of two infantry brigades near the coast.", "took"),
])
def test_taking_action_or_charge_is_no_lawsuit(text, word):
    evs = all_events_of(text)
    assert not [e for e in at(evs, word) if e.cameo.startswith("115")], dump(evs)


@pytest.mark.parametrize("text", [
    "The families of the victims took legal action against the chemical company.",
    "Greenpeace took a case against the Norwegian government over Arctic drilling.",
])
def test_legal_action_is_still_a_lawsuit(text):
    got = roots(text, "took")
    assert got and got[0].startswith("115"), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("The Gulf council voted to readmit Qatar, three years after suspending it.", "admit"),
    ("Only 300 asylum seekers were admitted to Australia last year.", "admitted"),
])
def test_admitting_people_is_no_confession(text, word):
    evs = all_events_of(text)
    assert not [e for e in at(evs, word) if e.cameo[:2] in ("01", "03")], dump(evs)


@pytest.mark.parametrize("text", [
    "The defence ministry admitted that two of its drones had crashed inside Iraq.",
    "A former militia commander admitted to the killings of three farmers in 2016.",
])
def test_admitting_a_fact_is_still_an_admission(text):
    assert "015" in roots(text, "admitted"), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "Two smugglers who had been captured near the ford are awaiting trial in Kassala.",
    "Two reporters who were seized near the dam last spring are still missing.",
])
def test_people_captured_in_an_agentless_relative_clause_are_detained(text):
    evs = all_events_of(text)
    got = [e.cameo for e in evs if e.trigger_text in ("captured", "seized")]
    assert got and all(c.startswith("173") for c in got), dump(evs)


@pytest.mark.parametrize("text, word", [
    ("Dozens of gunmen who were transferred to the northern province now run its checkpoints.", "transferred"),
    ("The airbase, which was captured in a dawn assault, was retaken by the army a week later.", "captured"),
])
def test_other_agentless_relative_passives_keep_their_sense(text, word):
    evs = all_events_of(text)
    assert not [e for e in at(evs, word) if e.cameo.startswith(("07", "173"))], dump(evs)
