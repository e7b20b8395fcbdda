"""The one an act of aid or rescue is done to takes no country from the doer of the harm it is rescued from, told by a
noun ("rescued civilians from Russian airstrikes": actor_doer.harm_doers); a country's own conflict ("the Kosovan
conflict") names where it is, no doer. Sentences written for eventwire."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _targets(evs, word):
    return [e.target.code for e in at(evs, word) if e.target is not None]


def test_people_rescued_from_a_foreign_air_campaign_are_not_its_countrys():
    evs = events_of("Volunteers rescued civilians from Russian airstrikes.", date="2019-06-02")
    codes = _targets(evs, "rescued")
    assert codes and not any(c.startswith("RUS") for c in codes), dump(evs)


def test_people_given_aid_as_they_flee_an_offensive_are_not_the_attackers():
    evs = events_of("Charities delivered food to villagers fleeing Iran's offensive.", date="2019-06-02")
    codes = _targets(evs, "delivered")
    assert codes and not any(c.startswith("IRN") for c in codes), dump(evs)


def test_the_place_still_places_the_aided():
    evs = events_of("Volunteers rescued civilians in Aleppo from Russian airstrikes.", date="2019-06-02")
    assert _targets(evs, "rescued") == ["SYRCVL"], dump(evs)


def test_a_countrys_own_conflict_names_where_the_aided_are_not_a_doer():
    evs = events_of("During the Kosovan conflict the charity rescued wounded children from shelling.",
                    date="2019-06-02")
    assert _targets(evs, "rescued") == ["XKXCVL"], dump(evs)
