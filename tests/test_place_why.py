"""Each resolved place carries the reason its reading was chosen (issue 15), through the output and the store."""
from __future__ import annotations


from eventwire.knowledge.places import find_places
from eventwire.model import Place
from eventwire.store import Store
from test_store_fixtures import talks_result


def _place(places, text):
    return next(p for p in places if p.text == text)


def test_a_small_town_chosen_by_its_state_says_so_and_names_the_city_it_beat(nlp):
    doc = nlp("Deputies in Rapides Parish said a man was shot in Alexandria, Louisiana, late on Friday.")
    p = _place(find_places(doc), "Alexandria")
    assert p.country == "USA"
    assert p.why.startswith("one of ") and "places called 'Alexandria'" in p.why
    assert "Louisiana" in p.why and "inside the place named beside it" in p.why
    assert "over Alexandria, EGY" in p.why


def test_a_big_city_chosen_alone_gives_its_population_as_the_reason(nlp):
    doc = nlp("The talks on the ceasefire resumed in Geneva on Monday.")
    p = _place(find_places(doc), "Geneva")
    assert p.country == "CHE"
    assert "population" in p.why and "over Geneva, USA" in p.why


def test_the_country_the_text_is_about_is_named_as_the_reason(nlp):
    doc = nlp("Iraqi forces shelled Fallujah and Ramadi as the offensive in Anbar went on.")
    p = _place(find_places(doc), "Anbar")
    assert p.country == "IRQ" and "in IRQ, a country the text is about" in p.why
    assert "the only place called 'Ramadi'" in _place(find_places(doc), "Ramadi").why


def test_an_unresolved_name_has_no_reason(nlp):
    doc = nlp("Gunmen attacked the village of Qarqoor Haddoudeh at dawn, witnesses said.")
    for p in find_places(doc):
        if p.lat is None:
            assert p.why is None


def test_the_reason_survives_the_store(tmp_path):
    r = talks_result()
    r.places = [Place(text="Geneva", start=0, end=6, name="Geneva", lat=46.2, lon=6.15, country="CHE",
                      feature="city", why="one of 15 places called 'Geneva': population 201,741; over Geneva, USA")]
    with Store(str(tmp_path / "ew.duckdb")) as store:
        store.write_batch([r])
        rec = store.result_record(r.id)
    assert rec["places"][0]["why"] == r.places[0].why
    assert rec == r.to_dict()
