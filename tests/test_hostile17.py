"""Hostile input found in session 17's reliability sweep: each test holds the smallest input that showed it."""
from __future__ import annotations

import time

from eventwire.nlp import index_conjuncts

TEXT = ("Britain, France and Germany, and Italy or Spain condemned Iran, Iraq and Syria on Monday. The envoy met the "
        "minister and the general, who praised the talks and the truce and then left. Nobody else spoke.")


def test_conjuncts_from_the_index_are_spacys(nlp):
    doc = nlp(TEXT)
    before = [tuple(x.i for x in t.conjuncts) for t in doc]
    assert sum(1 for b in before if len(b) >= 2) >= 5      # (chains the test can see a wrong answer in)
    index_conjuncts(doc)
    assert "conjuncts" in doc.user_token_hooks
    assert [tuple(x.i for x in t.conjuncts) for t in doc] == before
    assert isinstance(doc[0].conjuncts, tuple)
    index_conjuncts(doc)                                    # a second call keeps the first index
    assert [tuple(x.i for x in t.conjuncts) for t in doc] == before


def test_a_long_chain_of_conjuncts_is_not_cubic(nlp):
    """One word on each of 3,000 lines: sentences of 150 tokens whose words the parser chains as conjuncts; spaCy's
    Token.conjuncts walks each conjunct's right subtree, and coreference asks it of every word (20,000 characters
    took 11 s of coreference before the index)."""
    doc = nlp("Gao\n" * 600)
    before = [tuple(x.i for x in t.conjuncts) for t in doc]
    index_conjuncts(doc)
    assert [tuple(x.i for x in t.conjuncts) for t in doc] == before


def test_one_place_name_on_thousands_of_lines_is_coded_in_bounded_time():
    from eventwire.model import CODED, Document
    from eventwire.pipeline import default_pipeline
    pipe = default_pipeline()
    pipe.code([Document(id="warm", text="Gao is calm.")])
    t0 = time.perf_counter()
    (res,) = pipe.code([Document(id="gao", text="Gao\n" * 3000)])
    assert res.status == CODED and time.perf_counter() - t0 < 60
