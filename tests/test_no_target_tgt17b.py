"""Targets named by a preposition the coder missed (issue 14, no target; session 17b): the recipient of arms sent "to"
a participle-modified group that the parser read as an infinitive ("to vetted rebel groups"), the fighters an incursion is
fought against by (roles.tsv `defence-verb` fight, battle; `repel-verb` resist), and the ground an armed
side or a state pushes into or towards (data/lexicon/19_fight.tsv `190.push-into-armed`), which a threat to push
passes on to the threat.

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def dyads(text: str, trigger_word: str, root: str = ""):
    evs = eventwire.code_text(text, date="2021-03-01").events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text and e.cameo.startswith(root)}


def test_arms_sent_to_a_participle_modified_group_go_to_it():
    got = dyads("The CIA had sent rifles from Lebanon and Iraq to vetted Libyan militias for three years.", "sent", "07")
    assert ("USASPY", "LBYUAF") in got, got


def test_arms_sent_to_a_plain_group_still_go_to_it():
    got = dyads("The agency sent rifles from Lebanon to Libyan militias.", "sent", "07")
    assert any(t == "LBYUAF" for _, t in got), got


def test_troops_pushing_into_a_country_act_against_it():
    got = dyads("Ethiopian troops pushed deeper into Somalia on Sunday.", "pushed", "19")
    assert ("ETHMIL", "SOM") in got, got


def test_a_threat_to_push_into_a_country_is_aimed_at_it():
    got = dyads("Kenya has threatened to push further into southern Somalia.", "push", "13")
    assert ("KEN", "SOM") in got, got


def test_pushing_into_a_debate_is_no_fight():
    got = dyads("The minister pushed into the debate with a new proposal.", "pushed")
    assert not got, got


def test_an_incursion_fought_against_is_aimed_at_its_fighters():
    got = dyads("The clan militias in Kunar were fighting against the Pakistani army's incursion.", "incursion", "19")
    assert ("PAKMIL", "AFGUAF") in got, got


def test_a_side_pushed_into_a_course_is_no_act_of_force():
    # an actor object: pressure, not an advance ("pushed him into a U-turn"); nor one's own forces pushed forward
    assert not dyads("The Saudi crown prince, who pushed him into a U-turn on Yemen, denied it.", "pushed", "19")
    assert not dyads("China pushed more troops into the disputed valley.", "pushed", "19")
