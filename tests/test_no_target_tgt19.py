"""Targets the story makes plain (issue 14, no target; session 19): a withdrawal naming no place leaves the one
country the story places the withdrawing state's forces in (coding/withdrawn_from.py); forces posted "inside" a
country (coding/target_chain.py, posted codes); negotiating a deal together is not aimed at the country of a
conflict (coding/mediated_country.py is for mediators only: negotiators are parties themselves).

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def dyads(text: str, trigger_word: str, date: str = "2020-06-01"):
    evs = eventwire.code_text(text, date=date).events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text}


def test_withdrawal_naming_no_place_leaves_where_the_story_places_the_forces():
    text = ("About 600 Spanish troops are stationed in Mali. On Monday the Spanish defence minister announced the "
            "withdrawal. Madrid will pull out by June.")
    assert ("ESPGOV", "MLI") in dyads(text, "withdrawal"), dyads(text, "withdrawal")
    assert ("ESPGOV", "MLI") in dyads(text, "pull"), dyads(text, "pull")


def test_forces_kept_by_the_subject_place_them():
    got = dyads("Spain has 600 troops in Mali. Madrid will pull out by June.", "pull")
    assert ("ESPGOV", "MLI") in got, got


def test_withdrawal_takes_no_country_where_the_story_places_forces_in_two():
    got = dyads("Spanish troops in Mali and Niger will stay. On Monday the Spanish defence minister announced the "
                "withdrawal.", "withdrawal")
    assert got and all(t is None for _, t in got), got


def test_withdrawal_of_an_armed_group_or_from_a_deal_takes_no_story_country():
    got = dyads("Spanish troops are stationed in Mali. Canada pulled out of the deal at the last minute.", "pulled")
    assert all(t != "MLI" for _, t in got), got
    got = dyads("Spanish troops are stationed in Mali. The jihadists withdrew on Monday.", "withdrew")
    assert all(t != "MLI" for _, t in got), got


def test_forces_posted_inside_a_country_target_it():
    got = dyads("Moscow has stationed hundreds of soldiers inside Libya since 2019.", "stationed")
    assert ("RUSGOV", "LBY") in got, got


def test_negotiating_a_deal_together_is_not_aimed_at_the_country_of_a_conflict():
    got = dyads("Kenya and Uganda negotiated a deal in March to end the fighting in Somalia.", "negotiated")
    assert got and all(t != "SOM" for _, t in got), got


def test_response_to_an_act_noun_a_bloc_adjective_names_answers_the_bloc():
    got = dyads("Cairo denounced Western threats to cut aid.", "denounced")
    assert ("EGYGOV", "IGOWST") in got, got
    got = dyads("Tehran rejected Western threats by Washington.", "rejected")
    assert ("IRNGOV", "USAGOV") in got, got


def test_plan_to_keep_forces_in_another_country_targets_it():
    got = dyads("Moscow and Tehran intend to keep their troops inside Libya once the fighting is over.", "intend")
    assert ("RUSGOV", "LBY") in got and ("IRNGOV", "LBY") in got, got
    got = dyads("Paris plans to keep its troops in Chad.", "plans")
    assert ("FRAGOV", "TCD") in got, got
