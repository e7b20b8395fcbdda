"""Targets the roles stage used to leave empty (issue 14, no target), on sentences written for these tests:
coordinated participles on a noun ("fighters, armed and financed by Iran"), "those" described by a clause as the
people an act was done to, and a counterpart named by its own modifier after a possessor ("his Ugandan
counterpart")."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _target(evs, word):
    got = at(evs, word)
    assert got, dump(evs)
    return got[0].target


# -- coordinated participles on a noun: each was done to the noun --------------------------------------------------

def test_second_of_coordinated_participles_on_a_noun_takes_the_noun():
    evs = events_of("The Houthi fighters, armed and financed by Iran, attacked the port on Monday.")
    t = _target(evs, "financed")
    assert t is not None and t.country == "YEM", dump(evs)


def test_coordinated_participles_after_be_take_the_subject():
    evs = events_of("For years the Taliban were trained and sheltered by Pakistan, officials in Kabul say.")
    t = _target(evs, "sheltered")
    assert t is not None and t.code.startswith("AFG"), dump(evs)


def test_participles_that_are_adjectives_of_state_take_no_patient():
    # "tired and frustrated by the protests": no act, so no event and no target
    evs = events_of("Officials said the police were tired and frustrated by the protests.")
    assert not at(evs, "frustrated") or _target(evs, "frustrated") is None, dump(evs)


# -- "those" with a describing clause -----------------------------------------------------------------------------

def test_those_with_a_participle_of_a_person_act_are_people():
    evs = events_of("The commission is examining the fate of those abducted by the Taliban in 2015.")
    t = _target(evs, "abducted")
    assert t is not None and t.sector == "CVL", dump(evs)


def test_those_detained_take_the_country_of_the_story():
    evs = events_of("Rights groups say many of those detained by the security forces in Cairo were tortured.")
    t = _target(evs, "detained")
    assert t is not None and t.sector == "CVL", dump(evs)


def test_those_whom_a_relative_clause_names_as_patient_are_people():
    evs = events_of("The report lists those whom the police detained in Lagos last year.")
    t = _target(evs, "detained")
    assert t is not None and t.sector == "CVL", dump(evs)


def test_those_with_a_participle_that_may_be_places_are_not_people():
    evs = events_of("The army recaptured three villages and those seized by the rebels last year.")
    assert all(e.target is None or e.target.sector != "CVL" for e in at(evs, "seized")), dump(evs)


# -- a counterpart with a possessor: the name before it is its own ------------------------------------------------

def test_a_possessed_counterpart_is_named_by_its_demonym():
    evs = events_of("The Kenyan president met his Ugandan counterpart.")
    t = _target(evs, "met")
    assert t is not None and t.country == "UGA", dump(evs)


def test_a_counterpart_with_an_unknown_name_takes_its_country():
    evs = events_of("Italy's interior minister phoned his US counterpart, Mark Dalby, on Monday.")
    t = _target(evs, "phoned")
    assert t is not None and t.country == "USA", dump(evs)


def test_allies_compounded_with_a_name_and_no_possessor_are_not_that_party():
    evs = events_of("Pakistan's army chief said US allies in the region were divided over the deal.")
    assert not any(e.source is not None and e.source.code == "USA" for e in evs), dump(evs)


# -- a noun with no actor of its own, tied by a participle to a named group ---------------------------------------

def test_militants_linked_to_a_named_group_are_that_group():
    evs = events_of("Police arrested militants affiliated with al-Shabaab in Mombasa.")
    t = _target(evs, "arrested")
    assert t is not None and t.code == "SOMINS", dump(evs)


def test_groups_tied_to_a_named_group_in_another_wording():
    evs = events_of("The ministry invited groups linked to the Taliban to the talks in Doha.")
    t = _target(evs, "invited")
    assert t is not None and t.code == "AFGINS", dump(evs)


def test_a_man_linked_to_an_act_stays_a_person():
    evs = events_of("Police arrested a man linked to the bombing in Kabul.")
    t = _target(evs, "arrested")
    assert t is not None and t.sector == "CVL", dump(evs)


# -- a show of force aimed by its purpose clause ------------------------------------------------------------------

def test_troops_deployed_to_confront_a_party_are_aimed_at_it():
    evs = events_of("Ankara deployed troops to confront the Kurdish militia.")
    t = _target(evs, "deployed")
    assert t is not None and t.code == "KURUAF", dump(evs)


def test_forces_massed_to_launch_an_offensive_against_a_party():
    evs = events_of("Ethiopia has massed soldiers along the border to launch an offensive against the Tigrayan rebels.")
    t = _target(evs, "massed")
    assert t is not None and t.code == "ETHREB", dump(evs)


def test_forces_sent_to_guard_a_thing_name_no_target():
    evs = events_of("The army sent reinforcements to protect the oil fields.")
    assert all(e.target is None for e in at(evs, "sent")), dump(evs)


# -- a tour "of" a country is a visit to it -----------------------------------------------------------------------

def test_a_tour_of_a_country_is_a_visit_to_it():
    evs = events_of("Relations improved after Prime Minister Modi's tour of Japan this month.")
    t = _target(evs, "tour")
    assert t is not None and t.country == "JPN", dump(evs)


def test_a_tour_of_a_place_that_is_no_actor_has_no_target():
    evs = events_of("The Chilean president made a brief tour of the flooded factory on Monday.")
    assert all(e.target is None for e in at(evs, "tour")), dump(evs)


def test_a_single_ally_in_a_named_alliance_is_not_the_alliance():
    evs = events_of("Athens warned that it would send warships to face its Nato ally in the Aegean.")
    assert not any(e.target is not None and e.target.code == "IGOWSTNAT" for e in evs), dump(evs)
