"""Precision (issue 14): acts weighed, allowed or pictured, not done, and journeys and scenes that are no events --
a private person's plan to travel, the complement of a noun of difficulty, cost or choice, what a permission allows
when the parser reads its object as a subject, a siege verb whose doer is unarmed people -- and the real acts beside
them that stay coded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_of, at


def _codes(evs):
    return [(e.cameo, e.trigger_text) for e in evs]


@pytest.mark.parametrize("text, word", [
    # a private person's plan to travel: no visit, no intent to meet
    ("Her son told the family of his plans to travel to southern Lebanon next spring.", "travel"),
    ("Three students from Leeds planned to travel to Iraq to join the Kurdish militia.", "travel"),
    # the complement of a noun of difficulty, cost, obstacle or choice
    ("Swedish officials described the difficulties of repatriating Swedish children from Syria.",
     "repatriating"),
    ("The Dutch government is studying the cost of evacuating Dutch citizens from Sudan.", "evacuating"),
    ("Nigeria faces the difficulty of persuading Chad to send more troops.", "send"),
    ("Officials spoke of the risks involved in sending Danish troops to Mali.", "sending"),
    # what a permission allows, the object parsed as the subject of the "to V" clause
    ("German law allows Berlin to strip the citizenship of anyone who fights for a terrorist group.", "strip"),
    # a siege verb whose doer is unarmed people: a scene
    ("Surrounded by anxious relatives, the old farmer said he had walked from Kunduz to Kabul.", "Surrounded"),
    ("He leads a government surrounded by smugglers and profiteers.", "surrounded"),
    ("Army patrols searched the villages surrounding Kidal for the missing men.", "surrounding"),
])
def test_no_event(text, word):
    evs = events_of(text)
    assert not at(evs, word), _codes(evs)


@pytest.mark.parametrize("text, word, root", [
    # an official's journey stays a visit (an intent to meet)
    ("The Afghan foreign minister plans to travel to Tehran next week.", "travel", "03"),
    # an event noun under a noun of cost stays: the war was fought
    ("The cost of the Ethiopian intervention in Somalia has been high.", "intervention", "19"),
    # a siege by armed doers, or with no agent named, stays
    ("The village was surrounded by Malian troops on Sunday.", "surrounded", "19"),
    ("Police surrounded the house in Leeds on Friday.", "surrounded", "19"),
    # a crowd's finite act stays an act
    ("Hundreds of villagers encircled a police station in the north of the province on Saturday.", "encircled", "19"),
    ("The garrison was besieged by rebels for months.", "besieged", "19"),
    ("Gao remains besieged by a mixture of Malian rebels, Russian special forces and Tuareg militias.", "besieged",
     "19"),
    # an act a party's step enabled, and done (not a standing rule)
    ("It allowed the Kenyan government to arrest hundreds of activists and journalists.", "arrest", "17"),
    # a done act after "paid the price for" (not a weighed noun)
    ("Kenya paid a heavy price for invading Somalia.", "invading", "19"),
])
def test_act_stays(text, word, root):
    evs = at(events_of(text), word)
    assert evs and evs[0].cameo.startswith(root), _codes(events_of(text))


def test_noun_after_a_scene_verb_stays_uncoded():
    """The object of a siege verb read as a scene is not freed to be coded on its own ("apprehensions" is no
    arrest)."""
    evs = events_of("Despite the hype surrounding Greek apprehensions about the PKK, Athens has hosted "
                    "its leader.")
    assert not at(evs, "apprehensions") and not at(evs, "surrounding"), _codes(evs)
