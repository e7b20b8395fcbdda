"""Work done once per document or once per word instead of on every call (issue 16): the answers stay those of the
work it replaces."""
from __future__ import annotations

import pytest

from eventwire.coding.lexicon import Lexicon
from eventwire.nlp import index_sentences

HEADER = "id\tpos\tlemma\tparticle\tobject\tprep\ttarget\tcameo\texample\n"

TEXT = ("The minister visited the border town on Monday. Rebels shelled two villages near the river, and the army "
        "answered with air strikes. Talks will resume in the capital next week! Who pays for the damage?")


def test_token_and_span_sentences_from_the_index_are_spacys(nlp):
    doc = nlp(TEXT)
    before_tok = [(t.sent.start, t.sent.end) for t in doc]
    spans = [doc[i:j] for i in range(0, len(doc), 3) for j in (i + 1, i + 4) if j <= len(doc)]
    before_span = [(s.sent.start, s.sent.end) for s in spans]
    assert len({x for x in before_tok}) == 4          # (four sentences: the test would see a wrong one)
    index_sentences(doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert [(t.sent.start, t.sent.end) for t in doc] == before_tok
    assert [(s.sent.start, s.sent.end) for s in spans] == before_span
    assert [t.sent.text for t in doc][-1] == "Who pays for the damage?"
    index_sentences(doc)                               # a second call keeps the first index
    assert [(t.sent.start, t.sent.end) for t in doc] == before_tok


def test_a_document_without_sentences_keeps_spacys_answer(nlp):
    from spacy.tokens import Doc
    doc = Doc(nlp.vocab, words=["no", "parse", "here"])
    index_sentences(doc)
    assert "sent" not in doc.user_token_hooks
    with pytest.raises(ValueError):
        doc[0].sent                                    # spaCy's own error: no sentence boundaries


def _lex(tmp_path, rows: str) -> Lexicon:
    f = tmp_path / "20_extra.tsv"
    f.write_text(HEADER + rows)
    return Lexicon.load(extra_paths=[f])


def test_verb_answers_kept_per_words_are_the_same_and_each_caller_gets_its_own_list(tmp_path):
    lex = _lex(tmp_path, "202.test-zorble\tV\tzorble\t-\t-\t-\tdobj\t202\tThe militia zorbled the village.\n")
    first = lex.match_verb("zorble", preps={"in"})
    assert [e.id for e in first] == ["202.test-zorble"]
    first.clear()                                      # a caller that changes its list changes no later answer
    assert [e.id for e in lex.match_verb("zorble", preps=["IN"])] == ["202.test-zorble"]
    assert lex.is_event_verb("zorble") and lex.is_event_verb("zorble")
    assert not lex.is_event_verb("daydream") and not lex.is_event_verb("daydream")
    assert lex.match_verb("daydream") == [] and lex.match_verb("daydream") == []


def test_rows_loaded_later_are_seen_by_the_kept_answers(tmp_path):
    lex = _lex(tmp_path, "202.test-zorble\tV\tzorble\t-\t-\t-\tdobj\t202\tThe militia zorbled the village.\n")
    assert lex.match_verb("blorf") == [] and not lex.is_event_verb("blorf")
    assert not lex.is_event_noun("blorfage")
    more = tmp_path / "more" / "20_more.tsv"
    more.parent.mkdir()
    more.write_text(HEADER + "202.test-blorf\tV\tblorf\t-\t-\t-\tdobj\t202\tThey blorfed the town.\n"
                    + "202.test-blorfage\tN\tblorfage\t-\t-\t-\tnone\t202\tThe blorfage of the town.\n")
    lex._load_file(more, user=True)
    assert [e.id for e in lex.match_verb("blorf")] == ["202.test-blorf"]
    assert lex.is_event_verb("blorf") and lex.is_event_noun("blorfage")


def test_subject_tests_of_a_row_are_worked_out_once(tmp_path):
    lex = _lex(tmp_path, "202.test-zorble\tV\tzorble\t-\t-\t-\tdobj\t202\tThe militia zorbled the village.\n")
    e = lex.by_id["202.test-zorble"]
    assert e.subj_tests == () and e.subj_tests is e.subj_tests
    assert e.subj_alts == frozenset()


def test_a_sentences_other_heads_are_its_own(nlp):
    """The coreference pass reads, beside a sentence's nouns, names and pronouns, the other tokens the coder resolved
    actors at: those of that sentence only, in order, found by position."""
    from eventwire.coding.coder import Coder
    from eventwire.model import Actor
    coder = Coder()
    doc = nlp("Russia said it was ready. Turkey reportedly agreed. France welcomed the deal.")
    ctx = coder.context(doc, "2020-01-01")
    co = ctx.coref
    sents = list(doc.sents)
    verbs = [t for t in doc if t.pos_ == "VERB"]
    a = Actor(code="TUR", country="TUR", text="x", start=0, end=1)
    for v in reversed(verbs):                          # (noted out of order, and twice)
        co.note(v, [a])
        co.note(v, [a])
    for s in sents:
        got = [t.i for t in co._tokens(s)]
        assert got == sorted(got)
        assert {t.i for t in co._tokens(s) if t.pos_ == "VERB"} == {v.i for v in verbs if s.start <= v.i < s.end}
    assert co.other_heads == sorted(v.i for v in verbs)


def test_lexical_noun_kinds_are_part_of_the_full_kinds_and_guard_the_implied_pact(nlp):
    """senses._word_kinds (argument_kinds.tsv by lemma and modifiers alone) is contained in noun_kinds and is where
    `agreement` comes from, so implied_pact can stop early when no noun before the verb has it."""
    from eventwire.coding.coder import Coder
    from eventwire.coding.senses import _word_kinds, implied_pact, noun_kinds
    coder = Coder()
    for text, verb, want in [
            ("Opponents of the fishing treaty have long demanded that Oslo pull out.", "pull", "treaty"),
            ("Critics of the trade deal in Lima urged the cabinet to withdraw.", "withdraw", "deal"),
            ("Residents of the valley begged the garrison to withdraw before winter.", "withdraw", None),
    ]:
        doc = nlp(text)
        for t in doc:
            if t.pos_ in ("NOUN", "PROPN"):
                assert _word_kinds(coder, t) <= noun_kinds(coder, t)
        v = next(t for t in doc if t.lower_ == verb)
        got = implied_pact(coder, v)
        assert (got[0] if got else None) == want, (text, got)
        if want:
            assert "agreement" in got[1]
