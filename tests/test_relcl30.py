"""Roles in relative clauses (issue 14, "no target" / "no source"): the noun a relative clause modifies fills the
role its gap stands for (coding/relative_role.py). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_coordinated_unknown_names_before_a_passive_relative_are_its_patients():
    evs = events_of("Both Adil Farouk and Karim Nassar, who were arrested by Turkish police in March, deny "
                    "the charges against them.")
    got = at(evs, "arrested")
    assert got and got[0].source is not None and got[0].source.code == "TURCOP", dump(evs)
    assert got[0].target is not None and got[0].target.code.endswith("CVL"), dump(evs)
    assert "relative 'who' stands for" in (got[0].target.why or ""), dump(evs)


def test_participle_that_goes_on_after_then_has_the_relative_clause_patient():
    evs = events_of('"We will find them," said a police officer, referring to the aid workers Tom Reed and Paul Hart '
                    'and the driver Sam Cole, who were brutally treated, then slain by the kidnappers.')
    slain = at(evs, "slain")
    assert slain and slain[0].target is not None and slain[0].target.text == "Sam Cole", dump(evs)


def test_relative_verb_with_no_agent_shares_the_next_participle_agent():
    evs = events_of("The envoy spoke about the French reporters Marc Dubois and Luc Martin, who were beaten, then "
                    "executed by the militants.")
    beaten = at(evs, "beaten")
    assert beaten and beaten[0].source is not None and beaten[0].source.code.endswith("INS"), dump(evs)
    executed = at(evs, "executed")
    assert executed and executed[0].target is not None and executed[0].target.code == "FRAMED", dump(evs)


def test_object_relative_read_as_a_participle_on_its_subject():
    evs = events_of("The soldiers whom the militants abducted were Turkish.")
    got = at(evs, "abducted")
    assert got and got[0].target is not None and got[0].target.text == "soldiers", dump(evs)
    assert got[0].source is not None and got[0].source.code.endswith("INS"), dump(evs)


def test_object_who_with_a_participle_reading_names_the_doer():
    evs = events_of("The prisoners, who the rebels released on Sunday, were Syrian soldiers.")
    got = at(evs, "released")
    assert got and got[0].source is not None and got[0].source.code.endswith("REB"), dump(evs)
    assert got[0].target is not None and got[0].target.text == "prisoners", dump(evs)


def test_sentence_verb_after_misread_object_relative_is_the_antecedents():
    evs = events_of("The students whom police arrested on Friday were released on bail.")
    arrested = at(evs, "arrested")
    assert arrested and arrested[0].target is not None and arrested[0].target.text == "students", dump(evs)
    released = at(evs, "released")
    assert released and released[0].target is not None and released[0].target.text == "students", dump(evs)


def test_sentence_verb_coordinated_with_a_share_relative_is_the_nouns():
    evs = events_of("The protesters, some of whom were beaten by police, marched on the parliament.")
    got = at(evs, "marched")
    assert got and got[0].source is not None and got[0].source.code.endswith("OPP"), dump(evs)
    assert not any(e.source is not None and e.source.code.endswith("COP") for e in got), dump(evs)


def test_plain_relative_clauses_keep_their_reading():
    evs = events_of("The minister, who visited Baghdad on Monday, condemned the attack on the embassy.")
    assert not any(e.source is not None and e.source.text == "Baghdad" for e in evs), dump(evs)
    evs = events_of("Rebels who were trained by Turkey attacked Kurdish forces near the town.")
    got = at(evs, "trained")
    assert got and got[0].source is not None and got[0].source.code.startswith("TUR"), dump(evs)


# a reduced passive on a noun of amount: "a number of X imprisoned by Y" (victims.tsv `amount`)

def test_reduced_passive_on_a_number_of_people_is_done_to_the_people():
    evs = events_of("A number of westerners imprisoned by the militants in Raqqa were later freed.")
    got = at(evs, "imprisoned")
    assert got and got[0].target is not None and got[0].target.code.endswith("CVL"), dump(evs)
    assert "westerners" in got[0].target.text, dump(evs)
    # westerners are no one state's people of the place (actor_country.tsv `foreign`)
    assert got[0].target.country is None, dump(evs)


def test_number_of_things_stays_no_people():
    evs = events_of("The army destroyed a number of buildings in the town.")
    assert not any(e.target is not None and e.target.code.endswith("CVL") for e in evs), dump(evs)


def test_only_an_act_of_force_lends_its_agent_to_the_relative_clause_verb():
    evs = events_of("The refugees, who were wounded, then taken to hospital by the Red Cross, are recovering.")
    assert not any(e.source is not None and "Red Cross" in (e.source.text or "") and "wounded" in e.trigger_text
                   for e in evs), dump(evs)
