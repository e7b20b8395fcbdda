"""A foreign state named as the one an appeal is made to is its addressee, never the appealing side's country
(knowledge/actor_country.py `_party_spans`; coding/roles.py: the addressee a parser reads as the subject of the
infinitive). Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text
from coded_sentences import root_dyads


dyads = root_dyads


def test_the_addressee_of_an_appeal_read_as_the_infinitive_s_subject_is_the_target():
    assert dyads("The rebels implored the United States to stay.") == [("02", "REB", "USA")]
    assert dyads("The rebels implored the United Nations to act.") == [("02", "REB", "IGOUNO")]


def test_a_foreign_state_addressed_gives_no_country_to_the_one_appealing():
    assert dyads("The opposition urged the United Kingdom to intervene.") == [("02", "OPP", "GBR")]
    assert dyads("The rebels asked Washington for weapons.") == [("02", "REB", "USAGOV")]


def test_a_country_s_own_bodies_still_place_the_other_side():
    # the other party is a body of the sentence's one country, not a foreign state named by its name
    assert dyads("The Nicaraguan government banned the opposition party.") == [("17", "NICGOV", "NICOPP")]
    assert dyads("Protesters in Kenya urged the United States to help.") == [("02", "KENOPP", "USA")]


def test_an_act_still_to_come_is_an_intention():
    # "is going to", "is set to", "is poised to", "is about to": announced, not done (coding/clause_modality.py)
    for text, code in (("The United States is going to protect the Kurds.", "0334"),
                       ("Russia is poised to deploy troops to Syria.", "138"),
                       ("The army is about to launch an offensive.", "138")):
        evs = code_text(text).events
        assert [(e.cameo, e.modality) for e in evs] == [(code, "intent")], text
    # a journey made is no intention
    assert [e.modality for e in code_text("He went to meet the minister.").events] == ["asserted"]
