"""An Arabic name written with its article where the gazetteer writes the article as it is spoken or leaves it out
(knowledge/toponym_spelling.py). Texts written for these tests."""

import pytest

from eventwire.knowledge.gazetteer import default_gazetteer
from eventwire.knowledge.places import find_places
from eventwire.knowledge.toponym_spelling import article_candidates, strip_article


@pytest.mark.parametrize("text, bare", [
    ("Al-Raqqa", "Raqqa"), ("al-Tall", "Tall"), ("El Arish", "Arish"), ("As Salamiyah", "Salamiyah"),
    ("Al-‘Anbar", "Anbar"), ("Alexandria", "Alexandria"), ("Ali", "Ali"), ("Elgin", "Elgin"),
])
def test_the_article_is_stripped_only_where_it_is_one(text, bare):
    assert strip_article(text) == bare


@pytest.mark.parametrize("name, country", [
    ("Al-Salamiyah", "SYR"),     # GeoNames: As Salamiyah (the article as spoken)
    ("al-Tall", "SYR"),          # At Tall
    ("Al-Nasiriyah", "IRQ"),     # Nasiriyah (no article)
    ("Al-Amarah", "IRQ"),        # Al 'Amarah (an ayn the text leaves out)
])
def test_a_name_with_its_article_finds_the_gazetteer_spelling(name, country):
    cs = article_candidates(name, default_gazetteer())
    assert cs and cs[0].country == country and cs[0].alt


@pytest.mark.parametrize("name", ["Al-Taji", "Al-Zara", "Al-Omar", "Alexandria"])
def test_no_namesake_elsewhere_is_taken(name):
    # "Taji" in China, "Zara" in Turkey, "Omar" in the United States: not the same name as the Arabic one
    assert article_candidates(name, default_gazetteer()) == []


def test_the_place_is_resolved_and_says_why(nlp):
    places = {p.text: p for p in find_places(nlp("Gunmen on motorbikes shot a teacher in Al-Salamiyah late on "
                                                 "Thursday, his family said."))}
    p = places["Al-Salamiyah"]
    assert p.country == "SYR" and p.lat is not None
    assert "without its article" in p.why
