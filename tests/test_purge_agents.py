"""An arrest with no doer, after an upheaval, of the people of the story's own country is that state's act
(knowledge/implicit_agents._after_upheaval; actor_country.tsv `upheaval`). Passages written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _sources(evs, word):
    return {e.source.code if e.source else None for e in at(evs, word)}


def test_detentions_since_a_coup_are_the_state_s_own():
    evs = events_of("Tourists are slowly returning to Luxor and Aswan, and hotels in Sharm el-Sheikh report more "
                    "bookings. Since the military coup of 2013, more than 60,000 Egyptians have been detained for "
                    "their political views.")
    assert _sources(evs, "detained") == {"EGYCOP"}, dump(evs)


def test_detentions_after_a_putsch_in_another_story():
    evs = events_of("Markets in La Paz and Cochabamba reopened this week, and Santa Cruz is calm. After the failed "
                    "putsch, thousands of Bolivians were detained within weeks.")
    assert _sources(evs, "detained") == {"BOLCOP"}, dump(evs)


def test_no_state_for_detentions_after_no_upheaval():
    evs = events_of("Tourists are slowly returning to Luxor and Aswan. Since the start of the year, more than 600 "
                    "Egyptians have been detained.")
    assert _sources(evs, "detained") <= {None}, dump(evs)
