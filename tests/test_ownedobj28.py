"""Targets of responses to a proposal whose author the story gives (coding/proposal_author.py): a definite proposal
noun with no author of its own answers the subject of the verb that put it forward earlier in the story ("unveiled a
plan", "put forward a proposal", "tabled a motion"); a body of several members backing or opposing a named person's
proposal aims at that person, though both are one state's government."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


def target_of(evs, word):
    got = at(evs, word)
    assert got, dump(evs)
    return got[0].target


@pytest.mark.parametrize("text, word, code", [
    ("The European Commission put forward a proposal to share the cost of guarding the bloc's borders. "
     "Hungary rejected the proposal on Tuesday, calling it an attack on its sovereignty.", "rejected", "IGOEUREEC"),
    ("Spain's opposition Socialists tabled a motion to halt arms sales to Riyadh. "
     "The Portuguese government backed the motion a day later.", "backed", "ESPOPP"),
    ("Tokyo drew up a blueprint for joint patrols in the disputed waters last month. "
     "Beijing denounced the blueprint as a provocation.", "denounced", "JPN"),
])
def test_the_one_who_put_the_proposal_forward_is_its_author(text, word, code):
    t = target_of(events_of(text), word)
    assert t is not None and t.code.startswith(code), t
    assert "named with it earlier in the story" in t.why


def test_the_author_is_found_past_a_bare_mention():
    evs = events_of("Hungary put forward a proposal to close the route. Hungary later withdrew its support for the "
                    "proposal, and Austria rejected the proposal.")
    t = target_of(evs, "rejected")
    assert t is not None and t.code == "HUN", dump(evs)


def test_a_cabinet_backing_the_prime_ministers_warning_aims_at_her():
    evs = events_of("The Australian cabinet unanimously backed Scott Morrison's warning that the country would "
                    "not accept new tariffs.")
    t = target_of(evs, "backed")
    assert t is not None and t.code == "AUSGOV" and "Morrison" in (t.text or ""), dump(evs)


def test_a_spokesman_defending_his_ministers_plan_is_no_dyad():
    evs = events_of("The Kenyan interior ministry defended its plan to close the camp.")
    for e in at(evs, "defended"):
        assert e.target is None, dump(evs)


@pytest.mark.parametrize("text, code", [
    ("Slovakia refused to join a resettlement programme run by the European Union.", "IGOEUR"),
    ("The African Union passed a resolution on the border dispute in May. Asmara has refused to implement the "
     "resolution.", "IGOAFR"),
])
def test_refusing_to_join_or_implement_a_proposal_aims_at_its_author(text, code):
    evs = events_of(text)
    t = target_of(evs, "refused")
    assert t is not None and t.code.startswith(code), dump(evs)
