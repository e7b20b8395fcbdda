"""A capitalised name right after "the village of", "the town of", "the district of" is a place whatever the small
parser tagged it (knowledge/toponym_named.py). Texts written for these tests; each positive found no place before
(the parser reads the name as an adjective with no entity, a people, a date, a law or a product), each negative
keeps a people's or a faith's name what it is."""

import pytest

from eventwire.knowledge.places import event_location, find_places


def _texts(nlp, text):
    return {p.text: p for p in find_places(nlp(text))}


@pytest.mark.parametrize("text, name", [
    # no entity at all (an adjective)
    ("Army engineers cleared mines around the village of Dabbous late on Friday.", "Dabbous"),
    # a people (NORP)
    ("Shells fell on the town of Hasakiyeh throughout the night, residents said.", "Hasakiyeh"),
    # no entity, the ayn written as a quote mark inside the name
    ("Jihadist fighters shelled the small village of Ma’arbeh, where the army keeps a checkpoint.", "Ma’arbeh"),
    # a law, with a distance after the name: the name stops before the number
    ("Rebel units seized the town of Hasr 30 miles south of the border on Monday.", "Hasr"),
    # a product, with a distance after it
    ("Artillery pounded the hamlet of Qarn 15 kilometres east of the river.", "Qarn"),
])
def test_a_name_after_a_settlement_noun_is_a_place(nlp, text, name):
    places = _texts(nlp, text)
    assert name in places, f"{name!r} not among {sorted(places)}"
    assert "the parser gave the name" in (places[name].why or "")


@pytest.mark.parametrize("text, word", [
    ("A civilian was shot near the town of Kurdish fighters' headquarters.", "Kurdish"),
    ("Mediators met the leaders of the village of Christian families near the border.", "Christian"),
    ("The governor visited the district of Sunni tribes on Monday.", "Sunni"),
    ("Refugees fled the camp of Syrian families near the border.", "Syrian"),
    # a group's initials: whose ground, not a place's name
    ("Aid convoys rarely reach the area of HTS control east of the river.", "HTS"),
])
def test_a_people_or_a_faith_after_a_settlement_noun_is_no_place(nlp, text, word):
    places = _texts(nlp, text)
    assert word not in places or places[word].demonym


def test_the_name_found_is_where_the_event_happened(nlp):
    doc = nlp("Rebel units seized the town of Hasr 30 miles south of the border on Monday.")
    i = [t.i for t in doc if t.text == "seized"][0]
    loc = event_location(doc, i, find_places(doc))
    assert loc is not None and loc.text == "Hasr"
    doc = nlp("Army engineers cleared mines around the village of Dabbous late on Friday.")
    i = [t.i for t in doc if t.text == "cleared"][0]
    loc = event_location(doc, i, find_places(doc))
    assert loc is not None and loc.text == "Dabbous"


@pytest.mark.parametrize("text, name", [
    # an organisation's label on the whole name, the kind capitalised inside it
    ("Rebels attacked the army-held Al-Khalidiya District of the city overnight.", "Al-Khalidiya District"),
    # the kind capitalised after a name the parser left with no entity
    ("Troops recaptured a large part of the Al-Manara District, along with two farms.", "Al-Manara District"),
    # a people's label before "airbase": the base's name alone
    ("Militants captured the Tiyas airbase after a week of fighting.", "Tiyas"),
    ("Two soldiers were killed near the Hmeimim airbase on Monday.", "Hmeimim"),
])
def test_a_name_that_ends_in_its_own_kind_is_a_place(nlp, text, name):
    places = _texts(nlp, text)
    assert name in places, f"{name!r} not among {sorted(places)}"
    assert "its own kind" in (places[name].why or "")


@pytest.mark.parametrize("text, name, country", [
    ("Jets struck the Idlib Governorate on Friday.", "Idlib", "SYR"),
    ("Rebels shelled the Al-Hasakah Governorate on Friday.", "Hasakah", "SYR"),
])
def test_a_province_the_gazetteer_knows_keeps_its_coordinates(nlp, text, name, country):
    places = _texts(nlp, text)
    assert name in places and places[name].country == country


@pytest.mark.parametrize("text, word", [
    ("Settlers marched through the Armenian Quarter at night.", "Armenian"),
    ("Shops in the Christian Quarter stayed shut.", "Christian Quarter"),
    ("The Water District board met on Tuesday.", "Water District"),
    ("Rebels attacked the Kurdish District council offices.", "Kurdish District"),
])
def test_a_people_or_a_body_before_a_kind_is_no_place(nlp, text, word):
    places = _texts(nlp, text)
    assert word not in places or places[word].demonym
