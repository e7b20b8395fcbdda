"""Relatives and spouses take the country the story gives (issue 14, item 3; knowledge/kin_country.py): "his family"
after a Briton is British; "her husband" is of the country of the one the story says she married, never of hers.
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import actor_in, dyads_of, events_on


events = events_on("2019-03-01")


def dyads(text):
    return dyads_of(events(text))


def actor_with(text, word, role=None):
    return actor_in(events(text), word, role)


# ---------------------------------------------------------------- relatives of a person the story places
def test_his_family_after_a_british_aid_worker_is_british():
    a = actor_with("Tom Hartley, a British aid worker, was seized by gunmen in March. "
                   "His family appealed on Sunday for his release.", "family")
    assert a.code == "GBRCVL", a.why
    assert "whose relatives" in a.why


def test_his_brother_killed_after_a_dutch_engineer_is_dutch():
    a = actor_with("Militants abducted Pieter Vos, a Dutch engineer, in 2016. "
                   "Gunmen later killed his brother in an ambush.", "brother")
    assert a.code == "NLDCVL", a.why


def test_named_possessor_gives_the_parents_country():
    a = actor_with("The Norwegian nurse Ingrid Dahl disappeared near the border in May. "
                   "Dahl's parents urged the kidnappers to free her.", "parents")
    assert a.country == "NOR", a.why


def test_relatives_of_a_person_with_no_country_stay_bare():
    a = actor_with("Ahmad Yusuf went missing last year. Gunmen later killed his brother in an ambush.", "brother")
    assert a.country is None, a.why


# ---------------------------------------------------------------- a spouse: the country of the one married
def test_her_husband_is_of_the_country_of_the_one_she_married_in_a_relative_clause():
    a = actor_with("Lena Fischer, who married a Belgian militant soon after reaching Mosul, says her husband was "
                   "arrested last spring.", "husband")
    assert a.code == "BELCVL", a.why
    assert "married" in a.why


def test_her_husband_after_a_named_dutch_convert_a_sentence_before():
    a = actor_with("In 2016 Maria Costa married Joost de Wit, 31, a Dutch convert. "
                   "Two years later, she said, her husband was detained.", "husband")
    assert a.country == "NLD", a.why


def test_was_married_to_gives_the_spouse_country():
    a = actor_with("Amal Haddad, a Lebanese nurse, was married to a Syrian doctor. "
                   "Gunmen abducted her husband last week.", "husband")
    assert a.country == "SYR", a.why


def test_a_spouse_never_takes_the_other_spouses_country():
    a = actor_with("Pieter Vos, a Dutch engineer, moved to the coast in 2015. "
                   "Gunmen later kidnapped his wife.", "wife")
    assert a.country is None, a.why


def test_a_marriage_of_someone_of_the_other_sex_is_not_the_possessors():
    # "her husband" is not the one Omar married
    a = actor_with("Omar Rashid married a French teacher in 2010. Gunmen later kidnapped her husband.", "husband")
    assert a.country != "FRA", a.why


# ---------------------------------------------------------------- "the family" later: coreference to the placed family
def test_the_family_after_his_family_of_a_named_canadian():
    a = actor_with("Mark Olsen, a Canadian teacher, vanished in Erbil two years ago, his family says. "
                   "The family criticised the embassy in a letter published on Friday.", "family")
    assert a.country == "CAN", a.why


def test_a_relative_killed_in_a_place_the_clause_names_keeps_that_place():
    a = actor_with("Pieter Vos, a Dutch engineer, spoke to us in Erbil. "
                   "His cousin was killed in Turkey in 1995.", "cousin")
    assert a.country != "NLD", a.why


def test_the_family_later_is_the_placed_persons_not_the_place_he_is_held_in():
    text = ("Lars Holm, a Danish aid worker, has been held without charge in Iraq since April. "
            "His family is said to be deeply worried about his health. "
            "Iraqi courts have not yet set a date for a hearing. "
            "The family has now started an online petition demanding his release.")
    a = actor_with(text, "family")
    assert a.country == "DNK", a.why


def test_the_family_after_her_family_of_a_chilean_student_named_first():
    text = ("Laura Martinez, a Chilean student, was jailed in Egypt in May, friends say. "
            "Her family is said to be unable to sleep. Egyptian prosecutors refuse to explain the charges. "
            "In a statement, the family condemned the silence of the prosecutors.")
    a = actor_with(text, "family")
    assert a.country == "CHL", a.why
