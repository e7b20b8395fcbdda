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


MEMO_TEXT = ("Officials said the militia would not release the hostages unless the government paid. Villagers with "
             "links to the rebels were detained after the raid. Nor did the ministry confirm whether troops had "
             "withdrawn. The mediation effort failed to stop the shelling, and dozens of families fled to the "
             "coast. Whoever planted the bomb wants to derail the ceasefire talks.")


def test_answers_kept_per_word_are_those_of_the_work_they_replace(nlp):
    from eventwire.coding import clause_args, clause_modality, embedded_acts, modality, people_ties
    doc = nlp(MEMO_TEXT)
    for t in doc:
        for fn in (clause_args.subject_of, modality.status, modality.inherited_status, clause_modality.modality,
                   people_ties.people_noun, people_ties._ties):
            first = fn(t)
            assert first == fn.uncached(t), (fn.__name__, t.text)
            assert fn(t) is first                      # the second ask reads the kept answer
        assert embedded_acts.embedded(t, t.head, t.dep_) == embedded_acts.embedded.uncached(t, t.head, t.dep_)
        assert clause_args.subject_of(t, 3) == clause_args.subject_of.uncached(t, 3)
    assert "eventwire.subject_of" in doc.user_data and "eventwire.status" in doc.user_data
    other = nlp(MEMO_TEXT)                             # another document of the same words: answers of its own
    assert "eventwire.subject_of" not in other.user_data
    subj = clause_args.subject_of(other[7])            # ("release": its subject "the militia", of this document)
    assert subj[0] is None or subj[0].doc is other


def test_per_token_keeps_one_answer_per_word_and_arguments(nlp):
    from eventwire.doc_index import per_token
    calls = []

    @per_token("eventwire.test_memo")
    def lower_with(tok, suffix=""):
        calls.append((tok.i, suffix))
        return tok.lower_ + suffix

    doc = nlp("Rebels shelled the town.")
    assert [lower_with(t) for t in doc] == ["rebels", "shelled", "the", "town", "."]
    assert [lower_with(t) for t in doc] == ["rebels", "shelled", "the", "town", "."]
    assert lower_with(doc[0], "!") == "rebels!" and lower_with(doc[0], "!") == "rebels!"
    assert calls == [(i, "") for i in range(5)] + [(0, "!")]


def test_phrase_matches_kept_per_text_are_those_at_each_offset():
    from eventwire.knowledge.actors import default_kb
    kb = default_kb()
    for text in ("the Iraqi army and Kurdish forces", "Nato officials in Brussels", "pro-government militias",
                 "Assad critics", "the UN security council"):
        for start in (0, 37, 1200):
            got = kb._phrase_matches(text, start)
            assert got == kb._phrase_matches_at(text, start)
            for part in got:                           # each call gets its own lists
                for _, _, cands in part:
                    cands.clear()
                part.clear()
            assert kb._phrase_matches(text, start) == kb._phrase_matches_at(text, start)


def test_text_positions_are_the_tokens_of_that_text(nlp):
    from eventwire.doc_index import text_positions
    doc = nlp("Okonkwo met Adeyemi in Lagos. Later Okonkwo said Adeyemi, okonkwo and Okonkwo's aide had left Lagos.")
    for word in {t.text for t in doc} | {"Nobody", "okonkwo", ""}:
        assert text_positions(doc, word) == [t.i for t in doc if t.text == word]
    assert text_positions(nlp(""), "Okonkwo") == []


def test_backers_of_a_sentence_without_supporters_need_no_mentions():
    from eventwire.knowledge.home_force import _backer_countries

    class NoMentions:
        @property
        def mentions(self):
            raise AssertionError("read the document's mentions")

    import spacy
    nlp = spacy.blank("en")
    doc = nlp("Government troops fought rebels near the river.")
    doc[0].is_sent_start = True
    for t in doc[1:]:
        t.is_sent_start = False
    assert _backer_countries(doc[:], NoMentions()) == set()


def test_document_sentences_listed_once_are_spacys(nlp):
    doc = nlp(TEXT)
    before = [(s.start, s.end, s.text) for s in doc.sents]
    index_sentences(doc)
    assert [(s.start, s.end, s.text) for s in doc.sents] == before
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in doc.sents]
    assert next(iter(doc.sents)) is next(iter(doc.sents))      # (no spans built again)
    assert doc[3].sent is list(doc.sents)[0]


def test_the_parsed_text_is_the_documents_text(nlp):
    from eventwire.nlp import doc_text, parse_with
    texts = [TEXT, "  Two  spaces\n\nand a blank line ", "Tab\tand\r\nline ends.", "\u00a0A leading no-break space."]
    docs = list(parse_with(nlp, texts, batch_size=2))
    for text, doc in zip(texts, docs):
        assert doc.user_data["eventwire.text"] == (len(doc), text)
        assert doc_text(doc) == doc.text == text
