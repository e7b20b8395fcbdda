"""Targets the sentence or the story makes plain (issue 14, no target; session 17): an intervention in a country the
story names only once, a thing or ground owned by the one a possessive pronoun stands for, an attack warded off,
ground held by a named side that a show of force's purpose names, "all sides" / "the warring parties" an appeal is
made to, and a ceasefire called for in a place.

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def dyads(text: str, trigger_word: str):
    evs = eventwire.code_text(text, date="2021-03-01").events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text}


def test_an_intervention_in_a_country_named_once_is_directed_at_it():
    # (Libya is not among the story's four most named countries: its own name still names no namesake)
    got = dyads("Kenya and Somalia met in Nairobi on Monday. Kenya's president told Somalia's leader that Ethiopia and "
                "Uganda would join the talks. Ethiopia and Uganda sent envoys to the meeting. Officials recalled the "
                "disastrous Egyptian intervention in Libya.", "intervention")
    assert ("EGY", "LBY") in got, got


def test_a_citizenship_revoked_is_its_holders():
    got = dyads("Maria Lopez, a Spanish national, travelled to Iraq in 2015. The interior minister, Fernando "
                "Grande-Marlaska, later revoked her citizenship.", "revoked")
    assert ("ESPGOV", "ESPCVL") in got, got


def test_ground_owned_through_a_pronoun_gives_its_owner():
    got = dyads("Maduro's aides admitted that rebel units had advanced on his stronghold in the west.", "advanced")
    assert ("VENREB", "VENGOV") in got, got


def test_a_person_owned_through_a_pronoun_is_no_owner_target():
    # "their prisoners" are the ones beaten, not the recruits themselves
    got = dyads("Three Dutch recruits beat their prisoners in a cellar in Raqqa.", "beat")
    assert got and all(t != "NLDCVL" for s, t in got), got


def test_an_attack_a_city_is_defended_from_is_aimed_at_the_city():
    got = dyads("Hundreds of volunteers travelled to Mariupol to help defend the besieged Ukrainian city from Russian "
                "attack.", "attack")
    assert ("RUS", "UKR") in got, got


def test_an_assault_fended_off_is_aimed_at_the_defenders():
    got = dyads("Kurdish fighters fended off an Isis assault for three days.", "assault")
    assert ("IMGINSISI", "KURUAF") in got, got


def test_an_attack_withstood_is_aimed_at_the_garrison():
    got = dyads("The Afghan garrison withstood a Taliban attack overnight.", "attack")
    assert ("AFGINS", "AFGMIL") in got, got


def test_aircraft_sent_to_strike_rebel_held_ground_are_sent_against_the_rebels():
    got = dyads("The war in Syria has entered its ninth year. Moscow has sent in aircraft to strike the rebel-held "
                "city of Aleppo.", "sent")
    assert ("RUSGOV", "SYRREB") in got, got


def test_the_doers_capital_places_no_holder():
    # the only place besides Aleppo is Moscow: the rebels are not Russia's
    got = dyads("Moscow has sent in aircraft to strike the rebel-held city of Aleppo.", "sent")
    assert ("RUSGOV", "RUSREB") not in got, got


def test_the_warring_parties_an_appeal_is_made_to_are_those_named_before():
    got = dyads("Azerbaijan launched an offensive against Armenian forces in Nagorno-Karabakh. The EU called on the "
                "warring parties to return to talks.", "called")
    assert {("IGOEUREEC", "AZE"), ("IGOEUREEC", "ARMMIL")} <= got, got


def test_all_sides_urged_are_the_parties_named_before():
    got = dyads("Azerbaijan launched an offensive against Armenian forces in Nagorno-Karabakh. The French president "
                "urged all sides to show restraint.", "urged")
    assert {("FRAGOV", "AZE"), ("FRAGOV", "ARMMIL")} <= got, got


def test_all_states_is_no_count_of_parties():
    got = dyads("Britain and France sent envoys to the summit. The secretary-general urged all states to act "
                "responsibly.", "urged")
    assert all(t not in ("GBR", "FRA") for s, t in got), got


def test_a_ceasefire_called_for_in_a_country_is_directed_at_it():
    got = dyads("The UN security council called for a ceasefire in Sudan.", "called")
    assert ("IGOUNOSEC", "SDN") in got, got


def test_people_shot_as_they_flee_are_the_ones_shot():
    # (the parser reads "fleeing" as the verb's complement, with "villagers" its object)
    got = dyads("Gunmen shot fleeing villagers near the border.", "shot")
    assert ("UAF", "CVL") in got, got
