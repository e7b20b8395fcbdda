"""A transliterated name written the way another writer spells it, found as the gazetteer's spelling of the same
name (knowledge/toponym_variants.py, data/places/spelling_variants.tsv). Texts written for these tests."""

import pytest

from eventwire.knowledge.gazetteer import default_gazetteer
from eventwire.knowledge.places import find_places
from eventwire.knowledge.toponym_variants import same_name, variant_candidates, variant_key


@pytest.mark.parametrize("a, b", [
    ("Tell Rifaat", "Tall Rif'at"), ("Dair Hafer", "Dayr Hafir"), ("Sheikh Miskeen", "Shaykh Miskin"),
    ("Qoryoley", "Qoryooley"), ("Al-Sulaimaniyah", "Sulaymaniyeh"), ("Lashkargah", "Lashkar Gah"),
    ("Kfar Kila", "Kafr Kila"),
])
def test_two_transliterations_share_a_key(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize("a, b", [
    ("Mansour", "Man Sur"),          # words run together only for a long name
    ("Tell Rifaat", "Tall Rafah"), ("Homs", "Hama"), ("Dair Hafer", "Dar Hafr"),
])
def test_different_names_do_not(a, b):
    assert not same_name(a, b)


def test_the_key_drops_the_article_and_reads_the_endings_as_one():
    assert variant_key("Al-Sulaimaniyah") == variant_key("as-Sulaymaniyeh") == "sulaymaniya"


@pytest.mark.parametrize("name, context, country", [
    ("Tell Rifaat", None, "SYR"),            # GeoNames: Tall Rif'at
    ("Dair Hafer", None, "SYR"),             # Dayr Hafir
    ("Tikreet", {"IRQ"}, "IRQ"),             # Tikrit, with the text about Iraq
    ("Lashkargah", {"AFG"}, "AFG"),          # Lashkar Gah
])
def test_the_gazetteer_spelling_is_found(name, context, country):
    cs = variant_candidates(name, default_gazetteer(), context)
    assert cs and {c.country for c in cs} == {country} and all(c.alt for c in cs)


@pytest.mark.parametrize("name, context", [
    ("Pentagon", None), ("Eucalyptus", {"BOL"}),       # English words
    ("Mansour", None),                                  # one word, nothing says which country
    ("Tikreet", {"FRA"}),                               # not in the countries the text is about
    ("Dair Hafer", {"EGY"}),
])
def test_no_variant_is_taken_where_it_should_not_be(name, context):
    assert variant_candidates(name, default_gazetteer(), context) == []


def test_the_place_is_resolved_and_says_why(nlp):
    text = ("Syrian government aircraft bombed a market in Tell Rifaat on Tuesday, killing at least nine people, "
            "a monitoring group said.")
    places = {p.text: p for p in find_places(nlp(text))}
    p = places["Tell Rifaat"]
    assert p.country == "SYR" and p.lat is not None and "transliteration" in (p.why or "")
