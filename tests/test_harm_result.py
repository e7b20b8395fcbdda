"""The people an act of force told by a noun harmed, named as the harm it brought about (coding/harm_result.py,
issue 14): "air strikes led to the deaths of 12 herders". Sentences written for these tests."""
from __future__ import annotations

from eventwire.coding.harm_result import harmed_people
from eventwire.nlp import load
from coded_sentences import dump, events_on


events = events_on("2021-05-04")


def force(text):
    return [e for e in events(text) if e.cameo[:2] in ("18", "19", "20")]


def test_the_people_whose_deaths_strikes_led_to_are_their_target():
    evs = force("In southern Somalia, Kenyan air strikes led to the deaths of at least 12 herders last month.")
    assert evs and evs[0].source.code == "KEN", dump(evs)
    assert evs[0].target is not None and evs[0].target.sector == "CVL" and "herders" in evs[0].target.text, dump(evs)
    assert "whose 'deaths' the act brought about ('led')" in evs[0].rule


def test_a_shelling_that_resulted_in_the_killing_of_children():
    evs = force("The shelling by government troops resulted in the killing of five children in Gedo.")
    assert evs and evs[0].target is not None and evs[0].target.sector == "CVL", dump(evs)
    assert "children" in evs[0].target.text, dump(evs)


def test_a_result_that_is_no_harm_to_people_names_no_target():
    doc = load()("Kenyan air strikes led to the closure of the border crossing.")
    assert harmed_people(next(t for t in doc if t.text == "strikes")) is None
    doc = load()("Kenyan air strikes led to the deaths of at least 12 herders.")
    assert harmed_people(next(t for t in doc if t.text == "strikes")).text == "herders"
