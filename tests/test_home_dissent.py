"""A state's critics it curbs at home are its own (knowledge/home_dissent.py, data/coding/actor_country.tsv home-curb,
home-dissent and home-state): activists, journalists and opposition politicians a state arrests or jails take its
country, also where the sentence names other countries; foreigners, people placed elsewhere and expulsions stay
bare. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _pairs(evs, word):
    return sorted((e.source and e.source.code, e.target and e.target.code) for e in at(evs, word))


def test_arrested_critics_are_the_state_own_with_other_countries_named():
    evs = events_of("The Egyptian government arrested dozens of activists, drawing criticism from France and "
                    "Germany.")
    assert _pairs(evs, "arrested") == [("EGYGOV", "EGYOPP")], dump(evs)
    why = at(evs, "arrested")[0].target.why
    assert "curbed at home" in why, why


def test_jailed_politicians_and_detained_protesters():
    evs = events_of("The Venezuelan authorities jailed opposition politicians while Colombia and Brazil watched.")
    assert _pairs(evs, "jailed") == [("VENGOV", "VENPTY")], dump(evs)
    evs = events_of("Weeks after the election, Belarusian police detained hundreds of protesters, and Lithuania "
                    "and Poland condemned the crackdown.")
    assert _pairs(evs, "detained") == [("BLRCOP", "BLROPP")], dump(evs)


def test_foreign_journalists_and_expulsions_stay_bare():
    evs = events_of("Iran arrested two foreign journalists in Tehran, angering Britain.")
    assert _pairs(evs, "arrested") == [("IRN", "MED")], dump(evs)
    evs = events_of("Moscow expelled dozens of activists, France said.")
    assert all(e.target is None or e.target.country is None for e in at(evs, "expelled")), dump(evs)


def test_critics_held_in_another_country_take_its_country():
    evs = events_of("Turkish police detained activists in Afrin, northern Syria, the United States said.")
    assert _pairs(evs, "detained") == [("TURCOP", "SYROPP")], dump(evs)
