"""Reported speech and acts told twice (issue 14, session 19): an act noun in a "by"/"in"/"with" phrase of a verb of
the same root is that verb's act told again ("backed by Canadian air support", "set out the plan in a speech":
coding/acts.py `_means_noun`); a V-ing in the "of"/"about" phrase of a noun of words or claims is what they say,
not an act (coding/accused.py `told_gerund`); an act a speaker says another "is responsible for" is the speaker's
accusation (coding/speech_acts.py `blamed_act_frame`); a promise another side's speaker makes for a party is the
speaker's prediction (coder: `_prediction` also for 03). Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_on


events = events_on("2021-05-17")


# -- one act told by a verb and by the act noun of its means --------------------------------------------------------

def test_support_noun_in_the_agent_of_backed_is_one_act():
    evs = events("In the south, Tuareg fighters, backed by French air support, have been pushing the jihadists "
                 "out of the desert towns.")
    aid = [e for e in evs if e.cameo[:2] == "06"]
    assert len(aid) == 1, dump(evs)
    assert aid[0].trigger_text == "backed" and aid[0].source.code == "FRA"
    assert "one act with 'support'" in aid[0].rule


def test_speech_in_which_a_strategy_was_set_out_is_one_statement():
    evs = events("The Australian defence minister outlined Canberra's new Pacific strategy on Tuesday in a speech "
                 "in Brisbane.")
    said = [e for e in evs if e.cameo[:2] == "01"]
    assert len(said) == 1, dump(evs)
    assert said[0].trigger_text == "outlined"


def test_a_means_noun_of_another_root_stays_its_own_event():
    # the praise of the soldiers is its own act; the speech that carries it is one saying with it, kept as its mention
    # (session 29: coding/said_once.py)
    evs = events("In a speech to the Bundestag, the German chancellor praised the soldiers returning from Mali.")
    got = at(evs, "praised")
    assert got and got[0].cameo.startswith("05") and not at(evs, "speech"), dump(evs)
    assert any("speech" in str(m) for m in got[0].mentions), dump(evs)


# -- what words or claims say -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Behind the colonel's rhetoric of crushing the insurgents lies a cold calculation about oil revenue.",
     "crushing"),
    ("Despite all the talk of expelling the militias from the port, nothing has changed in Hodeidah.", "expelling"),
    ("Amnesty published fresh allegations of torturing detainees and shelling the camps against the junta.",
     "shelling"),
    ("Minsk rejected the accusations of arming the separatists in Donbas.", "arming"),
])
def test_a_gerund_of_words_or_claims_is_no_act(text, word):
    evs = events(text)
    assert not at(evs, word), dump(evs)


def test_a_gerund_of_another_noun_stays_an_act():
    # a policy taken up is the act it consists of (coding/acts.py), not words
    evs = events("Iran embraced a strategy over two decades of arming Shia militias in Iraq.")
    assert [e for e in evs if e.cameo.startswith("07")], dump(evs)


# -- an act another is said to be responsible for ---------------------------------------------------------------------

def test_responsible_for_an_act_in_a_speakers_words_is_an_accusation():
    evs = events("The Polish foreign minister said Moscow and Minsk are responsible for arming the rebels in "
                 "the east.")
    assert not [e for e in evs if e.cameo[:2] == "07"], dump(evs)
    blame = [e for e in evs if e.cameo == "112"]
    assert {e.target.code[:3] for e in blame} == {"RUS", "BLR"}, dump(evs)
    assert all(e.source.code.startswith("POL") for e in blame)
    assert all("responsible for" in e.rule for e in blame)


def test_responsible_for_an_act_in_a_tweet_after_a_colon_is_an_accusation():
    evs = events('The Polish president tweeted: "Moscow is responsible for arming the separatists."')
    assert not [e for e in evs if e.cameo[:2] == "07"], dump(evs)
    assert [e for e in evs if e.cameo == "112" and e.target.code.startswith("RUS")], dump(evs)


def test_responsible_for_in_the_writers_voice_stays_the_act():
    evs = events("Moscow and Minsk are responsible for arming the separatists.")
    arms = [e for e in evs if e.cameo[:2] == "07"]
    assert {e.source.code[:3] for e in arms} == {"RUS", "BLR"}, dump(evs)


def test_bears_responsibility_for_an_act_told_by_another_is_one_accusation():
    evs = events("Moscow bears responsibility for arming the separatists, the Polish foreign minister said.")
    assert not [e for e in evs if e.cameo[:2] == "07"], dump(evs)
    assert [e for e in evs if e.cameo == "112" and e.target.code.startswith("RUS")], dump(evs)


def test_a_side_saying_it_was_responsible_keeps_its_own_act():
    evs = events("The Pakistani Taliban said it was responsible for killing the two soldiers in Bannu.")
    assert at(evs, "killing"), dump(evs)


# -- a promise another side makes for a party -------------------------------------------------------------------------

def test_a_promise_told_for_another_party_in_a_quotation_is_a_prediction():
    evs = events('Italy\'s embassy in Tunis says it is worried by the reports. In a statement it said: "At the '
                 'request of the Libyan government the inspectors travelled to Sirte. The team will arrive on '
                 'Friday. Libyan officials will give the inspectors firm guarantees of their safety."')
    assert not at(evs, "guarantees"), dump(evs)


def test_a_promise_told_by_the_partys_own_speaker_stays():
    evs = events("The Libyan prime minister told reporters his cabinet will give the inspectors firm guarantees of "
                 "their safety.")
    assert [e for e in evs if e.cameo[:2] == "03" and e.source.code.startswith("LBY")], dump(evs)


def test_a_promise_another_side_says_a_party_will_make_is_no_promise():
    evs = events("Rome said Tripoli will give the inspectors firm guarantees of their safety.")
    assert not [e for e in evs if e.cameo[:2] == "03" and e.source.code.startswith("LBY")], dump(evs)


# -- a vow told again by the "saying ..." that follows it -------------------------------------------------------------

def test_a_bare_vow_and_the_intention_its_saying_participle_announces_are_one_act():
    evs = events("The Ethiopian prime minister has vowed the offensive would be brief, saying Addis Ababa would "
                 "secure the border crossings.")
    assert not [e for e in evs if e.cameo == "030"], dump(evs)
    meant = [e for e in evs if e.modality == "intent"]
    assert len(meant) == 1 and meant[0].source.code.startswith("ETH"), dump(evs)
    assert "announced by 'vowed'" in meant[0].rule


def test_a_pledge_of_a_thing_keeps_its_own_event_beside_what_its_saying_participle_announces():
    evs = events("Nairobi pledged its full backing, saying it would send two battalions to Mogadishu.")
    assert [e for e in evs if e.cameo == "030"], dump(evs)
