"""Event location: a place that a participle or relative clause of a ground-taking act describes is the act's own
ground ("Western Sahara, captured by Moroccan troops in 1975, ..."), not an actor of the main clause
(knowledge/place_described.py). Texts written for these tests."""

from parsed_places import place_of


def test_a_place_described_by_a_passive_participle_is_where_it_was_captured(nlp):
    text = "Western Sahara, captured by Moroccan troops in 1975, is due to hold a referendum next year."
    assert place_of(nlp, text, "captured") == "Western Sahara"


def test_the_ground_seized_wins_over_the_country_it_was_seized_from(nlp):
    text = "The Golan Heights, seized from Syria in 1967, remain under Israeli control."
    assert place_of(nlp, text, "seized") == "Golan Heights"


def test_a_relative_clause_whose_object_is_the_town_places_the_act_there(nlp):
    text = "Kaduna, which the rebels overran in March, is calm again, officials said."
    assert place_of(nlp, text, "overran") == "Kaduna"


def test_a_ruined_town_described_by_a_participle(nlp):
    text = "Grozny, devastated by Russian bombers in 1995, has been rebuilt with federal money."
    assert place_of(nlp, text, "devastated") == "Grozny"


def test_a_country_described_by_an_act_that_takes_no_ground_is_no_place(nlp):
    text = "Iraq, which was condemned by the council, rejected the report."
    assert place_of(nlp, text, "condemned") is None


def test_a_person_described_by_the_participle_keeps_the_place_of_its_own_phrase(nlp):
    text = "The general, captured by the rebels in Goma, was freed on Friday."
    assert place_of(nlp, text, "captured") == "Goma"


def test_a_contact_clause_whose_missing_object_is_the_town(nlp):
    text = "Rebel fighters were again on the outskirts of Tal Abyad, a border town they have stormed twice this year."
    assert place_of(nlp, text, "stormed") == "Tal Abyad"


def test_a_contact_clause_with_its_own_object_describes_no_ground(nlp):
    text = "Tal Abyad, a town the rebels used to shell the army, was quiet on Sunday."
    assert place_of(nlp, text, "shell") != "Tal Abyad"


def test_a_man_named_like_a_town_and_described_as_a_member_is_no_place(nlp):
    text = ("Florida, the most senior commander of the rebel army captured in ten years, spent the week in a "
            "prison in the capital.")
    assert place_of(nlp, text, "captured") != "Florida"
