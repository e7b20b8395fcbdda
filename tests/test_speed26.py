"""Speed work of session 26 (issue 16): the shortcuts give what the slow paths gave. resolve_phrase's answer is
kept per phrase text (and date, countries, the story's name clashes) and shifted to each offset, a fresh copy each
call; the whole-document passes read the token arrays (doc_index.token_starts, word_lowers, nouns_by_lemma,
nouns_among, dep_children from HEAD/DEP); norm_text translates a whole text with a table. Text written for this
test; nothing here times anything."""
from __future__ import annotations

from eventwire.doc_index import dep_children, lemma_lowers, nouns_among, nouns_by_lemma, token_starts, word_lowers
from eventwire.knowledge.actor_records import _fold_char, norm_text
from eventwire.knowledge.actors import default_kb
from eventwire.nlp import load

TEXT = ("Rebel fighters shelled the district near Aleppo on Monday, and the government said its troops had retaken "
        "two towns and a strip of land. The ministry’s spokesman denied the claims. “We hold the area,” he said, as "
        "aid agencies warned that the towns were short of food.")


def test_arrays_match_the_tokens():
    doc = load()(TEXT)
    assert token_starts(doc) == [t.idx for t in doc]
    assert word_lowers(doc) == [t.lower_ for t in doc]
    assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
    want: dict = {}
    for t in doc:
        if t.pos_ == "NOUN":
            want.setdefault(t.lemma_.lower(), []).append(t.i)
    assert nouns_by_lemma(doc) == want and nouns_by_lemma(doc) is nouns_by_lemma(doc)
    words = ("town", "land", "strip", "area", "town")          # (a word twice: each noun once)
    assert nouns_among(doc, words) == [t.i for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in set(words)]
    assert nouns_among(doc, words)                            # (the text has such nouns)
    kids = dep_children(doc)
    assert [list(k) for k in kids] == [[(c.i, c.dep_) for c in t.children] for t in doc]


def test_children_with_heads_on_both_sides():
    # a head after its word gives a negative offset in the HEAD array (stored unsigned)
    doc = load()("Angry residents in the northern town blocked the road.")
    kids = dep_children(doc)
    blocked = next(t for t in doc if t.lower_ == "blocked")
    assert (next(t for t in doc if t.lower_ == "residents").i, "nsubj") in kids[blocked.i]
    assert all(i != t.i for t in doc for i, _ in kids[t.i])


def test_norm_text_folds_each_character_as_before():
    text = "Ré­fugiés in Zürich – “Café” São Paulo’s Ñandú\u00a0İstanbul ǅ ﬁ Ⅻ \u2212 Łódź\n"
    assert norm_text(text) == "".join(_fold_char(c) for c in text)
    assert len(norm_text(text)) == len(text)
    assert norm_text("Plain ASCII Text`s\tend") == "plain ascii text's end"


def test_resolved_phrase_kept_per_text_and_shifted():
    kb = default_kb()
    first = kb.resolve_phrase("Iraqi troops", 0, "2016-06-26", ())
    again = kb.resolve_phrase("Iraqi troops", 120, "2016-06-26", ())
    assert first is not None and again is not None and first is not again
    assert (first.code, first.why, first.text) == (again.code, again.why, again.text)
    assert (again.start, again.end) == (first.start + 120, first.end + 120)
    first.why += "; changed by its caller"                   # (a caller may change its copy in place)
    first.start = 999
    third = kb.resolve_phrase("Iraqi troops", 0, "2016-06-26", ())
    assert "changed by its caller" not in third.why and third.start == again.start - 120
    # the cached answer equals the one worked out afresh, at any offset
    for text, at in (("the Syrian army", 40), ("pro-Assad militias", 7), ("the Malawi Revenue Commission", 0),
                     ("Nato chief Jens Stoltenberg", 300), ("the rebels", 5)):
        kept = kb.resolve_phrase(text, at, "2019-01-01", ("SYR",))
        fresh = kb._resolve_at(text, at, "2019-01-01", ("SYR",))
        assert repr(kept) == repr(fresh), text
    assert kb.resolve_phrase("nothing at all here", 0, None, ()) is None
