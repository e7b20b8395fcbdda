"""A named private person the actor lists do not know takes the nationality a description of the same name gives in
the article (issue 14, bare sectors): a nationality noun in apposition ("another Canadian, Paul Grieve"), a home
town on the description's noun ("Aoife Byrne, a nurse from Cork"), for the later bare mentions of the name too,
also where the victim stage (coding/victim_roles.py) codes the name; never the country where the act happened
(knowledge/unknown_origin.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_a_nationality_noun_in_apposition_gives_the_later_bare_name_its_country():
    evs = events_of("Another Canadian, Paul Grieve, was captured by Kurdish forces near the border in May. "
                    "Grieve was shot in the leg.")
    got = at(evs, "shot")
    assert got and got[0].target is not None and got[0].target.code == "CANCVL", dump(evs)


def test_a_home_town_on_the_description_noun_gives_its_country():
    evs = events_of("Aoife Byrne, a nurse from Cork, travelled to Yemen in 2016. "
                    "Gunmen abducted Byrne outside a clinic in Aden last week.")
    got = at(evs, "abducted")
    assert got and got[0].target is not None and got[0].target.code == "IRLCVL", dump(evs)


def test_a_name_described_only_by_where_the_act_happened_stays_bare():
    evs = events_of("Aoife Byrne travelled to Yemen in 2016. Gunmen abducted Byrne outside a clinic in Aden last week.")
    got = at(evs, "abducted")
    assert got and got[0].target is not None and got[0].target.country is None, dump(evs)


def test_a_place_he_fought_in_is_no_nationality():
    evs = events_of("Another volunteer, Paul Grieve, fought in Syria for two years. Grieve was shot in the leg.")
    got = at(evs, "shot")
    assert not got or got[0].target is None or got[0].target.country != "SYR", dump(evs)
