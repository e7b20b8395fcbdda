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


def test_invisible_marks_are_spaces_in_the_parsers_copy():
    """Direction marks and overrides, isolates, word joiners and byte-order marks beside words (text pasted from
    right-to-left pages) were words to the parser: the sentence had no verb and no event, with no word why."""
    from eventwire.pipeline import parse_text
    text = "\ufeffChile \u202eaccused \u200ePeru\u2069 of\u2060 spying."
    got = parse_text(text)
    assert len(got) == len(text) and got.split() == ["Chile", "accused", "Peru", "of", "spying."]
    assert parse_text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"


def test_a_sentence_with_direction_marks_is_coded_as_without_them():
    from eventwire.model import Document
    from eventwire.pipeline import default_pipeline
    pipe = default_pipeline()
    plain = "Chile accused Peru of violating the border agreement. Norway praised Kenya on Monday."
    marked = " \u202e".join(plain.split())
    (a,), (b,) = pipe.code([Document(id="p", text=plain)]), pipe.code([Document(id="m", text=marked)])
    assert [(e.cameo, e.source.code, e.target.code) for e in b.events] \
        == [(e.cameo, e.source.code, e.target.code) for e in a.events] == [("112", "CHL", "PER"), ("051", "NOR", "KEN")]


def test_a_raw_control_character_inside_a_json_string_keeps_the_record():
    """A tab or NUL written as itself inside a JSON string (hand-made or exported JSONL) made the whole record
    'malformed JSON' and its text was lost; it is read as written and noted. A line cut short stays failed."""
    import io

    from eventwire.ingest.jsonl import read_jsonl_stream
    raw = (b'{"id": "t", "text": "Chile\tpraised Peru."}\n{"id": "n", "text": "Chile\x00 praised Peru."}\n'
           b'{"id": "b", "text": "Chile\x07 praised\n{"id": "c", "text": "Chile praised Peru."}\n')
    docs = list(read_jsonl_stream(io.BytesIO(raw), "ctl.jsonl"))
    assert [d.id for d in docs][:2] == ["t", "n"] and [d.status for d in docs][:2] == ["ok", "ok"]
    assert "praised Peru" in docs[0].text and "praised Peru" in docs[1].text
    assert docs[0].meta.get("raw_control_characters")
    assert docs[2].status == "failed" and docs[2].reason.startswith("malformed JSON")
    assert docs[3].id == "c" and docs[3].status == "ok"
