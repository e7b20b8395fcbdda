"""Who fights whom in the article (coding/foes.py): an act of force with one side missing takes the other side's one
foe, learned from the article's acts of force that name both sides; none where the side has two foes, where another
side of the fighting is named in the sentence, or where the foe only allows or tells of the act."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of, sides_at as sides


def test_volunteer_killed_takes_the_foe_he_fought_next_door():
    evs = events_of("Three Australian volunteers have been killed fighting al-Shabaab in Somalia since 2019. "
                    "One of them, Liam Porter, 31, was killed near Kismayo last spring.")
    got = [e for e in evs if e.sentence == 1 and e.cameo.startswith("19")]
    assert got and {e.source.code if e.source else None for e in got} == {"SOMINS"}, dump(evs)
    assert all("the one foe of" in e.source.why for e in got), dump(evs)


@pytest.mark.parametrize("text", [
    "A Dutch engineer who had fought Islamic State for two years was killed near Hajin, a court in Utrecht heard.",
    "Two Canadian volunteers fighting Islamic State were killed by a roadside bomb near Hajin on Friday.",
])
def test_killed_while_fighting_the_foe_its_sentence_names(text):
    evs = events_of(text)
    assert {s for s, _ in sides(evs, "killed")} == {"IMGINSISI"}, dump(evs)


def test_offensive_targets_the_one_foe():
    evs = events_of("Kurdish units fought Islamic State around Hasakah throughout the spring, and in May they drove "
                    "Islamic State out of two villages. On Sunday the Kurdish units launched a fresh offensive near "
                    "Shaddadi.")
    assert {t for _, t in sides(evs, "launched")} == {"IMGINSISI"}, dump(evs)


@pytest.mark.parametrize("text, foe", [
    ("Turkish troops shelled the positions of the Kurdish militia for a week, and Turkish jets bombed the Kurdish "
     "militia near the border. The Kurdish militia retreated towards the river on Thursday.", "TUR"),
    ("Syrian government troops shelled Kurdish fighters near Manbij, and Syrian government troops attacked Kurdish "
     "fighters at Tal Rifaat. Kurdish fighters retreated from the town on Sunday.", "SYR"),
])
def test_retreat_is_from_the_one_foe(text, foe):
    evs = events_of(text)
    got = at(evs, "retreated")
    assert got and {e.target.country if e.target else None for e in got} == {foe}, dump(evs)


def test_besieged_takes_the_foe_its_sentence_names():
    evs = events_of("The Iraqi army has fought Islamic State across Nineveh since October, and US jets have bombed "
                    "Islamic State in Mosul for weeks. On Monday Iraqi troops cut the last road out of the old city, "
                    "and the militants are now almost completely surrounded.")
    got = at(evs, "surrounded")
    assert got and {e.source.country if e.source else None for e in got} == {"IRQ"}, dump(evs)


def test_no_doer_where_the_victim_has_two_foes():
    evs = events_of("Turkish jets bombed Kurdish fighters near Afrin, and Islamic State attacked Kurdish fighters near "
                    "Hasakah. A Kurdish fighter was killed on Tuesday.")
    assert {s for s, _ in sides(evs, "killed")} == {None}, dump(evs)


def test_no_target_from_a_foe_that_only_allows_the_act():
    evs = events_of("Turkey shot down a Russian warplane in 2015. This year Moscow allowed Turkish strikes in the "
                    "airspace it controls.")
    assert all(t is None or not t.startswith("RUS") for _, t in sides(evs, "strikes")), dump(evs)


def test_no_target_where_another_armed_side_is_named():
    evs = events_of("Kurdish units drove Islamic State from Tabqa in May, and Kurdish units fought Islamic State near "
                    "Raqqa in June. Backed by US special forces, the Kurdish units launched a new offensive on Sunday.")
    assert {t for _, t in sides(evs, "launched")} == {None}, dump(evs)


@pytest.mark.parametrize("text", [
    "Liam Porter, 31, from Hull, flew to Kenya in 2019. He was believed to be the third British citizen killed "
    "while volunteering with the Somali-led militia spearheading the offensive against al-Shabaab in Somalia.",
    "A Danish journalist was shot dead near Kismayo on Monday while working with Somali troops who were "
    "battling al-Shabaab.",
])
def test_killed_while_with_a_side_takes_that_sides_one_foe(text):
    evs = events_of(text)
    got = [e for e in evs if e.cameo[:2] in ("18", "19") and e.trigger_text in ("killed", "shot")]
    assert got and {e.source.code if e.source else None for e in got} == {"SOMINS"}, dump(evs)
    assert all("the side" in e.source.why for e in got), dump(evs)


def test_no_doer_from_the_side_the_victim_was_with_where_it_has_two_foes():
    evs = events_of("Somali forces fought al-Shabaab near Kismayo in March and clashed with Kenyan troops near the "
                    "border in May. A Danish medic was killed on Sunday while volunteering with Somali forces.")
    assert {s for s, _ in sides(evs, "killed")} <= {None}, dump(evs)
