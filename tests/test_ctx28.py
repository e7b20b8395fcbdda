"""Targets only the article's context gives (coding/holdout_targets.py): an act of force with a doer and no one it was
done to takes the side the article names holding out, where the act is done to "the holdouts", "their hideouts",
"the enclave", or its sentence names that side; a taking of ground, the one side its doer took ground from before.
Never the doer's own side, never where the article names two holding sides."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


def target_of(evs, word):
    got = [e for e in at(evs, word) if e.cameo[:2] in ("18", "19", "20")]
    assert got, dump(evs)
    return got[0].target


@pytest.mark.parametrize("text, word, code", [
    ("Islamic State fighters are holed up in the last pocket the group holds near the river town of Hajin. "
     "On Monday, shells fired by Iraqi army units pounded the holdouts for several hours.", "pounded", "IMGINSISI"),
    ("Al-Shabaab has lost most of the towns it once ruled, and the group's last stronghold lies in the forest near "
     "Jilib. Kenyan jets relentlessly bombed their hideouts on Tuesday.", "bombed", "SOMINS"),
    ("Kurdish-led fighters besieging the last patch of ground held by Islamic State said on Sunday that they had "
     "advanced deeper into the enclave.", "advanced", "IMGINSISI"),
])
def test_holdout_noun_stands_for_the_holding_side(text, word, code):
    t = target_of(events_of(text), word)
    assert t is not None and t.code == code, t
    assert "holding out" in t.why


def test_the_holding_side_named_in_the_sentence_is_the_target():
    evs = events_of("The campaign to drive al-Shabaab out of its last stronghold has entered its third week. "
                    "After dark, al-Shabaab is hampered by a lack of fuel, and for three nights American drones "
                    "have struck.")
    t = target_of(evs, "struck")
    assert t is not None and t.code == "SOMINS" and "named in the act's sentence" in t.why, dump(evs)


@pytest.mark.parametrize("text, word", [
    # the doer is the holding side itself: whom it attacked is not said
    ("Islamic State fighters are holed up in the last pocket the group holds near Hajin. Isis fighters attacked "
     "at dawn on Monday.", "attacked"),
    # two sides hold ground in the story: whose holdouts are meant is not plain
    ("Areas held by Islamic State lie east of the river, and the rebel-held enclave of Douma lies to the west. "
     "On Monday, Iraqi army units pounded the holdouts.", "pounded"),
    # the sentence names no holding side and the act is done to no holdout noun
    ("Islamic State fighters are holed up in the last pocket the group holds near Hajin. Elsewhere, Turkish "
     "troops attacked on Monday.", "attacked"),
])
def test_no_target_where_the_context_is_not_plain(text, word):
    evs = events_of(text)
    assert target_of(evs, word) is None, dump(evs)


def test_retaking_takes_the_side_the_doer_took_ground_from():
    evs = events_of("Ethiopian troops have retaken the border town of Humera. A week earlier they had retaken Shire, "
                    "a town held by Tigrayan rebels.")
    got = [e for e in at(evs, "retaken") if e.sentence == 0]
    assert got and got[0].target is not None and got[0].target.code == "ETHREB", dump(evs)
    assert "taking ground from" in got[0].target.why


def test_relative_object_hung_on_the_sentence_verb_is_its_antecedent():
    # the parser hangs "that Ankara is fighting" on "strained", with "that" its object
    evs = events_of("Relations between the allies have been strained over American assistance to Kurdish militia "
                    "within Syria that Ankara is fighting.")
    t = target_of(evs, "fighting")
    assert t is not None and t.text == "Kurdish militia", dump(evs)
