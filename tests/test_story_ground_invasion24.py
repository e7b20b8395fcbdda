"""An invasion that names no ground is aimed at the country the story happens in (issue 14, no target; an
intervention that names none is not: it may prop the state up): coding/place_modifier.story_ground, asked by sentence_country for place_targets.tsv `invaded-noun`.
Sentences written for these tests (a story set in the Central African Republic's towns)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of

STORY = ("Rebels shelled the towns of Bossangoa and Bambari overnight, the Central African government said. Thousands "
         "fled Kaga-Bandoro and Berberati for the forests near Bouar. Relief workers in Bria said food was running out. ")


def _one(text, word):
    evs = events_of(STORY + text)
    got = at(evs, word)
    assert got and got[0].cameo.startswith("19"), dump(evs)
    return got[0], evs


def test_an_incursion_in_a_sentence_naming_no_other_country_is_of_the_storys_country():
    e, evs = _one("Families were running up the hillsides away from the Chadian incursion, a UN official said.",
                  "incursion")
    assert e.source is not None and e.source.country == "TCD", dump(evs)
    assert e.target is not None and e.target.code == "CAF", dump(evs)
    assert "happens in" in e.rule, e.rule


def test_an_invasion_whose_sentence_sends_its_doers_elsewhere_takes_the_storys_country():
    # (Paris is only where the officers flew: no ground of the invasion)
    e, evs = _one("Chadian officers flew to Paris ahead of the Chadian invasion to seek guarantees that French jets "
                  "in the Central African Republic would hold fire.", "invasion")
    assert e.target is not None and e.target.country == "CAF", dump(evs)


def test_an_intervention_that_names_no_ground_is_not_aimed_at_the_state_it_props_up():
    # (an intervention that keeps a government in office is not an act of force against that country's state)
    e, evs = _one("Chad's military intervention has kept the president in office.", "intervention")
    assert e.source is not None and e.source.country == "TCD", dump(evs)
    assert e.target is None, dump(evs)


def test_an_intervention_named_by_a_demonym_takes_no_ground_from_the_story():
    # ("the Chadian intervention" may be an intervention in Chad as well as Chad's)
    e, evs = _one("The Chadian intervention was only ever meant to be brief.", "intervention")
    assert e.target is None, dump(evs)


def test_an_intervention_in_a_named_region_takes_no_ground_from_the_story():
    e, evs = _one("Chad's intervention in the Sahel has cost it dearly.", "intervention")
    assert e.target is None, dump(evs)


def test_towns_of_a_country_no_actor_of_the_story_names_are_no_ground():
    # (where only the towns say it, as where talks were held: "Geneva", "Sochi"; the story's actors name no one there)
    evs = events_of("Villagers from Bossangoa, Bambari and Bria are hiding in the forests. They were running up the "
                    "hillsides away from the Chadian incursion, a UN official said.")
    got = at(evs, "incursion")
    assert got and got[0].target is None, dump(evs)


def test_a_lone_sentence_with_no_story_behind_it_takes_no_ground():
    evs = events_of("Families were running up the hillsides away from the Chadian incursion, a UN official said.")
    got = at(evs, "incursion")
    assert got and got[0].target is None, dump(evs)
