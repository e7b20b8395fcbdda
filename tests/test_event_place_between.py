"""Event location: "between X and Y" after the ground an act held or struck ("shelled rebel positions between X and
Y", "raided the farms between X and Y") names the towns that ground lies between (event_attach._between_ground),
and the name beside a place there is a place too, even one the gazetteer does not know
(toponym_rescue._between_partners). Not two people, two sides or two governments. Texts written for these tests."""

from eventwire.knowledge.places import find_places
from tests.parsed_places import place_of as _place


def _names(nlp, text):
    return {p.text: p for p in find_places(nlp(text))}


def test_positions_between_two_towns(nlp):
    text = "Army gunners shelled rebel positions between Kitgum and Gulu on Thursday."
    assert _place(nlp, text, "shelled") in ("Kitgum", "Gulu")


def test_farms_between_two_towns_the_parser_hung_on_the_verb(nlp):
    text = "The army shelled the hills between the villages of Kfar Hamam and Shebaa."
    assert _place(nlp, text, "shelled") in ("Kfar Hamam", "Shebaa")


def test_an_unknown_village_beside_a_known_town_is_a_place(nlp):
    text = "Gunmen raided the farms between Kitgum and Lagoro before dawn."
    names = _names(nlp, text)
    assert "Lagoro" in names and "Kitgum" in names
    assert "between" in (names["Lagoro"].why or "") or names["Lagoro"].lat is not None


def test_a_known_town_the_parser_read_as_a_firm_between_ground(nlp):
    # (an unknown first name: only the ground word makes "between" a place's preposition)
    text = "Militias burned huts in the area between Sortony and El Fasher on Friday."
    names = _names(nlp, text)
    assert "El Fasher" in names and names["El Fasher"].country == "SDN"
    assert "Sortony" in names


def test_talks_between_two_capitals_are_not_located_between_them(nlp):
    assert _place(nlp, "Talks between Moscow and Minsk ended without a deal.", "Talks") is None


def test_a_fight_between_two_people_makes_no_place(nlp):
    names = _names(nlp, "The fight between Bell and Eggers ended when Bell drew a gun.")
    assert "Bell" not in names and "Eggers" not in names


def test_no_ground_word_makes_no_place_of_the_unknown_partner(nlp):
    # a match between two teams: the known town stays, the other name is not made a place beside it
    assert "Lagoro" not in _names(nlp, "The match between Kitgum and Lagoro ended in a draw.")


def test_a_border_between_two_countries_is_not_the_towns_rule(nlp):
    # two countries: read the older way (the border's own noun), never as two towns
    text = "Troops shelled positions between Ethiopia and Eritrea on Monday."
    assert _place(nlp, text, "shelled") in (None, "Ethiopia", "Eritrea")


def test_villages_located_between_two_towns(nlp):
    text = "The army opened an offensive in the south on Friday, striking the tiny villages located between Gulu and Kitgum."
    assert _place(nlp, text, "striking") in ("Gulu", "Kitgum")


def test_several_of_the_positions_between_two_towns(nlp):
    text = "Jets struck the east of the province tonight, hitting several of the rebels' positions between Kitgum and Lagoro."
    assert _place(nlp, text, "hitting") in ("Kitgum", "Lagoro")


def test_a_small_namesake_abroad_with_no_place_beside_it_is_not_taken(nlp):
    # a town of the name far away (population under 20,000), beside a name the gazetteer does not know: not taken,
    # so that it cannot give the story's soldiers that country
    names = _names(nlp, "Army gunners bombarded the insurgents' trenches between Bobi and Lagoro for hours.")
    assert "Bobi" not in names
