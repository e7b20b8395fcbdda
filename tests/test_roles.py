"""Roles (issue 14, items 1 and 4): who an act is directed at, and who did it, by construction.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, events_on, sides_at


events_of = events_on("2020-06-01", checked=False)


dyads = sides_at


# --- targets that must be found -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb, source, target", [
    ("Algeria condemned Morocco on Monday over the border incident.", "condemned", "DZA", "MAR"),
    ("The Omani foreign minister thanked Iran for its help.", "thanked", "OMNGOV", "IRN"),
    ("Angola urged Zambia to reopen the border.", "urged", "AGO", "ZMB"),
    ("Tunisia appealed to Libya to release the fishermen.", "appealed", "TUN", "LBY"),
    ("Gabon called on Cameroon to withdraw its troops.", "called", "GAB", "CMR"),
    ("Mali demanded that Niger hand over the suspects.", "demanded", "MLI", "NER"),
])
def test_the_object_or_addressee_is_the_target(text, verb, source, target):
    assert (source, target) in dyads(events_of(text), verb)


def test_a_response_is_directed_at_the_author_of_what_it_answers():
    # the parser hangs "by Uruguay" on the verb; the denial answers Uruguay
    assert ("ARG", "URY") in dyads(events_of("Argentina denied the accusations by Uruguay about the river."), "denied")
    assert ("KEN", "TZA") in dyads(events_of("Kenya rejected Tanzania's proposal for a new customs post."), "rejected")


def test_the_object_of_an_event_noun_is_the_target():
    assert ("AUS", "PRK") in dyads(events_of("Australia announced new sanctions against North Korea."), "announced")
    # a demanded act: the one asked to do it
    evs = events_of("The presidents of Chad and Niger called for the withdrawal of Libyan forces from the border zone.")
    assert {t for _, t in dyads(evs, "called")} == {"LBYMIL"}


def test_victims_of_a_passive_act_and_of_an_act_named_by_its_doer():
    evs = events_of("Five Nigerien soldiers were killed by Boko Haram fighters near Diffa.")
    assert ("NGAINS", "NERMIL") in dyads(evs, "killed")
    # no "by": the doer of the act it happened in ("police firing", "a Taliban raid", "Israeli fire")
    evs = events_of("Seven students were shot dead in Kenyan police firing in Nairobi.")
    assert [e for e in at(evs, "shot") if e.source and e.source.code == "KENCOP"]
    evs = events_of("Two Lebanese shepherds were wounded in Israeli fire near the border.")
    assert [e for e in at(evs, "wounded") if e.source and e.source.country == "ISR"]


def test_an_act_as_subject_names_its_doer_never_its_target():
    evs = events_of("An ambush by Boko Haram on Chadian troops killed six.")
    assert all(e.source is None or e.source.code == "NGAINS" for e in at(evs, "killed"))
    assert [e for e in at(evs, "killed") if e.target and e.target.code == "TCDMIL"]
    evs = events_of("An attack on Malian soldiers killed three.")
    assert not [e for e in at(evs, "killed") if e.source is not None]


# --- not a target: themes, topics, places, own means -----------------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("The minister laid out five US goals for the region.", "laid"),
    ("The envoy called for a UN-led probe into the shooting.", "called"),
    pytest.param("The president discussed Syria with his advisers.", "discussed", marks=pytest.mark.xfail(
        reason="known gap: the country fill (knowledge/actor_country.py) gives 'his advisers' the topic's country, "
               "SYR; a verb's topic object should be no actor's place", strict=True)),
    ("Chad mobilised its troops on Tuesday.", "mobilised"),
    ("The rebels fought for their homeland.", "fought"),
    ("Protesters demonstrated in Khartoum on Friday.", "demonstrated"),
])
def test_a_theme_topic_place_or_own_means_is_no_target(text, verb):
    evs = at(events_of(text), verb)
    assert not [e for e in evs if e.target is not None], [(e.target.code, e.target.text) for e in evs if e.target]


def test_warned_that_is_a_comment_about_the_complement():
    # a warning of what may happen is a pessimistic comment (012, tests/test_senses.py); like any comment it is about
    # the one its complement is about, never the speaker's own side
    evs = at(events_of("The Egyptian president warned that Ethiopian troops could cross the border."), "warned")
    assert evs and all(e.cameo == "012" for e in evs)
    assert all(e.target is None or e.target.country == "ETH" for e in evs)


# --- control, purposes and nominalisations ---------------------------------------------------------------------

def test_object_control_and_purpose_clauses():
    evs = events_of("Sudan forced the Eritrean refugees to leave the camp.")
    assert ("SDN", "ERIREF") in dyads(evs, "forced")
    # a purpose clause is the subject's, and its object pronoun is the governing verb's object
    evs = events_of("The Kenyan president phoned the Ugandan president on Sunday to congratulate him.")
    assert ("KENGOV", "UGAGOV") in dyads(evs, "congratulate")
    # what one is asked to do is not done
    evs = events_of("Ghana urged Togo to release the detained traders.")
    assert not at(evs, "release")


def test_the_patient_of_a_passive_does_its_purpose():
    evs = events_of("The militia was trained by Rwanda to fight Congolese troops.")
    fight = at(evs, "fight")      # (a purpose of training is no act of force: coding/modality.py may drop it)
    assert all(e.source is None or e.source.country != "RWA" for e in fight)
    assert [e for e in at(evs, "trained") if e.source and e.source.country == "RWA"]


def test_a_noun_possessor_or_modifier_does_the_act_of_its_to_complement():
    evs = events_of("The Dutch decision to expel Russian diplomats angered Moscow.")
    # (a decision is coded as the decided act or as its intention, coding/modality.py; either way the Dutch do it)
    assert [e for e in at(evs, "expel") if e.source and e.source.code == "NLD" and e.modality in ("asserted", "intent")]
    evs = events_of("Ethiopia's plan to attack the rebel town was condemned.")
    assert [e for e in at(evs, "attack") if e.source and e.source.code == "ETH" and e.modality == "intent"]


def test_a_statement_speaks_for_its_author():
    evs = events_of("Nigeria issued a statement urging Cameroon to protect the refugees.")
    assert ("NGA", "CMR") in dyads(evs, "urging")


# --- support frames --------------------------------------------------------------------------------------------

def test_a_backer_is_not_the_agent_and_co_backers_do_not_act_on_each_other():
    evs = events_of("Russian-backed separatists attacked the town.")
    assert not [e for e in at(evs, "attacked") if e.source and e.source.country == "RUS"]
    evs = events_of("The rebels, backed by Sudan and Chad, were defeated.")
    backed = dyads(evs, "backed")
    assert ("SDN", "TCD") not in backed and ("TCD", "SDN") not in backed
    evs = events_of("Separatists backed by Russia attacked the town.")
    assert not [e for e in at(evs, "attacked") if e.source and e.source.country == "RUS"]


def test_with_the_support_of_names_no_target():
    evs = events_of("With the support of France, Malian troops attacked the jihadists.")
    assert not [e for e in at(evs, "attacked") if e.target and e.target.country == "FRA"]


# --- between, talks and visits ---------------------------------------------------------------------------------

def test_between_gives_both_directions():
    evs = events_of("Clashes between Sudanese and Ethiopian troops broke out near the border.")
    got = dyads(evs, "broke")
    assert ("SDNMIL", "ETHMIL") in got and ("ETHMIL", "SDNMIL") in got
    evs = events_of("Fighting between the Somali army and al-Shabaab continued on Monday.")
    got = dyads(evs, "Fighting")
    assert ("SOMMIL", "SOMINS") in got and ("SOMINS", "SOMMIL") in got


def test_talks_held_in_a_capital_are_with_its_government():
    evs = events_of("The Kenyan president held talks in Addis Ababa on Monday.")
    assert ("KENGOV", "ETHGOV") in dyads(evs, "talks") | dyads(evs, "held")
    # at home, or in a city that is no seat of government, there is no host to name
    assert not [e for e in events_of("The Kenyan president held talks in Nairobi.") if e.target]
    assert not [e for e in events_of("The Kenyan president held talks in Geneva.") if e.target]


def test_co_mediators_and_alleged_acts():
    evs = events_of("Ceasefire talks brokered by Egypt and Qatar resumed in Cairo.")
    assert not [e for e in at(evs, "brokered") if e.target is not None and e.target.country in ("EGY", "QAT")]
    evs = events_of("The two men they are alleged to have kidnapped were freed.")
    assert not at(evs, "kidnapped")


def test_places_of_the_object_are_no_host_and_a_place_left_does_not_act():
    evs = events_of("Recruits who leave Kenya to fight for al-Shabaab are prosecuted.")
    assert not [e for e in at(evs, "fight") if e.source and e.source.country == "KEN"]
    evs = events_of("The Kenyan and Ugandan presidents discussed developments in Somalia.")
    assert not [e for e in evs if e.target is not None and e.target.country == "SOM"]


@pytest.mark.parametrize("text, verb, target", [
    ("Turkish jets bombed Afrin on Sunday.", "bombed", "SYR"),
    ("Russian warplanes struck Idlib province overnight.", "struck", "SYR"),
    ("Syrian troops retook Aleppo in December.", "retook", None),          # its own ground: who held it is not said
])
def test_the_state_holding_a_place_acted_on_is_the_target(text, verb, target):
    evs = at(events_of(text), verb)
    assert evs
    assert [e.target.code if e.target else None for e in evs] == [target]
    if target:
        assert "the place acted on" in evs[0].target.why
def test_the_one_opposed_is_not_the_actor_and_support_is_asked_of_its_giver():
    evs = events_of("The anti-Taliban militia attacked the checkpoint.")
    assert not [e for e in at(evs, "attacked") if e.source and e.source.code == "AFGINS"]
    evs = events_of("Armenia sought Russian support against Azerbaijan.")
    assert ("ARM", "RUS") in dyads(evs, "sought")
