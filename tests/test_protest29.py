"""Protests of officials and their targets (issue 14 item 4), session 29, on sentences written for these tests: an
"in protest at/over X" adjunct aims an intransitive disapproval ("resigned in protest at Britain's decision") at the
owner of X, as it does for a protest (coding/roles.py, act_args.protest_adjunct_party); on a walk-out the parser hangs
the adjunct on the object of "out of" ("walked out of the talks in protest at X"), which is searched as well."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-04")


def at(evs, trigger):
    return [e for e in evs if e.trigger_text.startswith(trigger)]


def sides(evs):
    return [(e.source.code if e.source else None, e.cameo, e.trigger_text, e.target.code if e.target else None)
            for e in evs]


def test_resignation_in_protest_at_a_decision_is_aimed_at_its_author():
    evs = at(events_of("Italy's ambassador to the alliance resigned in protest at Britain's decision to cut its "
                       "contribution."), "resigned")
    assert evs and evs[0].cameo == "110", sides(evs)
    assert evs[0].target is not None and evs[0].target.code == "GBR", sides(evs)


def test_stepping_down_in_protest_over_a_bodys_handling():
    evs = at(events_of("The Kenyan envoy stepped down in protest over the United Nations' handling of the refugee "
                       "crisis."), "stepped")
    assert evs and evs[0].target is not None and evs[0].target.code == "IGOUNO", sides(evs)


def test_walk_out_of_talks_in_protest_at_a_governments_refusal():
    evs = at(events_of("The Syrian opposition delegation walked out of the talks in protest at Russia's refusal to "
                       "halt the bombing."), "walked")
    assert evs and evs[0].cameo[:2] == "14", sides(evs)
    assert evs[0].target is not None and evs[0].target.code == "RUS", sides(evs)


def test_plain_resignation_stays_a_yield_without_target():
    evs = at(events_of("The Italian foreign minister resigned on Tuesday after a row over the budget."), "resigned")
    assert all(e.cameo[:2] != "11" for e in evs), sides(evs)


def test_disapproval_with_its_own_object_keeps_it():
    evs = at(events_of("The French minister criticised Germany in protest at Russia's decision to expel diplomats."),
             "criticised")
    assert evs and evs[0].target is not None and evs[0].target.code == "DEU", sides(evs)


def test_boycott_of_a_sponsored_congress_is_aimed_at_the_sponsor():
    evs = at(events_of("The Syrian opposition boycotted the Russian-sponsored congress in Sochi."), "boycotted")
    assert evs and evs[0].target is not None and evs[0].target.code == "RUS", sides(evs)
    assert "host of the congress" in evs[0].rule, evs[0].rule


def test_boycott_of_a_congress_organised_by_a_party():
    evs = at(events_of("Sudanese opposition groups boycotted the congress organised by the ruling party in Khartoum."),
             "boycotted")
    assert evs and evs[0].target is not None and evs[0].target.code == "SDNPTY", sides(evs)


def test_boycott_of_a_legislature_stays_the_legislature():
    evs = at(events_of("Opposition deputies boycotted the Turkish parliament on Tuesday."), "boycotted")
    assert evs and evs[0].target is not None and evs[0].target.code == "TURLEG", sides(evs)


def test_walk_out_in_protest_over_an_arrest_is_aimed_at_the_arrester():
    evs = at(events_of("The Venezuelan opposition walked out of the negotiations in protest over the government's "
                       "arrest of two lawmakers."), "walked")
    assert evs and evs[0].target is not None and evs[0].target.code == "VENGOV", sides(evs)


def test_resignation_over_an_act_with_no_author_named_keeps_no_target():
    evs = at(events_of("The Danish trade minister resigned in protest over the weapons sales to Riyadh."), "resigned")
    assert evs and evs[0].cameo == "110" and evs[0].target is None, sides(evs)
