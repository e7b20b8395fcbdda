"""The party a raid or operation of force is aimed at where its own slot names only a place (issue 14, no target):
the one its purpose clause names ("to arrest X"), the one it targeted, the owner of the place raided ("a raid on
the lawyer's office", "the home of the editor") or the one staying there. Never a country.
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at as by_trigger, dump, events_on


events_of = events_on("2023-05-14")


def _target(evs, trigger):
    got = by_trigger(evs, trigger)
    assert got, dump(evs)
    return got[0].target


def test_purpose_clause_names_the_one_to_be_arrested():
    evs = events_of("Greek police raided a farmhouse near Larissa to arrest Dimitri Vlachos, a suspected "
                    "arms trafficker.")
    got = by_trigger(evs, "raided")
    assert got and got[0].target is not None and got[0].target.code != "GRC", dump(evs)
    assert "purpose" in got[0].rule, dump(evs)


def test_noun_raid_on_a_named_owners_home():
    evs = events_of("The governor seemed shaken by an FBI raid on her accountant's home in Tulsa.")
    got = by_trigger(evs, "raid")
    assert got and got[0].target is not None and got[0].target.sector == "CVL", dump(evs)
    assert "owner" in got[0].rule, dump(evs)


def test_raid_on_the_place_where_he_was_staying():
    evs = events_of("Peter Holm was arrested in March while on holiday on Crete, when armed police raided the "
                    "villa in which he was staying with his wife.")
    got = by_trigger(evs, "raided")
    assert got and got[0].target is not None and "Holm" in (got[0].target.text or got[0].target.name or ""), \
        dump(evs)


def test_a_country_owner_is_no_target():
    evs = events_of("Commandos raided the embassy of Ruritania at dawn.")
    got = by_trigger(evs, "raided")
    assert not got or got[0].target is None or got[0].target.kind != "country", dump(evs)
