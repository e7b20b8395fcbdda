"""Actor spans (issue 14, spans28): hyphened words a tokeniser split at the hyphen, and organisation names that carry
no country. Sentences written for these tests."""
from __future__ import annotations

from eventwire.spaced_hyphens import joined_hyphens
from tests.coded_sentences import at, dump, events_of


def test_a_split_hyphened_word_is_joined_in_tokenised_text_offsets_kept():
    text = "The army announced a weeklong cease - fire with the rebels , officials said ."
    got = joined_hyphens(text)
    assert len(got) == len(text)
    assert "cease-fire  " in got
    assert got.index("with") == text.index("with")


def test_text_written_the_usual_way_is_untouched():
    text = "The army announced a weeklong cease - fire with the rebels, officials said."
    assert joined_hyphens(text) == text


def test_a_dash_between_clauses_is_no_hyphen():
    text = "Floods hit the centre and south - resulting from days of rain , officials said ."
    assert joined_hyphens(text) == text


def test_a_ceasefire_written_with_a_split_hyphen_is_an_event():
    evs = events_of("The Malian army on Sunday announced a three - day cease - fire with the rebels in the north , "
                    "officials said .")
    got = [e for e in evs if e.cameo.startswith("087")]
    assert got and got[0].source.code == "MLIMIL", dump(evs)


def test_an_unlisted_commission_is_the_state_body_of_the_clause_country():
    evs = events_of("The Independent Boundaries Commission rejected the opposition's complaint about the vote in "
                    "Zambia.")
    got = at(evs, "rejected")
    assert got and got[0].source.code == "ZMBGOV", dump(evs)
    assert got[0].source.text == "Independent Boundaries Commission"
    assert "its name names no country" in got[0].source.why


def test_an_unlisted_liberation_front_is_a_rebel_group_of_the_clause_country():
    evs = events_of("The Ogoni Liberation Front attacked a police station in the south of Nigeria.")
    got = at(evs, "attacked")
    assert got and got[0].source.code == "NGAREB", dump(evs)


def test_the_head_of_a_name_closes_the_part_before_for():
    evs = events_of("The Commission for Public Complaints accused the police in Malawi of torturing detainees.")
    got = at(evs, "accused")
    assert got and got[0].source.code == "MWIGOV", dump(evs)
    assert got[0].source.text == "Commission for Public Complaints"


def test_a_name_of_a_body_above_the_states_gets_no_country_body():
    evs = events_of("The International Lakes Commission criticised the government of Uganda.")
    got = at(evs, "criticised")
    assert not got or not (got[0].source and got[0].source.code == "UGAGOV"), dump(evs)


def test_an_unlisted_company_is_a_business_of_the_country_its_sentence_names():
    evs = events_of("Indian regulators opened an investigation into Tata Motors on Monday.")
    got = at(evs, "opened")
    assert got and got[0].target is not None and got[0].target.code == "INDBUS", dump(evs)
    assert got[0].target.text == "Tata Motors"


def test_a_surrender_in_a_village_in_a_named_country_is_towards_its_state():
    evs = events_of("Two hundred Ugandan rebels surrendered on Friday in a village in western Uganda.")
    got = at(evs, "surrendered")
    assert got and got[0].target is not None and got[0].target.code == "UGA", dump(evs)
    assert "surrendered in" in got[0].rule


def test_concerns_conveyed_are_a_pessimistic_comment():
    evs = events_of("The Turkish embassy conveyed its concerns about the new visa rules on Tuesday.")
    got = at(evs, "conveyed")
    assert got and got[0].cameo == "012" and got[0].source.code == "TURGOV", dump(evs)


def test_a_mediation_is_aimed_at_the_sides_of_the_rift_it_is_to_resolve():
    evs = events_of("The Omani foreign minister on Monday launched a mediation effort to resolve the rift between "
                    "Iran and Saudi Arabia.")
    got = [e for e in evs if e.cameo == "045"]
    assert {e.target.code for e in got if e.target is not None} == {"IRN", "SAU"}, dump(evs)
    assert all("a side of the quarrel the mediation is between ('rift')" in e.rule for e in got)


def test_a_halted_mediation_in_a_national_conflict_is_aimed_at_that_country():
    evs = events_of("The African Union ended its mediation efforts in the Sudanese conflict on Friday.")
    got = [e for e in evs if e.cameo == "165"]
    assert got and got[0].target is not None and got[0].target.code == "SDN", dump(evs)


def test_a_mediation_never_targets_the_mediator():
    evs = events_of("Qatar launched a mediation effort to end the dispute between Qatar and Bahrain.")
    got = [e for e in evs if e.cameo == "045"]
    assert got and all(e.target is None or e.target.code != "QAT" for e in got), dump(evs)


def test_an_eased_curfew_is_aimed_at_the_people_it_was_imposed_on():
    evs = events_of("The government decided to ease curfew hours imposed in parts of North Sinai.")
    got = [e for e in evs if e.cameo.startswith("081")]
    assert got and got[0].target is not None and got[0].target.code == "EGYCVL", dump(evs)
    assert "the ones the eased measure was imposed on" in got[0].rule
