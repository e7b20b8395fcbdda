"""Event location: an event its own words place nowhere takes the place of an "as"/"while" clause hung on it that
says where the victim or the doers were ("was shot as he walked out of a bakery on the edge of X"), a last resort
(event_clause._in_scene_clause); not where they were heading ("while trying to cross into X"), and not before a
place the event's own clause names. Texts written for these tests."""

from eventwire.knowledge.places import find_places, event_location
from tests.parsed_places import place_of as _place, token_of as _at



def test_as_he_walked_out_of_a_bakery_on_the_edge_of_a_town(nlp):
    text = "The mayor was shot on Friday by two men on a motorbike as he walked out of a bakery on the edge of Cusco."
    assert _place(nlp, text, "shot") == "Cusco"


def test_while_praying_at_a_mosque_in_a_town(nlp):
    text = "Three worshippers were stabbed while they prayed at a mosque in Kano on Friday."
    assert _place(nlp, text, "stabbed") == "Kano"


def test_where_they_were_heading_is_not_the_scene(nlp):
    text = "Border guards shot dead a young man on Saturday while he was trying to cross into Bolivia."
    assert _place(nlp, text, "shot") is None


def test_the_event_s_own_place_comes_first(nlp):
    text = "A trader was shot dead in Kisumu as he drove home from a market in Kakamega."
    assert _place(nlp, text, "shot") == "Kisumu"


def test_a_country_in_the_scene_clause_gives_way_to_the_story_s_own_town_in_it(nlp):
    text = "The nurse was killed on Monday as she helped evacuate families from the town of Manbij in northern Syria."
    doc = nlp(text)
    places = find_places(doc)
    town = [p for p in places if p.text == "Manbij"][0]
    assert event_location(doc, _at(doc, "killed").i, places).text == "Syria"
    assert event_location(doc, _at(doc, "killed").i, places, None, town).text == "Manbij"
