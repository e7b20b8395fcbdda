"""Precision (issue 14): acts that are only the content of a claim, an insistence, an accusation or an estimate
(coding/nonevent.py: `claimant`, `estimated`, `_alleged_of`), and the reports next to them that stay coded.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_of, at


@pytest.mark.parametrize("text, word", [
    # what a party insists about another side is its claim, not an act
    ("Moscow insisted on Friday that Damascus was committed to the ceasefire.", "committed"),
    ("The Ethiopian minister insisted that Eritrea had armed the rebels in Tigray.", "armed"),
    # the content of a claim or an allegation named by a noun
    ("Nairobi's claim that Somali troops had shelled the border post angered Mogadishu.", "shelled"),
    # the second "of" phrase of an accusation, which the parser hangs on the verb above
    ("Many Syrians also distrust the NDF and Hezbollah, which they accuse of nursing sectarian aims and of "
     "cooperating with Tehran, in particular helping the army seize Qusayr in 2013.", "cooperating"),
    # an estimate of a toll with nobody said to have done it: a figure, not an act
    ("Officials estimate that 300 villagers were killed in the fighting.", "killed"),
    ("Aid workers believe that dozens of prisoners were tortured last year.", "tortured"),
])
def test_claimed_content_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), [(e.cameo, e.trigger_text, e.rule) for e in evs]


@pytest.mark.parametrize("text, word, root", [
    # a side insisting on its own act stays a report
    ("The Ethiopian army insisted that its troops had captured the town of Adigrat.", "captured", "19"),
    # an estimate that names who did it stays a report of the act
    ("Monitors estimate that Russian jets killed 200 civilians in Idlib.", "killed", "19"),
    # a relative clause inside a belief tells a fact, not the belief
    ("The migrants believed that the governments that were backing the opposition could shelter them.", "backing", "05"),
    # a plain report by a named source stays
    ("Police said gunmen killed three soldiers in Mosul on Sunday.", "killed", "19"),
    # the accusation itself is the act, aimed at the accused
    ("Egypt accused Qatar of supporting militants in Libya.", "accused", "112"),
])
def test_report_stays(text, word, root):
    evs = events_of(text)
    hits = at(evs, word)
    assert hits and any(e.cameo.startswith(root) for e in hits), [(e.cameo, e.trigger_text, e.rule) for e in evs]


def test_second_of_phrase_read_as_conjunct():
    """The parser sometimes reads the second "of" of an accusation as a conjunct of the accusing verb; a parse
    built by hand, as the small model gives it in some articles."""
    from spacy.tokens import Doc
    import spacy
    from eventwire.coding.nonevent import _alleged_of
    words = ["They", "accuse", "the", "militia", "of", "hoarding", "aid", "and", "of", "cooperating", "with", "Iran"]
    heads = [1, 1, 3, 1, 1, 4, 5, 1, 1, 8, 9, 10]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj", "cc", "conj", "pcomp", "prep", "pobj"]
    lemmas = ["they", "accuse", "the", "militia", "of", "hoard", "aid", "and", "of", "cooperate", "with", "Iran"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert _alleged_of(doc[9]) is not None
    assert _alleged_of(doc[5]) is None          # (the first phrase is read in coding/clause_modality.py)
    words2 = ["They", "visited", "the", "town", "and", "of", "course", "met", "the", "mayor"]
    doc2 = Doc(spacy.blank("en").vocab, words=words2, heads=[1, 1, 3, 1, 1, 1, 5, 1, 9, 7],
               deps=["nsubj", "ROOT", "det", "dobj", "cc", "conj", "pobj", "conj", "det", "dobj"],
               lemmas=["they", "visit", "the", "town", "and", "of", "course", "meet", "the", "mayor"])
    assert _alleged_of(doc2[7]) is None


def test_comparison_inside_claim_is_not_claimed():
    """ "insisted that civilians were not shelled, as they have been in Homs over months of airstrikes": the
    comparison is the writer's fact, not part of the claim."""
    from eventwire import nlp
    from eventwire.coding.nonevent import _reported_by
    doc = nlp.load()("The students insisted that civilians were not shelled in Afrin, as they have been in Homs "
                     "over months of airstrikes by Syrian jets.")
    shelled = next(t for t in doc if t.text == "shelled")
    strikes = next(t for t in doc if t.text == "airstrikes")
    assert _reported_by(shelled, ("claim",)) is not None
    assert _reported_by(strikes, ("claim",)) is None
    doc = nlp.load()("The ministry claims the letter was written so as to support the rebels in Homs.")
    assert _reported_by(next(t for t in doc if t.text == "support"), ("claim",)) is not None
