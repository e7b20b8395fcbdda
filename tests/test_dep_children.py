"""The per-document index of each word's children (doc_index.dep_children, issue 16): the same children, with the
same labels, in the same order as spaCy's Token.children, and the first child by label (child_with, the coder's
`_child`) and preps_of read from it as they read Token.children. Text written for this test."""
from __future__ import annotations

from eventwire.coding.clause_args import preps_of
from eventwire.coding.clause_record import _child
from eventwire.doc_index import child_with, dep_children
from eventwire.nlp import load

TEXT = ("Militants loyal to the former governor attacked a convoy near Kismayo on Tuesday, and the army said it had "
        "been warned by villagers. Chile gave Peru a list of demands. The envoy was summoned by the foreign ministry "
        "in Lima over remarks about its ties to the rebels.")


def test_children_index_matches_spacy_children():
    doc = load()(TEXT)
    kids = dep_children(doc)
    assert len(kids) == len(doc)
    for t in doc:
        assert list(kids[t.i]) == [(c.i, c.dep_) for c in t.children]
        for deps in ({"nsubj"}, {"dobj", "nsubjpass"}, {"prep", "agent"}, {"pobj"}, {"xyz"}):
            want = next((c for c in t.children if c.dep_ in deps), None)
            got = child_with(t, deps)
            assert (got.i if got is not None else None) == (want.i if want is not None else None)
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert _child(attacked, {"nsubj"}).lower_ == "militants"
    assert _child(attacked, {"dobj"}).lower_ == "convoy"
    assert _child(attacked, {"nsubjpass"}) is None


def test_preps_of_reads_the_index():
    doc = load()(TEXT)
    summoned = next(t for t in doc if t.lower_ == "summoned")
    got = {k: v.text for k, v in preps_of(summoned).items()}
    assert got.get("by") == "ministry"
    gave = next(t for t in doc if t.lower_ == "gave")
    assert preps_of(gave).get("to").text == "Peru"        # the indirect object
    assert preps_of(None, attacked := next(t for t in doc if t.lower_ == "attacked")).get("near").text == "Kismayo"
    assert dep_children(doc) is dep_children(doc)         # built once per document


def test_lemma_lowers_are_the_tokens_lemmas():
    from eventwire.doc_index import lemma_lowers
    doc = load()("Gunmen Were Fighting in the hills while the UN envoys flew to Nairobi.")
    assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
    assert "fight" in lemma_lowers(doc)
