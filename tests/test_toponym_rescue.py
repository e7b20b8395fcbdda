"""A town the gazetteer knows, named after a preposition of place, is a place whatever the small parser called its
name (knowledge/toponym_rescue.py). Texts written for these tests; each positive failed before the rescue (the
parser reads these names as a person, a product or a firm), each negative keeps a person a person."""

import pytest

from eventwire.knowledge.places import find_places


def _texts(nlp, text):
    return {p.text: p for p in find_places(nlp(text))}


@pytest.mark.parametrize("text, name, country", [
    # after "surrounding" (the parser: a person)
    ("Clan fighters searched every hamlet surrounding Xuddur for the men who had escaped.",
     "Xuddur", "SOM"),
    # both names of "between X and Y" (a person and a product)
    ("Artillery units pounded the hills between Bobi and Tororo throughout Thursday.", "Bobi", "CIV"),
    ("Artillery units pounded the hills between Bobi and Tororo throughout Thursday.", "Tororo", "UGA"),
    # "to" after a verb of motion (a product)
    ("Dozens of students marched to Bellary to demand the release of the detained teachers.", "Bellary", "IND"),
    # "to" after reinforcements sent (a person, written with its article and a hyphen)
    ("Government forces sent fresh reinforcements to Al-Bab on Tuesday after rebels shelled its outskirts.",
     "Al-Bab", "SYR"),
    # "over" after an attack noun (a firm); a spelling the gazetteer holds as another name of the town
    ("Jets carried out strikes over Kobane on Monday, activists said.", "Kobane", "SYR"),
])
def test_known_town_after_a_preposition_of_place(nlp, text, name, country):
    places = _texts(nlp, text)
    assert name in places, f"{name!r} not among {sorted(places)}"
    assert places[name].country == country


def test_a_close_spelling_of_a_smaller_town_is_kept_as_a_place(nlp):
    # "in Maarib" (the parser: a person): a place, even where the resolver finds no coordinates for the spelling
    assert "Maarib" in _texts(nlp, "Residents said gunmen shot two shopkeepers in Maarib before fleeing on motorbikes.")


@pytest.mark.parametrize("text, name", [
    ("Coach Bobi said his side would fight on.", "Bobi"),                    # a title, and "said"
    ("The minister spoke to Tororo about the budget.", "Tororo"),            # "to" after a verb of speaking
    ("The court heard evidence from Aurora about the shooting.", "Aurora"),  # "from" after no verb of motion
    ("The struggle between Bell and Eggers ended when Bell drew a gun.", "Bell"),   # "between" two people
    ("The program has strong support in Congress this year.", "Congress"),  # a body: no small town of the name
    ("She will move to the University of Georgia in the autumn.", "University"),  # a longer name
    ("The veterans stood in Union colors on the porch.", "Union"),          # the name of the noun after it
])
def test_a_person_after_a_preposition_stays_a_person(nlp, text, name):
    assert name not in _texts(nlp, text)


def test_the_reason_says_how_the_name_was_found_a_place(nlp):
    p = _texts(nlp, "Clan fighters searched every hamlet surrounding Xuddur for the men who had escaped.")["Xuddur"]
    assert "surrounding Xuddur" in p.why and "person" in p.why and "gazetteer" in p.why


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(nlp):
    # "In Dura" once matched the gazetteer's "Indura" (Belarus) and was then dropped: Dura, the town, is the place
    places = _texts(nlp, "In Dura, police found the car burned out.")
    assert "Dura" in places and places["Dura"].country == "PSE"
