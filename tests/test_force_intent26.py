"""Intentions that are pressure or force, not an intention to cooperate (030; intent27, issue 14 roots).
Sentences written for these tests; each construction has a negative test where the plain reading stays."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2019-03-11")


# -- an intention whose content is an act of force, told by the verb's complement (lexicon 138.intend-force,
#    138.plan-force; coding/pledged_force.py)

def test_troops_intending_to_advance_is_a_threat_of_force():
    evs = events_of("The defence ministry warned that Turkish troops intended to advance east to the border town.")
    assert [e.cameo for e in at(evs, "intended")] == ["138"], dump(evs)
    assert not [e for e in evs if e.cameo == "030"], dump(evs)


def test_forces_planning_to_retaliate_is_a_threat_of_force():
    evs = events_of("Iranian commanders said their forces planned to retaliate if the bases were struck again.")
    assert "138" in [e.cameo for e in evs], dump(evs)
    assert not [e for e in evs if e.cameo == "030"], dump(evs)


def test_a_plan_for_a_parade_stays_an_intention():
    evs = events_of("The Kenyan government plans to use the stadium for a victory parade next month.")
    assert not [e for e in evs if e.cameo[:2] == "13"], dump(evs)


def test_advancing_a_thing_is_no_force():
    evs = events_of("The Egyptian government intends to advance its plans for a new capital city.")
    assert not [e for e in evs if e.cameo[:2] == "13"], dump(evs)


# -- an intention to press a party to act is a demand on it (data/coding/modality_codes.tsv 020.press rows)

def test_likely_to_press_a_government_is_a_demand_on_it():
    evs = events_of("The Turkish president indicated he was likely to press Greece to hand over the eight officers.")
    press = at(evs, "press")
    assert [(e.cameo, e.target and e.target.code) for e in press] == [("100", "GRC")], dump(evs)


def test_will_push_a_government_for_talks_is_a_demand():
    evs = events_of("The Japanese foreign minister said he would push Seoul for fresh talks on the dispute.")
    assert [e.cameo for e in at(evs, "push")] == ["100"], dump(evs)


def test_pressing_done_stays_an_appeal():
    evs = events_of("The Turkish president pressed Greece to hand over the eight officers.")
    assert [e.cameo for e in at(evs, "pressed")] == ["020"], dump(evs)


# -- a bounty placed on someone is a threat against them (lexicon 138.<verb>-bounty-on)

def test_a_bounty_on_a_minister_is_a_threat_against_him():
    evs = events_of("The militia placed a bounty on the Iraqi defence minister's head.")
    got = at(evs, "placed")
    assert [e.cameo for e in got] == ["138"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("IRQ"), dump(evs)


def test_a_bounty_on_a_journalist():
    evs = events_of("The drug cartel put a bounty on the Mexican journalist.")
    assert [e.cameo for e in at(evs, "put")] == ["138"], dump(evs)


def test_a_bounty_on_the_heads_of_leaders_is_aimed_at_the_leaders_not_a_government():
    evs = events_of("The State Department put bounties on the heads of three senior PKK leaders.")
    got = at(evs, "put")
    assert [e.cameo for e in got] == ["138"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("TUR") and got[0].target.code != "TURGOV", \
        dump(evs)
