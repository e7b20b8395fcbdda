"""Names listed before a plural word for their kind are all places ("the Karrada and Adhamiya districts"), even
where the parser finds one of them or none and the gazetteer knows neither (knowledge/toponym_pairs.py); adjectives
of peoples and faiths before such a word are not. Texts written for these tests."""

import pytest

from eventwire.knowledge.places import find_places
from tests.parsed_places import place_of as _place


def _names(nlp, text):
    return {p.text: p for p in find_places(nlp(text))}


def test_both_districts_before_their_plural_kind(nlp):
    names = _names(nlp, "Jets struck rebels in the Karrada and Adhamiya districts of Baghdad.")
    assert "Karrada" in names and "Adhamiya" in names
    assert "names listed before their kind" in (names["Adhamiya"].why or "")


def test_the_event_takes_a_listed_suburb(nlp):
    text = "Government warplanes struck militants in the Shuja and Zeitoun suburbs on Monday."
    assert _place(nlp, text, "struck") in ("Shuja", "Zeitoun")


@pytest.mark.parametrize("text, word", [
    ("Fighting spread to the Sunni and Shia districts of the capital.", "Sunni"),
    ("Troops searched the Kurdish and Arab villages near the border.", "Kurdish"),
    ("Voters in the Republican and Democratic districts went to the polls on Tuesday.", "Republican"),
])
def test_adjectives_of_peoples_before_a_plural_kind_are_no_places(nlp, text, word):
    assert word not in _names(nlp, text)


def test_a_single_name_before_a_plural_kind_is_left_to_the_other_passes(nlp):
    # (one name: the villages of a place, read by the earlier passes, not a list of names of villages)
    p = _names(nlp, "Soldiers guarded the Lagoro villages on Sunday.").get("Lagoro")
    assert p is None or "names listed before their kind" not in (p.why or "")
