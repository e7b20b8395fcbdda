"""Wrong CAMEO root and leftover non-events (issue 14), session 26. Sentences written for these tests.

* a vow or warning whose clause tells a red line crossed or an act that would bring on force is a threat of force
  (138), aimed at the one who would cross it (coding/red_line.py, read by senses.clause_kinds);
* a course hinted at or floated ("hinted at relaxing the ban", "floated easing the curfew") is an intention (03x),
  not the easing itself (aim_heads.tsv `signal`, clause_modality);
* forces that meet forces, or meet fire, hold no consultation (x.meet-forces, x.meet-fire);
* fighters sent (back) to fight are deployed (154), not expelled (174);
* a question put to a party after "ask X:" about its own conduct is a challenge, 111, not a request (coding/
  rhetorical.py); a fronted "Asked about X, Y said" is no request of Y's; asking not to be named is no appeal;
* a sports player dismissed and people travelling privately are no political acts; a heading's participle glued to
  the caption after it is no act (coding/glued_heading.py).
Each has a control that keeps the old reading.
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump, events_of


def _codes(text, word):
    return [e.cameo for e in at(all_events_of(text), word)]


def test_red_line_vow_is_a_threat_at_the_one_warned():
    evs = events_of("Last year the president vowed that any use of nerve gas by the Venezuelan government would cross "
                    "a red line, warranting direct military intervention.")
    got = at(evs, "vowed")
    assert [e.cameo for e in got] == ["138"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("VEN"), dump(evs)


def test_warning_of_a_reprisal_triggered_is_a_threat():
    evs = events_of("The Greek defence minister warned that any drilling in the disputed waters would trigger "
                    "military retaliation.")
    assert [e.cameo[:2] for e in at(evs, "warned")] == ["13"], dump(evs)


def test_vow_without_force_stays_an_intention():
    evs = events_of("The Peruvian president vowed that his government would rebuild every school in the flooded region.")
    assert [e.cameo[:2] for e in at(evs, "vowed")] == ["03"], dump(evs)


@pytest.mark.parametrize("text, word", [
    ("The Egyptian minister hinted at relaxing the ban on imports from Sudan.", "relaxing"),
    ("The Kenyan ministry floated easing the curfew in the capital.", "easing"),
])
def test_hinted_easing_is_an_intention(text, word):
    codes = _codes(text, word)
    assert codes and all(c.startswith("03") for c in codes), dump(all_events_of(text))


def test_easing_done_stays_an_easing():
    text = "The Egyptian minister relaxed the ban on imports from Sudan."
    assert [c[:2] for c in _codes(text, "relaxed")] == ["08"], dump(all_events_of(text))


@pytest.mark.parametrize("text", [
    "Government troops met rebel forces near the river crossing on Sunday.",
    "The Ethiopian column met heavy gunfire outside the town.",
])
def test_forces_meeting_on_the_field_hold_no_talks(text):
    assert not [c for c in _codes(text, "met") if c.startswith("04")], dump(all_events_of(text))


def test_ministers_meeting_still_consult():
    text = "The Ethiopian foreign minister met his Sudanese counterpart in Khartoum on Sunday."
    assert [c[:2] for c in _codes(text, "met")] == ["04"], dump(all_events_of(text))


def test_fighters_sent_to_fight_are_deployed_not_expelled():
    text = "Ankara sent the Syrian recruits back to fight against the Kurdish militia."
    codes = _codes(text, "sent")
    assert codes and not [c for c in codes if c.startswith("17")], dump(all_events_of(text))
    assert all(c.startswith("15") for c in codes), dump(all_events_of(text))


def test_people_sent_back_home_stay_an_expulsion():
    text = "Egypt sent back hundreds of Sudanese migrants last week."
    assert [c[:2] for c in _codes(text, "sent")] == ["17"], dump(all_events_of(text))


def test_question_put_to_a_state_is_a_rebuke():
    evs = events_of("\u201cI ask the Americans: why are you arming these gangs?\u201d the Turkish foreign minister said.")
    got = at(evs, "ask")
    assert [e.cameo for e in got] == ["111"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("USA"), dump(evs)


def test_plain_request_stays_a_request():
    evs = events_of("The Turkish foreign minister asked the Americans to stop arming the Kurdish militia.")
    assert [e.cameo[:2] for e in at(evs, "asked")] == ["02"], dump(evs)


@pytest.mark.parametrize("text, word", [
    ("When asked more about the strikes, the Qatari minister condemned Iran.", "asked"),
    ("A Jordanian official, who asked not to be named, said the border would reopen.", "asked"),
    ("The Uruguayan midfielder was dismissed after a second yellow card.", "dismissed"),
    ("Two schoolgirls followed their friend in travelling to Libya to join the militia.", "travelling"),
    ("The commander sleeps in a farmhouse. Fighting nearby Popular Mobilisation Forces (PMF) fighters help a wounded "
     "comrade to his feet.", "Fighting"),
])
def test_no_political_act(text, word):
    assert not at(all_events_of(text), word), dump(all_events_of(text))


@pytest.mark.parametrize("text, word", [
    ("The Uruguayan president dismissed the opposition's demands for a recount.", "dismissed"),
    ("The Maltese prime minister travelled to Tripoli on Monday.", "travelled"),
    ("Fighting broke out between the army and the rebels near Goma on Sunday, and the rebels shelled the town.",
     "shelled"),
])
def test_controls_stay_events(text, word):
    assert at(all_events_of(text), word), dump(all_events_of(text))


@pytest.mark.parametrize("text, word", [
    ("The spectre of Sudanese troops being sent to fight rebels in Darfur adds a troubling dimension to the war.",
     "sent"),
    ("Aid agencies fear the threat of crimes against humanity committed by the Sudanese militia in Darfur.",
     "committed"),
])
def test_prospects_name_no_act_done(text, word):
    assert not at(all_events_of(text), word), dump(all_events_of(text))


def test_remaining_is_a_modifier_of_the_object():
    evs = events_of("The sanctions will destroy remaining goodwill between Cairo and Khartoum.")
    assert not at(evs, "destroy"), dump(evs)
    text = ("In the short term the embargo will destroy remaining mutual goodwill, undermine pro-western Sudanese "
            "opinion, empower hardliners and trigger a fuel crisis.")
    assert not at(all_events_of(text), "destroy"), dump(all_events_of(text))
    evs = events_of("Israeli jets will destroy remaining Iranian positions in Syria.")
    assert [e.cameo[:2] for e in at(evs, "destroy")] == ["13"], dump(evs)
    assert at(evs, "destroy")[0].target is not None, dump(evs)

