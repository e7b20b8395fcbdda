"""'called for X to V' read as 'called for[prep] X' also where the parser made "for" the infinitive's mark and X its
subject (coding/for_subject.py, asked by coding/clauses.verb_clause; issue 14). Every sentence here was written for
these tests."""
from __future__ import annotations

from eventwire.coding.for_subject import for_clause_subject
from eventwire.nlp import load
from coded_sentences import events_on


events_of = events_on("2021-04-01", checked=False)


def _verb(text: str, word: str):
    doc = load()(text)
    return next(t for t in doc if t.text == word)


def test_the_subject_of_a_for_clause_the_parser_marked():
    verb = _verb("Kenyan bishops called for Uganda to release the activists.", "called")
    subj = for_clause_subject(verb)
    assert subj is not None and subj.text == "Uganda"


def test_no_one_for_a_dummy_subject():
    assert for_clause_subject(_verb("The opposition called for it to be investigated.", "called")) is None


def test_an_appeal_for_a_named_state_to_act_is_aimed_at_it():
    evs = [e for e in events_of("Kenyan bishops called for Uganda to release the activists.") if e.trigger_text == "called"]
    assert evs and evs[0].cameo.startswith("02") and evs[0].target is not None and evs[0].target.code == "UGA"


def test_a_passive_for_clause_names_no_one_called_on():
    verb = _verb("Rights groups have called for the detained lawyers to be released.", "called")
    assert for_clause_subject(verb) is None


def test_an_appeal_for_authorities_to_act_names_them():
    evs = [e for e in events_of("Amnesty International called for Iranian authorities to free the detained lawyer.")
           if e.trigger_text == "called"]
    assert evs and evs[0].source.code == "NGOHRIAMN" and evs[0].target is not None and evs[0].target.code == "IRNGOV"


def test_a_call_for_calm_still_has_no_target():
    evs = [e for e in events_of("The Chilean bishops called for calm after the clashes.") if e.trigger_text == "called"]
    assert evs and evs[0].target is None


def test_a_thing_in_the_for_clause_is_no_one_called_on():
    verb = _verb("The decree calls for construction to begin on the new dam.", "calls")
    assert for_clause_subject(verb) is None
