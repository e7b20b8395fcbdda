"""Event location: a town or a site named with "in/at/outside" right after a protest's against-phrase is where the
crowd gathered, although the parser hangs it on what the crowd opposed (event_attach._scene_after_topic); a
country or a province there, or a town one phrase deeper, is still what the protest was about. Texts written for
these tests."""

from tests.parsed_places import place_of as _place


def test_a_town_after_the_against_phrase_is_the_scene(nlp):
    text = "Olive growers demonstrated against the new water tariff in Porto on Sunday."
    assert _place(nlp, text, "demonstrated") == "Porto"


def test_a_town_after_to_protest_against_is_the_scene(nlp):
    text = "About 3,000 people rallied to protest against the pension reform in Marseille."
    assert _place(nlp, text, "rallied") == "Marseille"


def test_a_country_after_the_against_phrase_stays_the_topic(nlp):
    assert _place(nlp, "Students protested against the war in Yemen on Friday.", "protested") is None


def test_a_town_one_phrase_deeper_stays_the_topic(nlp):
    text = "Activists protested against the killing of a student in Lagos."
    assert _place(nlp, text, "protested") is None
