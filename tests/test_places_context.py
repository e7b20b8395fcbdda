"""Places resolved from the whole document before actors take countries from them (issue 15, point 1); texts
written for these tests."""

import pytest

from eventwire.knowledge.places import find_places
from eventwire.model import Document
from eventwire.pipeline import default_pipeline


def _place(places, text):
    hits = [p for p in places if p.text == text]
    assert hits, f"{text!r} not found among {[p.text for p in places]}"
    return hits[0]


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _code(pipe, text):
    return pipe.code([Document(id="t", text=text)])[0]


def test_an_organisation_the_actor_knowledge_knows_is_no_town(pipe):
    res = _code(pipe, "Turkey has been a member of Nato since 1952, and Nato ministers met in Brussels on Monday.")
    assert not [p for p in res.places if p.text == "Nato"]
    assert _place(res.places, "Brussels").country == "BEL"


def test_org_spans_drop_a_name_only_where_it_is_the_whole_organisation(nlp):
    doc = nlp("Nato ministers met in Brussels on Monday.")
    start = doc.text.index("Nato")
    places = find_places(doc, org_spans={(start, start + 4)})
    assert not [p for p in places if p.text == "Nato"]
    assert _place(places, "Brussels").country == "BEL"


def test_a_country_named_like_an_organisation_stays_a_place(nlp):
    doc = nlp("Forces moved into Kosovo on Friday.")
    start = doc.text.index("Kosovo")
    assert _place(find_places(doc, org_spans={(start, start + 6)}), "Kosovo").feature == "country"


def test_a_quarter_name_is_the_part_of_the_town_named_before_it(nlp):
    places = find_places(nlp("Iraqi troops entered Mosul on Monday. Fighting raged in the Old City for a week."))
    p = _place(places, "Old City")
    assert p.country == "IRQ" and p.name == "Mosul"
    assert "Old City" in p.why and "Mosul" in p.why


def test_a_quarter_name_of_the_town_named_after_it(nlp):
    places = find_places(nlp("Rebels fought in Aleppo last year. Police patrolled the Old City of Jerusalem."))
    assert _place(places, "Old City").name == "Jerusalem"


def test_a_quarter_name_with_no_town_stays_unresolved(nlp):
    p = _place(find_places(nlp("Police patrolled the Old City on Friday night.")), "Old City")
    assert p.lat is None and p.country is None


def test_a_minor_spelling_is_taken_where_the_text_names_its_country(nlp):
    p = _place(find_places(nlp("Iraqi troops pushed into Tal Afar on Sunday, officials in Iraq said.")), "Tal Afar")
    assert p.country == "IRQ" and "spelt another way" in p.why


def test_a_minor_spelling_alone_stays_unresolved(nlp):
    p = _place(find_places(nlp("Troops pushed into Tal Afar on Sunday.")), "Tal Afar")
    assert p.lat is None


def test_a_capital_namesake_town_sets_the_story_country_before_coding(pipe):
    res = _code(pipe, "PARIS, Texas -- Paris police arrested two men on Tuesday in Lamar County, Texas. "
                      "Paris officials said the men were held overnight.")
    assert _place(res.places, "Paris").country == "USA"
    sides = [a for e in res.events for a in (e.source, e.target) if a is not None and (a.text or "").startswith("Paris")]
    assert sides and all(a.country == "USA" for a in sides)


def test_a_quarter_name_is_the_town_the_text_names_most(nlp):
    doc = nlp("Kurdish fighters closed in on Raqqa in June. By October Raqqa lay in ruins. Some units had come from "
              "Kobani. The Old City wall still stood on one side of the battleground.")
    assert _place(find_places(doc), "Old City").name in ("Raqqa", "Ar Raqqah")


def test_an_unknown_organisation_name_after_in_stays_a_place(nlp):
    doc = nlp("Schools reopened in Zorvania on Monday, Zorvania said.")
    spans = {(m.start(), m.start() + 8) for m in __import__("re").finditer("Zorvania", doc.text)}
    kept = [p for p in find_places(doc, org_spans=spans) if p.text == "Zorvania"]
    assert [p.start for p in kept] == [doc.text.index("Zorvania")]


def test_an_english_named_countrys_other_name_is_not_taken(nlp):
    # GeoNames lists "Kanawha City" among another town's other names: in the US such names are old names and suburbs
    places = find_places(nlp("Firefighters were called to a house in Kanawha City, West Virginia, on Monday."))
    assert all(p.name != "Saint Albans" for p in places)


def test_a_name_never_runs_across_a_semicolon(nlp):
    doc = nlp("Syrian troops fought in Homs province. Militants overran the ancient city of Palmyra; Isis then "
              "blew up its temples.")
    places = find_places(doc)
    assert not [p for p in places if ";" in p.text]
    p = _place(places, "Palmyra")
    assert p.country == "SYR"


def test_an_unknown_organisation_name_the_words_make_a_place_stays(nlp):
    doc = nlp("Troops threatened the Kurdish enclave of Zorvania on Monday.")
    s = doc.text.index("Zorvania")
    assert [p.text for p in find_places(doc, org_spans={(s, s + 8)})] == ["Zorvania"]


def test_a_known_town_named_as_a_town_beats_the_region_around_it(pipe):
    res = _code(pipe, "Syrian troops shelled the town of Saraqib inside the Jabal Qarmid region on Sunday, "
                      "officials in Syria said.")
    locs = [e.location.text for e in res.events if e.location is not None and e.trigger_text == "shelled"]
    assert locs == ["Saraqib"]


def test_an_organisation_named_like_a_town_the_words_make_a_town_stays(nlp):
    doc = nlp("Jets struck sites near the cities of Saraqib and Maarat on Friday.")
    s = doc.text.index("Saraqib")
    assert _place(find_places(doc, org_spans={(s, s + 7)}), "Saraqib").country == "SYR"


def test_a_seat_of_government_is_no_namesake_town_nothing_local_places(pipe):
    res = _code(pipe, "The US and Britain back the rebels. Officials in Whitehall are weighing more aid, "
                      "US officials said.")
    assert all(p.country in ("USA", "GBR", None) for p in res.places)
    assert not [p for p in res.places if p.text == "Whitehall" and p.country == "USA"]


def test_an_organisation_named_like_a_town_of_the_story_country_stays(nlp):
    doc = nlp("Another bomb hit Balad on Friday.")
    s = doc.text.index("Balad")
    places = find_places(doc, context_countries=("IRQ",), org_spans={(s, s + 5)})
    assert _place(places, "Balad").country == "IRQ"
    assert not [p for p in find_places(doc, org_spans={(s, s + 5)}) if p.text == "Balad"]
