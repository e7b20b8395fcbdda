"""A pronoun whose antecedent, by the grammar of its own sentence, names no actor stands for no actor: not for
one named in the sentence before (knowledge/coref_unnamed.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_the_object_of_a_participle_is_the_unnamed_object_of_the_verb_it_hangs_on():
    evs = events_of("Uzbekistan's foreign minister met Tajik officials in Tashkent. Uzbek border guards stopped the "
                    "convoys, forcing them to turn back.")
    e = at(evs, "forcing")
    assert e, dump(evs)
    assert e[0].source is not None and e[0].source.country == "UZB", dump(evs)
    assert e[0].target is None, dump(evs)          # the convoys, not the Tajik officials of the sentence before


def test_places_taken_as_the_parallel_object_are_no_actor():
    evs = events_of("Bolivia's president met Chilean officials on Monday. Bolivian police cleared the camps, "
                    "forcing them to close.")
    e = at(evs, "forcing")
    assert e and e[0].target is None, dump(evs)


def test_a_parallel_object_that_names_an_actor_is_still_taken():
    evs = events_of("Ghana's president praised Togo. Togolese police arrested the students, accusing them of "
                    "vandalism.")
    e = at(evs, "accusing")
    assert e and e[0].target is not None and e[0].target.code == "TGOEDU", dump(evs)


def test_they_after_a_partitive_subject_is_its_unnamed_whole():
    evs = events_of("The Sudanese government met Chad on Tuesday. Most of the nomads had left the wells before "
                    "they were attacked by Sudanese militias.")
    e = at(evs, "attacked")
    assert e and e[0].source is not None and e[0].source.country == "SDN", dump(evs)
    assert e[0].target is None, dump(evs)          # the nomads, not the Sudanese government


def test_they_after_a_partitive_whose_whole_is_an_actor_keeps_it():
    evs = events_of("The Kenyan government met Somali officials on Monday. Most of the herders fled before they "
                    "were attacked by al-Shabaab fighters.")
    e = at(evs, "attacked")
    assert e and e[0].target is not None and e[0].target.sector == "AGR", dump(evs)
