"""Victims and what was taken as targets of force (issue 14): people killed, wounded, abducted, captured; a name the
actor lists do not know; the victims' country from where it happened; the state holding ground taken. Sentences
written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2021-03-04")


def force(evs):
    return [e for e in evs if e.quad_class == 4]


def targets(evs):
    return {e.target.code for e in force(evs) if e.target is not None}


# 1. people as the patient of killing, wounding, abduction
def test_counted_people_of_any_trade_killed_are_civilian_targets():
    evs = events_of("Six welders were killed by a car bomb near a garage in Kirkuk on Sunday.")
    assert "IRQCVL" in targets(evs), [(e.cameo, e.target) for e in evs]


def test_a_bare_number_killed_and_wounded_is_one_event_with_civilian_target():
    evs = events_of("At least 30 were killed and 90 wounded when a bomb went off at a bus station in Peshawar.")
    hits = [e for e in force(evs) if e.target is not None and e.target.code == "PAKCVL"]
    assert hits, [(e.cameo, e.trigger_text, e.target) for e in evs]
    assert "people" in hits[0].target.why or "number" in hits[0].target.why


def test_abducted_engineers_are_the_target_of_the_gunmen():
    evs = events_of("Gunmen abducted three engineers from a construction site in Zamfara state, Nigeria.")
    assert any(e.source is not None and e.target is not None and e.target.sector == "CVL" for e in force(evs))


def test_named_sectors_keep_their_sector():
    evs = events_of("Two policemen were killed by a roadside bomb in Kirkuk.")
    assert "IRQCOP" in targets(evs) and "IRQCVL" not in targets(evs)


def test_things_a_kill_verb_takes_are_no_victims():
    assert not [e for e in events_of("The senator killed the bill in committee on Tuesday.")
                if e.target is not None and e.target.sector == "CVL"]
    assert not [e for e in events_of("The crew shot a film in Morocco last summer.")
                if e.target is not None and e.target.sector == "CVL"]


def test_others_is_not_a_new_group_of_civilians():
    evs = events_of("Some 15 Kurdish fighters were killed and scores of others were injured near Hasakah.")
    assert not [e for e in force(evs) if e.target is not None and (e.target.text or "").endswith("others")]


# 2. a name the lists do not know, in the passive
def test_unknown_name_shot_in_the_passive_is_an_individual():
    evs = events_of("Ramiro Ortuzar was shot dead outside his home in Tijuana on Friday.")
    hits = [e for e in force(evs) if e.target is not None and e.target.sector == "CVL"]
    assert hits and "Ortuzar" in hits[0].target.text


def test_unknown_name_captured_in_a_place_is_an_individual():
    evs = events_of("Delacroix was captured in April in Marseille.")
    hits = [e for e in force(evs) if e.target is not None and e.target.sector == "CVL"]
    assert hits and hits[0].target.text == "Delacroix"


# 3. the victims' country is where it happened, not the story's
def test_victims_abroad_take_the_clause_place_not_the_story_country():
    evs = events_of("BEIRUT (Reuters) - Syrian forces shelled Idlib on Monday. Turkish drones killed nine shepherds "
                    "in northern Iraq on Tuesday, officials said.")
    assert "IRQCVL" in targets(evs) and "SYRCVL" not in targets(evs)


# 4. ground taken: the state holding it, or the one it was taken from
def test_seizing_a_city_targets_the_state_holding_it():
    evs = events_of("Islamic State militants seized Tikrit in June.")
    assert "IRQ" in targets(evs)


def test_conquered_ground_in_a_country_targets_that_state():
    evs = events_of("The jihadists conquered territory in Iraq within weeks.")
    assert "IRQ" in targets(evs)


def test_took_control_of_villages_targets_the_state_holding_them():
    evs = events_of("Turkish troops took control of several villages in Idlib province.")
    assert "SYR" in targets(evs)


def test_captured_from_a_group_targets_that_group():
    evs = events_of("Kurdish fighters captured the town of Tabqa from Isis on Friday.")
    assert any("ISI" in (e.target.code or "") for e in force(evs) if e.target is not None)


def test_seizing_goods_in_a_city_targets_no_state():
    evs = events_of("Police seized two tonnes of heroin in Kabul.")
    assert "AFG" not in targets(evs)


def test_a_coordinated_passive_shares_its_patient():
    evs = events_of("Several shepherds were caught in the crossfire and were killed near Tal Afar.")
    assert any(e.target is not None and e.target.sector == "CVL" and "shepherds" in e.target.text for e in force(evs))


def test_passive_subject_before_a_locative_at_is_the_victim():
    evs = events_of("Bertrand Vasseur, 52, was shot at his home in Lyon on Sunday.")
    hits = [e for e in force(evs) if e.target is not None and e.target.sector == "CVL"]
    assert hits and hits[0].target.text == "Bertrand Vasseur"


def test_a_coordinated_passive_gets_no_agent_from_the_verb_before_it():
    evs = events_of("The last militants had either given up or been killed by the army near Mosul.")
    killed = [e for e in force(evs) if "killed" in e.trigger_text]
    assert killed and killed[0].source is not None and killed[0].source.sector == "MIL"
    assert killed[0].target is not None and killed[0].target.sector == "INS"


def test_a_bare_number_after_named_victims_is_more_of_them():
    evs = events_of("Four Iraqi policemen were killed and 12 injured by a suicide bomber in Tikrit.")
    assert any(e.target is not None and e.target.code == "IRQCOP" and e.target.text == "12" for e in force(evs)), \
        [(e.trigger_text, e.target) for e in evs]


def test_the_subject_of_a_coordinated_passive_is_never_the_agent_before_it():
    evs = events_of("Syrian troops shot dead two farmers near the town of Deraa and nine people were wounded.")
    assert not [e for e in force(evs) if e.target is not None and e.target.sector == "MIL"], \
        [(e.trigger_text, e.source, e.target) for e in evs]
