"""A person the actor lists do not know, whose country the story's description of them gives, is a private
individual of that country also as a doer, named or reached through a pronoun or description (issue 14, no source:
knowledge/unknown_origin.described_private, asked by coding/resolve.py and knowledge/coref_choice.py). Sentences
written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_a_pronoun_for_a_described_private_person_is_that_countrys_individual():
    evs = events_of("Maria Lopez, from Leeds, was volunteering with a Kurdish militia. "
                    "She begged her commanders to send her to the front.")
    got = at(evs, "begged")
    assert got and got[0].source is not None and got[0].source.code == "GBRCVL", dump(evs)


def test_an_age_description_stands_for_the_described_person():
    evs = events_of("A British woman fighting with Kurdish forces has been killed, her commanders said. "
                    "Maria Lopez, from Leeds, was volunteering with a Kurdish militia when a missile struck her convoy. "
                    "Friends say the 26-year-old had begged her commanders to send her to the front.")
    got = at(evs, "begged")
    assert got and got[0].source is not None and got[0].source.code == "GBRCVL", dump(evs)


def test_a_named_doer_with_a_home_town_is_that_countrys_individual():
    evs = events_of("Tomas Berg, 34, from Gothenburg, accused the police of lying about the raid.")
    got = at(evs, "accused")
    assert got and got[0].source is not None and got[0].source.code == "SWECVL", dump(evs)


def test_an_undescribed_unknown_name_stays_without_a_source():
    evs = events_of("Maria Lopez condemned the government's decision.")
    got = at(evs, "condemned")
    assert got and got[0].source is None, dump(evs)
