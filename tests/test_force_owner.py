"""An armed force whose possessor is a non-state owner takes that owner's actor (issue 14; knowledge/actor_groups.
force_owner): "his fighters" after a rebel commander, "its fighters" after a group with no state, "his forces" after
a stateless people's commander. A state's possessor still gives its country. Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def src_of(text, verb, date="2019-01-01"):
    res = code_text(text, date=date)
    assert res.status == "coded", res.reason
    evs = [e for e in res.events if e.trigger_text.split()[0] == verb]
    assert evs, [(e.cameo, e.trigger_text) for e in res.events]
    return evs[0].source


def test_his_fighters_after_a_named_rebel_commander_are_rebels():
    s = src_of("The Libyan rebel commander Omar Salem said his fighters stormed the airport.", "stormed")
    assert s is not None and s.sector == "REB" and s.country == "LBY", s
    assert "armed force of its possessor 'his'" in s.why


def test_its_fighters_after_a_stateless_group_take_the_groups_code():
    s = src_of("Islamic State said its fighters had ambushed a convoy of soldiers near Kirkuk.", "ambushed")
    assert s is not None and s.code == "IMGINSISI", s
    assert "the group Islamic State" in s.why


def test_his_forces_after_a_stateless_peoples_commander():
    s = src_of("The Kurdish commander said his forces had captured the hill from the militants.", "captured")
    assert s is not None and s.code == "KURMIL", s


def test_a_state_leaders_troops_stay_the_states():
    # (told as done: a leader's own forces that WOULD act make his threat, coding/speaker_forces.py)
    s = src_of("Erdogan said his troops attacked the town of Manbij on Sunday.", "attacked")
    assert s is not None and s.code == "TURMIL", s
    assert "armed force of its possessor" not in s.why


def test_a_leaders_forces_that_would_act_make_his_threat():
    s = src_of("Erdogan said his troops would soon attack the town of Manbij.", "attack")
    assert s is not None and s.code == "TURGOV", s


def test_some_of_their_fighters_are_not_their_own_owner():
    # a possessive never stands for the phrase it sits in ("some of their fighters": not the fighters)
    s = src_of("Hezbollah shut the crossing near the border. Some of their fighters then seized trucks from "
               "farmers on the road.", "seized")
    assert s is not None and s.code != "UAF", s
    assert "possessor 'their'" in s.why, s.why


def test_their_fighters_are_not_the_civilians_named_last():
    # "their" after the civilians a group shut in: the armed force is the group's, not the civilians'
    s = src_of("Islamic State cut off the town of Hit from farmers and blocked their harvest for weeks. Then some of "
               "their fighters started seizing cattle from farmers near the town.", "started")
    assert s is not None and s.code == "IMGINSISI", s
    assert "possessor 'their'" in s.why, s.why
