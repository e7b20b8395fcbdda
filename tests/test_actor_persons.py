"""Whose a person or body is when its words name something other than a state (knowledge/actor_persons.py,
coding/resolve.py `_private_person`, knowledge/people.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_of


def dyads(text, date="2018-05-01"):
    evs = events_of(text, date)
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in evs]


def test_a_person_named_with_a_home_town_is_a_private_person_not_the_state():
    # "X, 31, from Aleppo" and later "X" alone: a Syrian private person, not the Syrian state
    got = dyads("Sami Khatib, 31, from Aleppo, said the shelling had stopped. "
                "Khatib, who said he backed the offensive, praised the Turkish army.")
    assert ("05", "SYRCVL", "TURMIL") in got, got
    assert not any(s == "SYR" for _, s, _ in got), got


def test_the_relatives_of_a_person_named_with_a_nationality_are_no_state():
    got = dyads("The mother of Tom Archer, a Briton detained in Iraq, has accused the Home Office of abandoning her son.")
    assert ("11", "GBRCVL", "GBRGOV") in got, got
    assert not any(s == "GBR" for _, s, _ in got), got


def test_a_un_office_named_without_the_un_is_the_un_office():
    got = dyads("Maria Ortega, the high commissioner for human rights, condemned the bombing of the hospital.")
    assert got and got[0][:2] == ("11", "IGOUNOHRO"), got


def test_a_short_office_title_alone_names_no_body():
    # "the secretary general" may be any body's: no UN code from it
    got = dyads("Maria Ortega, the secretary general, condemned the bombing of the hospital.")
    assert not any((s or "").startswith("IGOUNO") for _, s, _ in got), got


def test_a_government_named_by_its_party_is_the_party_s_country_s():
    got = dyads("LONDON - Britain's Labour party has criticised arms sales to Egypt. "
                "The Labour government is arming a regime that jails its critics, campaigners said on Tuesday.")
    assert ("07", "GBRGOV", "GOV") in got or any(c == "07" and s == "GBRGOV" for c, s, _ in got), got


def test_mercenaries_are_not_the_state_of_their_nationality():
    got = dyads("Dozens of Russian mercenaries attacked a Kurdish base near the river on Tuesday.")
    assert got and got[0][:2] == ("19", "RUSUAF"), got


def test_private_people_fighting_with_a_group_are_its_members():
    got = dyads("Three Dutch nationals who fought with Islamic State were killed by an air strike near Raqqa.")
    assert any(t == "IMGINSISI" for _, _, t in got), got
    assert not any(t == "NLDCVL" for _, _, t in got), got


def test_forces_fighting_with_a_group_still_fight_it():
    got = dyads("Kurdish forces fighting with Isis captured a village.")
    assert ("19", "KURMIL", "IMGINSISI") in got, got


def test_a_known_person_named_with_an_office_the_lists_lack_is_that_body_s():
    # the lists give Jens Stoltenberg only his Norwegian offices; "Nato chief" in the phrase says whose he speaks for
    got = dyads("Nato chief Jens Stoltenberg condemned the missile test by North Korea.")
    assert got and got[0][:2] == ("11", "IGOWSTNAT"), got
    from eventwire.knowledge.actors import default_kb
    kb = default_kb()
    assert kb.resolve_phrase("Nato's secretary general Jens Stoltenberg", 0, "2018-05-01").code == "IGOWSTNAT"
    # a former office, or the body only beside the name, is no office he holds
    assert kb.resolve_phrase("the former Nato chief Jens Stoltenberg", 0, "2018-05-01").code != "IGOWSTNAT"
    assert kb.resolve_phrase("Nato and Jens Stoltenberg", 0, "2018-05-01").code != "IGOWSTNAT"
    # a country's ambassador to the body is the country's envoy
    assert kb.resolve_phrase("Nato ambassador Jens Stoltenberg", 0, "2018-05-01").code != "IGOWSTNAT"
