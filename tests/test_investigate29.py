"""Whom an investigation is aimed at (issue 14 item 4, no target), session 29, on sentences written for these tests:
an inquiry, probe or investigation (CAMEO 09) whose object is an act is aimed at the act's doer told in its sentence
or, for an act the article told before, the one doer of force at its place or before it; else the state of the place
the act's phrase (or the investigation's own clause) names (coding/investigated.py, data/coding/investigated.tsv);
gathering or collecting evidence of something is an investigation (lexicon 090.gather-evidence, 090.collect-evidence)."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-05-14")


def at(evs, trigger):
    return [e for e in evs if e.trigger_text.startswith(trigger)]


def sides(evs):
    return [(e.source.code if e.source else None, e.cameo, e.trigger_text, e.target.code if e.target else None)
            for e in evs]


def test_investigating_an_attack_told_before_aims_at_its_one_doer():
    evs = events_of("Syrian government forces dropped barrel bombs on Kafr Nabl on Sunday, killing nine people. "
                    "UN inspectors arrived in the town on Tuesday to investigate the attack.")
    inv = at(evs, "investigate")
    assert inv and inv[0].cameo.startswith("09") and inv[0].target is not None, sides(evs)
    assert inv[0].target.code == "SYRMIL", sides(evs)
    assert "the doer of the act investigated" in inv[0].target.why


def test_the_site_of_an_attack_is_the_state_where_it_was_done():
    evs = at(events_of("Turkish military police investigated the site of the alleged attack in Ghouta."), "investigated")
    assert evs and evs[0].target is not None and evs[0].target.code == "SYR", sides(evs)
    assert "the state where the act investigated was done" in evs[0].target.why


def test_arriving_in_a_town_to_investigate_an_attack_aims_at_its_state():
    evs = at(events_of("UN weapons inspectors arrived in Aleppo on Monday to investigate the chemical attack."),
             "investigate")
    assert evs and evs[0].target is not None and evs[0].target.code == "SYR", sides(evs)


def test_an_inquiry_into_a_killing_aims_at_the_killer_not_the_victim():
    evs = at(events_of("France demanded an inquiry into the killing of the journalist by Saudi agents."), "demanded")
    assert evs and evs[0].target is not None and evs[0].target.code == "SAU", sides(evs)
    assert "not its victim" in evs[0].target.why


def test_gathering_evidence_of_a_groups_crimes_is_an_investigation_of_the_group():
    evs = at(events_of("A UN team gathered evidence of al-Shabaab's crimes in Somalia last year."), "gathered")
    assert evs and evs[0].cameo == "090" and evs[0].target is not None, sides(evs)
    assert evs[0].target.code == "SOMINS", sides(evs)


def test_collecting_evidence_of_an_attack_on_a_named_town():
    evs = at(events_of("UN investigators collected evidence of the chemical attack on Khan Sheikhoun."), "collected")
    assert evs and evs[0].cameo == "090" and evs[0].target is not None and evs[0].target.code == "SYR", sides(evs)


def test_an_inquiry_at_home_into_a_bombing_has_no_target_of_its_own_side():
    evs = at(events_of("Iraqi police opened an inquiry into the Mosul bombing on Friday."), "opened")
    assert evs and evs[0].target is None, sides(evs)


def test_an_investigation_into_a_partys_role_stays_that_party():
    evs = at(events_of("The UN launched an investigation into Russia's role in the shelling."), "launched")
    assert evs and evs[0].target is not None and evs[0].target.code == "RUS", sides(evs)


def test_gerunds_read_as_a_clause_before_a_copula_are_its_subject_not_acts():
    evs = events_of("Establishing their nationality, and arresting the suspects that would face a judge, are almost "
                    "impossible.")
    assert not [e for e in evs if e.cameo.startswith("17")], sides(evs)
