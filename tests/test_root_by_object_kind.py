"""The root an act's verb gets from the kind of its object, subject or phrase (issue 14, "wrong root"): people
captured are detained, not fought; a site visited is inspected; an air force sent after a party attacks it; support
"in the air" is military; agreeing with a decision endorses it; a deal wrecked or torn up is rejected, not property
destroyed; an aid convoy entering a town delivers aid, it occupies nothing; a meeting that "will be" held is one to
come. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, dump


def _codes(text, word):
    evs = all_events_of(text)
    return [e.cameo for e in evs if word in e.trigger_text], dump(evs)


@pytest.mark.parametrize("text, word, want", [
    # people captured or seized: detention (173), not military force (190)
    ("The aid worker was captured by the militia near the border and held for a month.", "captured", "173"),
    ("Police seized two women at the checkpoint outside the capital.", "seized", "173"),
    # ground captured stays fighting
    ("Government troops captured the village of Qarya from the rebels on Friday.", "captured", "190"),
    # a site or scene visited: an investigation (090), a camp visited stays a visit (042)
    ("Chemical experts from the OPCW visited the site of the blast on Monday.", "visited", "090"),
    ("Military police visited the scene of the shooting near the port.", "visited", "090"),
    ("The Danish prime minister visited the refugee camp near the border.", "visited", "042"),
    # an air force or warplanes sent against or after a party: an air attack (195), not a mobilisation
    ("The government sent its air force against the tribesmen in the hills.", "sent", "195"),
    ("Moscow sent its warplanes after the insurgents in the valley.", "sent", "195"),
    # support in the air or on the ground: military cooperation (062), not praise (051)
    ("The rebel push was supported by France in the air.", "supported", "062"),
    ("The march on the city was backed by Ankara from the air.", "backed", "062"),
    # agreeing with a decision or its rationale: endorsement (051), not intent to cooperate (030)
    ("Jordan agreed with the decision of the council to close the crossing.", "agreed", "051"),
    ("Egypt agrees with the rationale of the blockade.", "agree", "051"),
    # a deal wrecked or torn up: rejected (127), not property destroyed (1712) nor a ceasefire violated (196)
    ("The new cabinet wrecked the trade pact with Ankara within a month.", "wrecked", "127"),
    ("Washington tore up the border treaty with Havana.", "tore up", "127"),
    ("Soldiers wrecked the village school on Tuesday.", "wrecked", "1712"),
    # an aid convoy entering a town: aid (073); a military convoy entering a town still occupies it (192)
    ("A Red Crescent convoy carrying flour entered the rebel-held town of Rastan.", "entered", "073"),
    ("A UN convoy of food and medicine entered the besieged suburb on Thursday.", "entered", "073"),
    ("A military convoy entered the town of Manbij on Monday.", "entered", "192"),
    # a meeting that will be held: intent to meet (036), one held: a meeting (040)
    ("Diplomats said it would be the first such meeting between Saudi officials and Israel in decades.", "meeting", "036"),
])
def test_root_by_argument_kind(text, word, want):
    got, evs = _codes(text, word)
    assert got and all(c == want for c in got), (got, evs)


def test_a_meeting_that_was_held_stays_a_meeting():
    got, evs = _codes("It was the first meeting between Saudi officials and Israel in decades.", "meeting")
    assert "036" not in got, evs


def test_a_court_sentence_in_a_named_country_keeps_its_court_beside_a_capture_told_nowhere():
    # (people captured are now custody, 173: a capture by a militia, placed nowhere, does not put in doubt a
    # conviction the text places in another country)
    evs = all_events_of("A third member of the cell was convicted on terror charges in Morocco last year. "
                        "The two other men were captured by a Kurdish militia in January.")
    conv = [e for e in evs if "convicted" in e.trigger_text]
    assert conv and conv[0].source is not None and conv[0].source.code == "MARJUD", dump(evs)


def test_an_aid_convoy_entering_a_town_is_aid_to_the_state_it_lies_in():
    evs = all_events_of("A UN convoy carrying medicine entered the besieged town of Homs on Thursday.")
    entered = [e for e in evs if "entered" in e.trigger_text]
    assert entered and entered[0].cameo == "073", dump(evs)
    assert entered[0].target is not None and entered[0].target.code == "SYR", dump(evs)


def test_a_person_captured_by_name_is_detained():
    evs = all_events_of("Iraqi troops captured Saddam near Tikrit.")
    assert [e.cameo for e in evs if "captured" in e.trigger_text] == ["173"], dump(evs)


@pytest.mark.parametrize("text", [
    "Government forces captured Tal Rifaat and Deir Jamal on Sunday.",
    "The army captured Kafr Nabudah after heavy fighting.",
])
def test_a_town_the_tagger_took_for_a_person_is_ground_captured(text):
    # (the tagger reads these names as a PERSON; the place finder knows them: coding/senses.py _found_place)
    evs = all_events_of(text)
    assert [e.cameo for e in evs if "captured" in e.trigger_text] == ["190"], dump(evs)


def test_a_demonym_the_tagger_took_for_a_person_is_still_a_person_captured():
    # (the place finder reads "Briton" as its country, a demonym: no ground captured)
    evs = all_events_of("Another Briton, Tom Hale, was captured in the hills north of Mosul last spring.")
    assert [e.cameo for e in evs if "captured" in e.trigger_text] == ["173"], dump(evs)
