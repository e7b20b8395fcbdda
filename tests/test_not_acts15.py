"""Words that are no act in their sentence (issue 14, precision: "not an event"), session 15. Sentences written for
these tests.

* a "would"/"will" clause under a verb of hoping, thinking or foreseeing (complements.tsv `supposing`) is a wish or a
  supposition, not an act done nor an intention announced (coding/modality.py); under a verb of saying it stays an
  announced intention;
* an act in the "of" phrase of a noun of lacking (non_events.tsv `lacking`: "in the absence of", "the lack of"), or
  in a phrase of the noun that phrase names ("lack of interest in helping"), is not there
  (coding/nonevent_uses.py `lacked`); an act beside such a phrase stays;
* an event noun before a person's office ("the SDP defence spokesman") names the office's field, not an act
  (coding/described.py `in_body`);
* an event noun whose copula calls it a possibility, prospect, risk or danger ("clashes are now a real
  possibility") is what may come, and so is one in a phrase of the subject of a hypothetical copula ("a return to
  talks would be the next step") (coding/modality.py `noun_status`);
* "the Pakistani threat" as a topic (a singular `menace` noun of non_events.tsv after "the" with only a party's
  modifier and no phrase of its own) is a standing danger, not a threat made (coding/nonevent_uses.py
  `standing_menace`); "Iran's threat against", "the threat to shell" stay;
* a verb of dislike in a relative clause ("every clause which Ankara disliked") tells a feeling that describes its
  noun (non_events.tsv `aversion`, coding/nonevent_uses.py `felt_in_relative`); as the main verb it stays."""
from __future__ import annotations

import pytest

from tests.coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text,word", [
    ("Many exiles hope the French air force would bomb the regime's runways before the winter.", "bomb"),
    ("Most diplomats in Beirut thought Hezbollah would be disarmed within a year.", "disarmed"),
    ("Few officials in Baghdad believe Iran will release the detained fishermen next week.", "release"),
])
def test_what_is_hoped_or_supposed_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_what_is_said_with_would_stays_an_intention():
    evs = events_of("The Turkish foreign ministry said Ankara would send more troops to the border.")
    got = at(evs, "send")
    assert got and got[0].modality == "intent", dump(evs)


@pytest.mark.parametrize("text,word", [
    ("In the absence of a lasting agreement between Greece and Turkey, fishermen near the islands stay nervous.",
     "agreement"),
    ("The lack of talks between India and Pakistan worries traders in Kashmir, the report said.", "talks"),
    ("Britain's lack of interest in assisting the Yazidis angered campaigners.", "assisting"),
])
def test_an_act_that_is_lacking_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_an_act_beside_an_absence_stays():
    evs = events_of("Despite the absence of its ambassador, Egypt signed an accord with Sudan on Monday.")
    assert at(evs, "signed"), dump(evs)


def test_an_event_noun_before_an_office_is_no_act():
    evs = events_of("The SDP defence spokesman, Mark Reid, criticised the purchase of new jets.")
    assert not at(evs, "defence"), dump(evs)
    assert at(evs, "criticised"), dump(evs)


@pytest.mark.parametrize("text,word", [
    ("Direct clashes between Indian and Chinese troops in Ladakh are now a real possibility.", "clashes"),
    ("Renewed fighting between the army and the rebels is a distinct prospect this summer.", "fighting"),
])
def test_an_act_that_is_a_possibility_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_an_act_that_was_a_setback_stays():
    evs = events_of("Monday's clashes between Indian and Chinese troops in Ladakh were a setback for the talks.")
    assert at(evs, "clashes"), dump(evs)


@pytest.mark.parametrize("text", [
    "Riyadh has long wanted Washington to do more to contain the Iranian threat in the Gulf.",
    "Moscow has repeatedly played down the Ukrainian threat.",
])
def test_a_threat_named_as_a_topic_is_no_act(text):
    evs = events_of(text)
    assert not at(evs, "threat"), dump(evs)


@pytest.mark.parametrize("text,word", [
    ("Iran's threat against the tankers alarmed shipping firms.", "threat"),
    ("Seoul dismissed the North Korean threat to shell the islands.", "shell"),
])
def test_a_threat_made_stays(text, word):
    evs = events_of(text)
    assert at(evs, word), dump(evs)


@pytest.mark.parametrize("text,word", [
    ("The envoy removed every clause which Ankara and Baku disliked from the draft.", "disliked"),
    ("That was the main reason why the tribes resented the Iraqi army's presence.", "resented"),
])
def test_a_feeling_in_a_relative_clause_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_a_feeling_as_the_main_verb_stays():
    evs = events_of("The tribes resented the Iraqi army's presence.")
    assert at(evs, "resented"), dump(evs)


@pytest.mark.parametrize("text,word", [
    ("A return to talks between Belgrade and Pristina would be the obvious next step, the envoy said.", "talks"),
    ("The path to a UN-monitored ceasefire in Libya would be the next logical step, the minister said.", "ceasefire"),
])
def test_an_act_in_the_subject_of_a_hypothetical_copula_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_an_act_as_the_subject_of_a_past_copula_stays():
    evs = events_of("The talks between Belgrade and Pristina were the first in a year.")
    assert at(evs, "talks"), dump(evs)
