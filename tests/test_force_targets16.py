"""Targets of acts of force, capture, siege and occupation named in a prepositional phrase or a modifier (issue 14, "no
target"): an "against" phrase the parser hung on the place of the act's "in" phrase (coding/clause_args.py
place_hung_preps), the purpose of force an act states for itself ("fought to drive X from", "in a bid to dislodge X",
"aiming to force X out": coding/act_args.py force_purposes), the country an intervention is made in
(coding/place_targets.py, `country-in`), ground taken in a country named by a relative "where" or by the sentence's
place (coding/place_held.py), and the one driven or forced from a place (data/lexicon/19_fight.tsv).

Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, sides_at, targets_at


events_of = events_on("2019-03-01", checked=False)


dyads, targets = sides_at, targets_at


# --- "against" hung on the place of the act's "in" phrase ------------------------------------------------------------

def test_raids_in_a_district_of_a_place_against_a_group():
    evs = events_of("Turkish troops mounted raids last year in the mountain district of Hakkari against the PKK.")
    assert any(t is not None and t.startswith("TUR") for t in targets(evs, "mounted")), dyads(evs, "mounted")


def test_operation_in_an_enclave_of_a_town_against_a_group():
    evs = events_of("Nigeria began an operation on Monday in the forest enclave of Sambisa against Boko Haram.")
    assert any(t is not None and "NGA" in t for t in targets(evs, "began")), dyads(evs, "began")


def test_fighting_in_a_town_names_no_target():
    # where the fighting went on is no party to it
    evs = events_of("Rebel units fought in Aleppo through the night.")
    assert targets(evs, "fought") <= {None}, dyads(evs, "fought")


# --- the purpose of force an act states for itself -------------------------------------------------------------------

def test_fought_to_drive_a_group_from_a_place():
    evs = events_of("Ethiopian troops fought for a month to drive al-Shabaab from the river towns.")
    assert any(t is not None and t.startswith("SOM") for t in targets(evs, "fought")), dyads(evs, "fought")


def test_shelling_in_a_bid_to_dislodge_the_rebels():
    evs = events_of("Army gunners shelled the hills for days in a bid to dislodge the rebels.")
    assert "REB" in targets(evs, "shelled"), dyads(evs, "shelled")


def test_assault_begun_aiming_to_force_a_group_out():
    evs = events_of("The Pakistani army began a ground assault on Sunday, aiming to force the Taliban out of the valley.")
    assert any(t is not None and "INS" in t for t in targets(evs, "assault")), dyads(evs, "assault")


def test_led_the_campaign_to_drive_a_named_group_from_a_region():
    evs = events_of("The Peshmerga, who led the long push to drive Islamic State out of the Nineveh plains, lost "
                    "hundreds of men.")
    assert "IMGINSISI" in targets(evs, "led"), dyads(evs, "led")


def test_fighting_to_defend_homes_names_no_target_from_the_purpose():
    # a purpose of warding off is the defenders' own ground, not the one they fight
    evs = events_of("Villagers in the north fought to defend their homes.")
    assert targets(evs, "fought") <= {None}, dyads(evs, "fought")


# --- driven, chased, forced from a place ------------------------------------------------------------------------------

def test_drove_a_named_group_from_a_town():
    evs = events_of("Kenyan troops drove al-Shabaab from the port of Kismayo in 2012.")
    assert any(t is not None and t.startswith("SOM") for t in targets(evs, "drove")), dyads(evs, "drove")


def test_passive_driven_from_a_place_by_forces():
    evs = events_of("The insurgents were chased from the market town by Afghan police last spring.")
    assert any(e.cameo.startswith("19") and e.target is not None and "INS" in e.target.code
               for e in evs if "chased" in e.trigger_text), dyads(evs, "chased")


def test_bitter_at_being_ousted_names_the_ousted():
    evs = events_of("The Houthis remain bitter at being ousted from the port of Aden by Emirati-backed forces.")
    assert any(t is not None and "YEM" in t for t in targets(evs, "ousted")), dyads(evs, "ousted")


# --- intervention in a country ----------------------------------------------------------------------------------------

def test_intervention_in_a_country_targets_that_country():
    evs = events_of("France's military intervention in Mali was widely backed.")
    assert "MLI" in targets(evs, "intervention"), dyads(evs, "intervention")


def test_intervention_in_a_country_as_the_agent_of_a_passive():
    evs = events_of("Regional anger was stoked by the Ethiopian intervention in Somalia.")
    assert "SOM" in targets(evs, "intervention"), dyads(evs, "intervention")


def test_intervention_in_a_town_names_no_target():
    evs = events_of("Russia's intervention in Palmyra was short.")
    assert targets(evs, "intervention") <= {None}, dyads(evs, "intervention")


# --- ground taken in a country ----------------------------------------------------------------------------------------

def test_ground_seized_in_the_country_a_where_clause_hangs_on():
    evs = events_of("The Kurds distrust Iraq, where Turkish troops have seized ground near the border.")
    assert "IRQ" in targets(evs, "seized"), dyads(evs, "seized")


def test_territory_occupied_in_the_country_the_sentence_names():
    evs = events_of("In northern Mali, French soldiers are pushing into the last stretch of territory occupied by "
                    "al-Qaida's local branch.")
    assert any(t == "MLI" for t in targets(evs, "occupied")), dyads(evs, "occupied")


def test_territory_seized_names_no_country_of_the_reporters():
    # a place in the phrase of who reported it is not where the ground lies
    evs = events_of("Nigerian troops have seized territory, officials in Chad said.")
    assert "TCD" not in targets(evs, "seized"), dyads(evs, "seized")


# --- what an act noun did, told in a relative clause on it ------------------------------------------------------------

def test_assault_that_drove_a_militia_from_a_city():
    evs = events_of("Residents recall the Ethiopian assault that in 2006 drove the Islamist militia from Mogadishu.")
    got = {t for s, t in dyads(evs, "assault")}
    assert any(t is not None and "UAF" in t for t in got), dyads(evs, "assault")
