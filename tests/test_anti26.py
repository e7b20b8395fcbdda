"""An "anti-X" / "pro-X" modifier names whom a group is against or for, not the group's own country (issue 14,
branch anti26): a crowd against a ruler takes its country from the clause's place; a country named after anti- is
no own modifier; a protest by an anti-X crowd with no target is aimed at X; armed men against their own ruler stay
his country's rebels. Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _pairs(evs, word):
    return [(e.source and e.source.code, e.target and e.target.code) for e in at(evs, word)]


def test_anti_ruler_protesters_are_of_the_place_and_protest_against_him():
    evs = events_of("Anti-Bush protesters marched through central London on Saturday.", date="2004-05-08")
    got = _pairs(evs, "marched")
    assert got and got[0][0] == "GBROPP", dump(evs)
    assert got[0][1] and got[0][1].startswith("USA"), dump(evs)


def test_anti_ruler_activists_abroad_are_not_his_country():
    evs = events_of("Anti-Putin activists staged a noisy protest in Berlin on Sunday.", date="2016-04-10")
    got = _pairs(evs, "protest") or _pairs(evs, "staged")
    assert got and got[0][0] and not got[0][0].startswith("RUS"), dump(evs)
    assert got[0][1] and got[0][1].startswith("RUS"), dump(evs)


def test_anti_country_demonstrators_are_of_the_place():
    evs = events_of("Anti-Israel demonstrators protested outside the parliament in Ankara on Tuesday.",
                    date="2010-06-01")
    got = _pairs(evs, "protested")
    assert got and got[0][0] == "TUROPP", dump(evs)


def test_anti_ruler_rebels_stay_his_countrys_rebels():
    evs = events_of("Anti-Assad rebels attacked an army checkpoint near Hama on Monday.", date="2013-03-04")
    got = _pairs(evs, "attacked")
    assert got and got[0][0] == "SYRREB", dump(evs)
