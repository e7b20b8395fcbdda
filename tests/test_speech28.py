"""Sources and targets of speech acts (issue 14 items 4-5, speech28): demands for a party's withdrawal, claims and
warnings whose "that" clause is passive or told by a verb of claiming, "have only themselves to blame", warring
parties. Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_demanded_withdrawal_is_made_of_the_party_that_withdraws():
    evs = events_of("Saudi Arabia demanded the withdrawal of Iranian forces from southern Yemen on Tuesday.")
    got = at(evs, "demanded")
    assert got and got[0].target is not None and got[0].target.country == "IRN", dump(evs)
    assert "demanded_mover" in got[0].rule


def test_withdrawal_demanded_in_an_as_clause():
    evs = events_of("The accord is meant to secure the pullout of Hezbollah fighters from the frontier, "
                    "as demanded by Israel.")
    got = at(evs, "demanded")
    assert got and got[0].source.code == "ISR", dump(evs)
    assert got[0].target is not None and got[0].target.code != "ISR" and "Hezbollah" in got[0].target.text, dump(evs)


def test_appeal_made_to_a_named_party_keeps_it():
    evs = events_of("The Lebanese president appealed to France for the departure of Syrian troops from the valley.")
    got = at(evs, "appealed")
    assert got and got[0].target is not None and got[0].target.country == "FRA", dump(evs)


def test_claim_in_a_statement_is_aimed_at_the_passive_agent():
    evs = events_of("In a statement on Friday, the Taliban claimed that the girls' school was funded by Qatar.")
    got = at(evs, "statement")
    assert got and got[0].target is not None and got[0].target.code == "QAT", dump(evs)
    assert "the agent of the 'that' clause" in got[0].rule


def test_plain_statement_is_about_its_content_not_a_claim():
    # (session 30, stmttgt30: a plain "said" is no claim, but the statement is about the one party its content names:
    # coding/said_about.py, not that_clause_target's claim reading)
    evs = events_of("In a statement on Friday, the Taliban said that the girls' school was funded by Qatar.")
    got = at(evs, "statement")
    assert got and got[0].target is not None and got[0].target.code == "QAT", dump(evs)
    assert "is about" in got[0].rule and "the agent of the 'that' clause" not in got[0].rule


def test_accusation_about_a_passive_clause_is_aimed_at_its_agent():
    evs = events_of("Kenya charged that its border posts had been shelled by Somali troops.")
    got = at(evs, "charged")
    assert got and got[0].target is not None and got[0].target.code == "SOMMIL", dump(evs)
    assert "the agent of the 'that' clause" in got[0].rule


def test_only_themselves_to_blame_names_the_blamed():
    evs = events_of("The Dutch government's position was that Dutch citizens who joined the militants had only "
                    "themselves to blame.")
    got = at(evs, "blame")
    assert got and got[0].target is not None and got[0].target.code == "NLDCVL", dump(evs)
    assert got[0].source is None or got[0].source.sector == "GOV", dump(evs)


def test_warring_parties_are_no_political_party():
    evs = events_of("The UN envoy appealed to the warring parties in Libya to respect the truce.")
    got = at(evs, "appealed")
    assert got and (got[0].target is None or got[0].target.sector != "PTY"), dump(evs)


def test_bare_government_blaming_its_own_people_is_the_story_country():
    evs = events_of("The British home secretary met police chiefs in London on Monday. The initial government line was "
                    "that British women who travelled to join the militants had only themselves to blame.")
    got = at(evs, "blame")
    assert got and got[0].source is not None and got[0].source.code == "GBRGOV", dump(evs)
    assert got[0].target is not None and got[0].target.code == "GBRCVL", dump(evs)


def test_statement_that_says_what_its_author_urged_is_one_event():
    evs = events_of("A statement from the Kenyan foreign ministry said the minister condemned the attack on the "
                    "Somali border post.")
    assert at(evs, "condemned"), dump(evs)
    assert not [e for e in evs if e.cameo == "010"], dump(evs)


def test_bare_critics_of_a_state_leader_are_its_opposition():
    evs = events_of("Critics accused President Macron of arrogance after the speech in Marseille.", date="2021-05-04")
    got = at(evs, "accused")
    assert got and got[0].source is not None and got[0].source.code == "FRAOPP", dump(evs)
    assert got[0].target is not None and got[0].target.code == "FRAGOV", dump(evs)


def test_critics_with_a_phrase_of_their_own_are_left_to_it():
    evs = events_of("Critics of the deal in Brussels accused President Macron of arrogance.", date="2021-05-04")
    got = at(evs, "accused")
    assert not got or got[0].source is None or got[0].source.code != "FRAOPP", dump(evs)
