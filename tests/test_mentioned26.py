"""Acts a sentence mentions without asserting them (issue 14, precision; branch nonevent27, coding/mentioned_acts.py):
a promise or threat taken back, an opinion a poll finds, the standard of a comparison, an agreement's name, a rule's
content, the consequence after "otherwise", a move made as a child; words that "provide" something (a figure,
coding/figures.abstract_doer). Each has a control that stays an event. Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_a_threat_taken_back_is_no_new_threat():
    evs = events_of("On Friday the Kremlin backed away from its threat to cut gas supplies to Moldova.")
    assert not at(evs, "cut"), dump(evs)
    evs = events_of("The defence minister reneged on his pledge to send troops to Mali.")
    assert not at(evs, "send"), dump(evs)


def test_a_threat_made_stays():
    evs = events_of("On Friday the Kremlin threatened to cut gas supplies to Moldova.")
    assert at(evs, "cut") or at(evs, "threatened"), dump(evs)


def test_a_plan_taken_back_in_a_time_clause_is_no_intention():
    evs = events_of("The minister cancelled his trip after the city withdrew its plan to honour him.")
    assert not at(evs, "honour"), dump(evs)


def test_a_threat_not_taken_back_stays():
    evs = events_of("Ankara refused to back down from its threat to attack the Kurdish militia.")
    assert [e for e in at(evs, "attack") if e.cameo.startswith("13")], dump(evs)


def test_an_opinion_a_poll_finds_is_no_act():
    evs = events_of("A survey by Ipsos found that 61% of Germans oppose airstrikes against Libya.")
    assert not at(evs, "airstrikes") and not at(evs, "oppose"), dump(evs)
    evs = events_of("Polling shows that 55% of French voters back airstrikes on Isis.")
    assert not evs, dump(evs)


def test_a_survey_finding_of_acts_done_stays():
    evs = events_of("A survey by Amnesty found that militiamen had tortured dozens of detainees in Misrata.")
    assert at(evs, "tortured"), dump(evs)


def test_the_standard_of_a_comparison_is_no_act():
    evs = events_of("Critics said the new border wall looked as futile as Israel's blockade of Gaza in 2007.")
    assert not at(evs, "blockade"), dump(evs)
    evs = events_of("Analysts called the move similar to Russia's annexation of Crimea.")
    assert not at(evs, "annexation"), dump(evs)


def test_an_act_beside_a_comparison_stays():
    evs = events_of("Rebels shelled the town on Monday, similar to raids last week.")
    assert at(evs, "shelled"), dump(evs)


def test_an_agreement_named_as_a_known_thing_is_no_signing():
    evs = events_of("Many Republicans remain bitter opponents of the Cuba deal.")
    assert not at(evs, "deal"), dump(evs)


def test_a_deal_between_parties_stays():
    evs = events_of("Egypt and Sudan reached a deal with Ethiopia on the dam in March.")
    assert at(evs, "deal") or at(evs, "reached"), dump(evs)


def test_what_a_rule_permits_is_no_act():
    evs = events_of("China may veto the extension of a UN resolution allowing food aid into Yemen.")
    assert not at(evs, "allowing"), dump(evs)


def test_the_consequence_after_otherwise_is_no_act():
    evs = events_of("If Turkey closes the crossing, the talks will collapse; otherwise, it is a war between Armenia "
                    "and Azerbaijan.")
    assert not at(evs, "war"), dump(evs)


def test_a_move_made_as_a_child_is_no_visit():
    evs = events_of("Her hero is Kwame, a footballer of Ghanaian descent who arrived in Italy aged six.")
    assert not [e for e in evs if e.cameo.startswith("04")], dump(evs)


def test_a_visit_with_an_adult_age_stays():
    evs = events_of("The Ghanaian president, who arrived in Rome aged 71, met the pope on Monday.")
    assert [e for e in evs if e.cameo.startswith("04")], dump(evs)


def test_a_minister_arriving_stays_a_visit():
    evs = events_of("The Somali foreign minister arrived in Stockholm on Monday.")
    assert [e for e in evs if e.cameo.startswith("04")], dump(evs)


def test_remarks_give_no_aid():
    evs = events_of("His remarks have handed ammunition to the opposition.")
    assert not [e for e in evs if e.cameo.startswith("07")], dump(evs)


def test_a_course_tweeted_about_is_floated_not_done():
    evs = events_of("The president, who has tweeted about bombing the rebel bases, met his generals on Monday.")
    got = at(evs, "bombing")
    assert got and all(e.cameo.startswith("13") for e in got), dump(evs)


def test_appreciating_the_worth_of_something_is_no_praise():
    evs = events_of("The smugglers appreciate the importance of a quiet border.")
    assert not [e for e in evs if e.cameo.startswith("05")], dump(evs)
    evs = events_of("The envoy appreciated the support of Japan.")
    assert [e for e in evs if e.cameo.startswith("05")], dump(evs)


def test_otherwise_without_a_condition_stays():
    evs = events_of("On Sunday, rebel forces had otherwise launched two assaults on the nearby town.")
    assert at(evs, "launched"), dump(evs)
    evs = events_of("The militants told the villagers to convert, otherwise they will be killed.")
    assert [e for e in at(evs, "killed") if e.cameo.startswith("13")], dump(evs)


def test_a_business_sheltering_a_family_is_lodging_not_asylum():
    evs = events_of("The family was helped by a Toronto housing company, which sheltered them at a reduced rent of "
                    "$600 a month.")
    assert not [e for e in evs if e.cameo.startswith("075")], dump(evs)
    evs = events_of("Canada accepted 25,000 Syrian refugees last year.")
    assert [e for e in evs if e.cameo.startswith("075")], dump(evs)
