"""Bare sectors given the country the article places them in (issue 14 item 3, bare27): sentences written for these
tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of

REFUGEE_STORY = "Canada agreed in 2015 to resettle 25,000 Syrian refugees from camps in Jordan and Lebanon. "


def test_story_refugees_take_the_one_origin_the_story_gives_them():
    evs = events_of(REFUGEE_STORY + "In March the government said Canada would accept more refugees this year.")
    got = at(evs, "accept")
    assert got and got[0].target.code == "SYRREF", dump(evs)
    assert "the one origin the story gives its refugees" in got[0].target.why


def test_refugees_hosted_abroad_are_the_story_refugees_not_the_hosts():
    evs = events_of("Jordan houses more than 600,000 refugees, officials said on Monday. Aid agencies say the Syrian "
                    "refugees there fear being sent back.")
    got = at(evs, "houses")
    assert got and got[0].target.code == "SYRREF", dump(evs)


def test_refugees_of_two_origins_stay_bare():
    evs = events_of("Canada agreed to resettle Syrian refugees and Afghan refugees last year. In March the "
                    "government said Canada would accept more refugees this year.")
    got = at(evs, "accept")
    assert got and got[0].target.code == "REF", dump(evs)


def test_a_single_refugee_is_no_story_refugee():
    evs = events_of("Thousands of Syrian refugees live in Germany. Police in Hamburg arrested a refugee on Monday "
                    "after a fight at a train station.")
    got = at(evs, "arrested")
    assert got and got[0].target.code == "REF", dump(evs)


def test_host_camps_give_refugees_no_origin():
    evs = events_of("Many Lebanese refugee camps are overcrowded, aid workers say. Jordan will accept more refugees.")
    got = at(evs, "accept")
    assert got and got[0].target.code == "REF", dump(evs)


def test_junta_that_ousts_a_ruler_is_of_the_ruler_state():
    evs = events_of("When Egypt's president, Mohamed Morsi, was ousted by a military junta in 2013, Erdogan all but "
                    "declared war on Cairo.", date="2018-06-22")
    got = at(evs, "ousted")
    assert got and got[0].source.code == "EGYMIL", dump(evs)
    assert "a coup is done inside the ruler's state" in got[0].source.why


def test_foreign_forces_ousting_a_ruler_stay_foreign():
    evs = events_of("Coalition forces ousted Iraq's president Saddam Hussein in 2003.", date="2018-06-22")
    got = at(evs, "ousted")
    assert got and not (got[0].source.code or "").startswith("IRQ"), dump(evs)


def test_home_in_a_place_places_an_unknown_person():
    evs = events_of("Rana Kabbani and Haiyan Srihini fled from their home in Hama, Syria, after repeated attacks. "
                    "Srihini was shot twice and beaten by guards.")
    got = at(evs, "shot")
    assert got and got[0].target.code == "SYRCVL", dump(evs)
    assert "their home in Hama" in got[0].target.why


def test_home_of_someone_else_does_not_place_the_person():
    # the pronoun's home is in the clause of another subject: nothing says where the named man is from
    evs = events_of("Mark Tully was killed in an airstrike in Raqqa last year. His mother left her home in Leeds.")
    got = at(evs, "killed")
    assert got and got[0].target.code == "CVL", dump(evs)


def test_forces_named_as_a_coalition_stand_for_it():
    evs = events_of("Isis has lost most of its territory in Syria. Isis fighters still hold parts of the Euphrates "
                    "valley. Ryan Dillon, spokesman for Operation Inherent Resolve, the Baghdad-based coalition of "
                    "anti-Isis forces, refused to confirm her death.", date="2017-10-12")
    got = at(evs, "refused")
    assert got and got[0].source.code == "USAMIL", dump(evs)


def test_courts_in_listed_countries_are_one_body_of_each():
    evs = events_of("Courts in France, Germany and Sweden are currently investigating several Syrian intelligence "
                    "officers suspected of torture.")
    got = at(evs, "investigating")
    assert sorted(e.source.code for e in got) == ["DEUJUD", "FRAJUD", "SWEJUD"], dump(evs)


def test_bodies_whose_phrase_says_whose_are_not_split_by_where_they_are():
    evs = events_of("US officials in Iraq and Syria criticised the decision on Monday.")
    got = at(evs, "criticised")
    assert [e.source.code for e in got] == ["USAGOV"], dump(evs)


def test_a_person_placed_by_home_who_criminalised_herself_did_no_act():
    # once her home places her, a doer no list names is coded: "criminalised herself" is no sanction on anyone
    evs = events_of("In 2015, Rana Hussain left with two school friends from their home in Bethnal Green to join Isis "
                    "in Syria. The UK's most senior counter-terrorism officer has said that Rana Hussain had "
                    "potentially criminalised herself.", date="2019-02-15")
    assert not at(evs, "criminalised"), dump(evs)


def test_a_nationality_outweighs_the_home_a_person_left():
    evs = events_of("Sarah Lyle, a British aid worker, fled from her home in Aleppo in 2014. Lyle was detained by "
                    "police at a checkpoint in Turkey last year.")
    got = at(evs, "detained")
    assert got and got[0].target.code.startswith("GBR"), dump(evs)     # (an aid worker: GBRNGO)


def test_a_reflexive_cut_from_its_verb_by_a_quote_is_its_object():
    evs = events_of("In 2015, Rana Hussain left with two school friends from their home in Bethnal Green to join Isis "
                    "in Syria. The UK's most senior counter-terrorism officer has said that Rana Hussain had "
                    "\u201cpotentially criminalised\u201d herself.", date="2019-02-15")
    assert not at(evs, "criminalised"), dump(evs)


def test_soldiers_a_centcom_statement_reports_are_its_own():
    evs = events_of("A CentCom statement said three soldiers were injured.", date="2019-01-17")
    got = at(evs, "injured")
    assert got and got[0].target.code == "USAMIL", dump(evs)
