"""An actor whose own phrase names a world region ("Europe's regulator", "European troops") is of no one country: it
takes no country from a person or a state another party of its sentence is (knowledge/region_owner.py). Sentences
written for eventwire."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _codes(evs, word, side):
    return [getattr(e, side).code for e in at(evs, word) if getattr(e, side) is not None]


def test_a_region_owned_agency_takes_no_country_from_a_person_the_sentence_names():
    evs = events_of("Ferry companies grew nervous over Vladimir Putin's threats after Europe's maritime safety "
                    "agency warned shipping firms to avoid the Black Sea.", date="2019-03-02")
    codes = _codes(evs, "warned", "source")
    assert codes and not any(c.startswith("RUS") for c in codes), dump(evs)


def test_region_troops_pressed_by_a_president_are_not_his_countrys():
    evs = events_of("The official said Joe Biden had been urging European troops to guard the camps in the "
                    "desert.", date="2021-05-02")
    codes = _codes(evs, "urging", "target")
    assert codes and not any(c.startswith("USA") for c in codes), dump(evs)


def test_a_national_force_still_takes_its_country():
    evs = events_of("Joe Biden urged French troops to guard the camps.", date="2021-05-02")
    assert _codes(evs, "urged", "target") == ["FRAMIL"], dump(evs)


def test_region_troops_take_no_country_from_a_visitor_in_another_clause():
    evs = events_of("Boris Johnson visited Ottawa as African troops attacked the rebel camp.", date="2021-05-02")
    assert _codes(evs, "attacked", "source") == ["MIL"], dump(evs)
