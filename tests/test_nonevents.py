"""Precision (issue 14): words that name no act done. State nouns that name a state of affairs or a group, acts that
are only demanded, acts in a question or a time to come, and other senses of event words. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_of, at


# --- 1. state nouns: a state of affairs or a group, not an act -------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("The Yemeni war has always been brutal and complicated.", "war"),
    ("Four years after the agreement that ended Peru's long civil war, the museum opened.", "war"),
    ("In 2014, after the Libyan conflict erupted, Egypt changed its policy.", "erupted"),
    ("When the Sudanese civil war started in April, most diplomats left Khartoum.", "war"),
    ("Ethiopia's armed opposition now controls the northern highlands.", "opposition"),
    ("Militants warned the deal would make Kenyan troops targets for the Somali resistance.", "resistance"),
])
def test_state_noun_alone_is_no_event(text, word):
    assert not at(events_of(text), word)


@pytest.mark.parametrize("text, word, source, target", [
    ("Russia declared war on Ukraine in February 2022.", "declared", "RUS", "UKR"),
    ("Hezbollah voiced strong opposition to the Lebanese government's plan.", "voiced", None, "LBNGOV"),
    ("The Saudi-led war against the Houthis continued.", "continued", None, "YEMREB"),
])
def test_state_noun_acted_or_directed_stays(text, word, source, target):
    evs = at(events_of(text), word)
    assert evs, text
    assert any((source is None or (e.source and e.source.code.startswith(source)))
               and e.target and e.target.code.startswith(target) for e in evs)


# --- 2. demanded acts: the demand is the event, what it asks for is not -------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Erdogan's demand that Sweden extradite the Kurdish activists has angered Stockholm.", "extradite"),
    ("Egypt's request that Sudan expel the militants was ignored.", "expel"),
    ("There are growing calls for the cabinet to consult parliament before sending troops to Mali.", "sending"),
    ("The envoy urged Ethiopia to withdraw before attacking the rebels again.", "attacking"),
    ("Russia could withdraw its troops before attacking the rebels.", "attacking"),
])
def test_demanded_act_is_no_event(text, word):
    assert not at(events_of(text), word)


def test_demand_noun_is_made_of_the_complement_subject():
    evs = at(events_of("Erdogan's demand that Sweden extradite the Kurdish activists has angered Stockholm."), "demand")
    assert any(e.cameo.startswith("10") and e.source and e.source.code.startswith("TUR")
               and e.target and e.target.code == "SWE" for e in evs)


def test_act_before_which_another_is_done_stays():
    evs = at(events_of("Ethiopian troops withdrew after attacking the rebels."), "attacking")
    assert evs and evs[0].cameo.startswith("19")


# --- 3. questions, acts yet to be done, time clauses of a future ----------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Will Iran retaliate against Israel when it bombs the reactor?", "bombs"),
    ("Will Iran retaliate against Israel when it bombs the reactor?", "retaliate"),
    ("Aid workers say thousands may flee as Ethiopian troops storm the rebel-held city.", "storm"),
    ("Egypt is yet to offer asylum to the fleeing Sudanese civilians.", "offer"),
    ("Rwanda has yet to withdraw its troops from Congo.", "withdraw"),
    ("The senators will subpoena the minister when they take control of the committee.", "take"),
])
def test_question_or_future_is_no_event(text, word):
    assert not at(events_of(text), word)


def test_time_clause_of_a_past_act_stays():
    assert at(events_of("Ethiopian troops stormed the city as thousands fled."), "stormed")


# --- 4. other senses of event words -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("The tests demonstrate the presence of sarin in the soil samples.", "demonstrate"),
    ("The minister picked up the phone and called his Iranian counterpart.", "picked"),
    ("Such attacks by the Pakistani army are not restricted to the border.", "restricted"),
    ("Offering himself as the voice of the poor, the Iraqi cleric spoke for an hour.", "Offering"),
    ("The Lebanese president said: we risk entering a new war with Israel.", "entering"),
])
def test_other_sense_is_no_event(text, word):
    assert not at(events_of(text), word)


def test_evaluative_ing_is_no_act():
    from eventwire import nlp
    from eventwire.coding.verb_readings import evaluative
    doc = next(nlp.parse(["It is striking how closely the new front line mirrors the old one."]))
    assert evaluative(next(t for t in doc if t.lower_ == "striking"))
    doc = next(nlp.parse(["Drones are striking the port every night."]))
    assert not evaluative(next(t for t in doc if t.lower_ == "striking"))


@pytest.mark.parametrize("text, word", [
    ("Police picked up three activists outside the Egyptian embassy in Cairo.", "picked"),
    ("Iranian drones are striking the port every night.", "striking"),
])
def test_acts_of_those_words_stay(text, word):
    assert at(events_of(text), word)


# --- 5. the writer's own acts -----------------------------------------------------------------------------------------
def test_the_writers_own_questions_and_meetings_are_no_events():
    evs = events_of("When I asked the Syrian commander about the shelling, he laughed. I met several refugees in the camp.")
    assert not at(evs, "asked") and not at(evs, "met")


def test_a_quoted_i_still_acts():
    assert at(events_of('"I met the Iranian foreign minister in Geneva," the Omani envoy said.'), "met")


def test_an_i_of_a_named_speaker_still_acts():
    evs = events_of("'I write separately to protest the court's ruling on the Iraqi detainees,' Justice Brandt wrote.")
    assert at(evs, "protest")


def test_the_future_of_a_thing_is_a_prediction_not_an_intention():
    assert not at(events_of("The looming loss of Kismayo will seal the Somali militants' defeat."), "seal")
    assert not at(events_of("This turn of events will force a change of strategy for al-Shabaab."), "force")


def test_the_future_of_an_actor_stays_an_intention():
    evs = at(events_of("The Kenyan army will attack the al-Shabaab camps next week."), "attack")
    assert evs and evs[0].modality == "intent"


def test_a_reporting_verb_below_the_writer_does_not_make_a_speaker():
    evs = events_of("I had spoken to Iraqi journalists who interviewed the two men, and they said it was hard.")
    assert not at(evs, "spoken")
