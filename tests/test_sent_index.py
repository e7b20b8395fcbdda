"""The sentence index (coding/sent_index.py): the sentences a stage looks back over, found by bisection, are the
parser's own sentences. Text written for this test."""
from __future__ import annotations

from eventwire.coding.sent_index import sentence_at, sentence_number, sentences_back
from eventwire.nlp import load


def test_sentences_back_are_the_parsers_sentences():
    doc = load()("Talks opened in Doha on Monday. The envoy met both delegations. Rebels shelled a depot near Idlib. "
                 "The ministry denied the report. Observers said the truce held.")
    sents = list(doc.sents)
    assert len(sents) == 5
    for k, s in enumerate(sents):
        assert sentence_number(doc, s.start) == k and sentence_number(doc, s.end - 1) == k
        assert (sentence_at(doc, k).start, sentence_at(doc, k).end) == (s.start, s.end)
    got = sentences_back(sents[3], 2)
    assert [(s.start, s.end) for s in got] == [(s.start, s.end) for s in sents[1:4]]
    assert [(s.start, s.end) for s in sentences_back(sents[1], 12)] == [(s.start, s.end) for s in sents[:2]]
