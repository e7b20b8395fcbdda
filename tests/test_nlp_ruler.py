"""Issue 16: eventwire's table form of spaCy's attribute ruler annotates exactly as spaCy's own does."""
import spacy

from eventwire import nlp as ew_nlp

TEXTS = [
    "The minister said that he would not resign, but the party's leaders had already met twice.",
    "We ain't gonna sign it, y'all know that. Let's wait; they'd rather go home, gotta say.",
    "There were   three of them.\n\nIt's here and I'd have done it myself, said the officer in Basra.",
    "THE ARMY SHELLED THE TOWN ON MONDAY. nothing was left of it, somebody told us.",
    "Those who gets there first got the prize; this is what she did with hers and theirs.",
]


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_table_ruler_matches_spacys_ruler():
    ours = ew_nlp.load()
    stock = spacy.load(ew_nlp.MODEL)
    ruler = ours.get_pipe("attribute_ruler")
    assert type(ruler).match is not ruler.match        # the table is in use, not spaCy's Matcher
    for text in TEXTS:
        assert _annotations(ours(text)) == _annotations(stock(text)), text


def test_ruler_sets_pos_and_lemma_from_its_rules():
    doc = ew_nlp.load()("They would not go, and we ain't going either.")
    by_text = {t.text: t for t in doc}
    assert by_text["not"].pos_ == "PART" and by_text["not"].lemma_ == "not"      # RB + 'not' rule
    assert by_text["would"].pos_ == "AUX"
    assert by_text["ai"].lemma_ == "be"                                            # the two-token 'ai' + "n't" rule


def test_long_run_check_agrees_with_the_text_search():
    """The sentence cap's test for a run of MAX_SENTENCE_TOKENS * 4 characters with no sentence end, read from token
    ids and offsets, says what the regular expression says on the joined text, at and around the limit."""
    tok = ew_nlp.load().tokenizer
    need = ew_nlp.MAX_SENTENCE_TOKENS * 4
    word = "convoy, "
    texts = []
    for n in (need - 2, need - 1, need, need + 1):
        run = (word * (n // len(word) + 1))[:n]
        texts += [run, "Go. " + run, run + "? Yes.", "A.B. " + run + " U.S.", "Stop!" + run + "!done",
                  "Stop!" + run[:-1] + "?x"]
    texts += ["The army shelled the town. " * 40, "names, " * 200, ""]
    for text in texts:
        doc = tok(text)
        assert ew_nlp._has_long_run(doc) == bool(ew_nlp._LONG_RUN.search(doc.text)), (len(text), text[:40])
    assert ew_nlp._has_long_run(tok("names, " * 200))
    assert not ew_nlp._has_long_run(tok("The army shelled the town. " * 40))


def test_table_lemmatizer_matches_spacys_lemmatizer():
    """Issue 16: the lemmatizer's table (one lemma per word, part of speech and morphology) gives every token the
    lemma spaCy's own lemmatizer gives it, on first sight of a word and again from the table."""
    ours = ew_nlp.load()
    lem = ours.get_pipe("lemmatizer")
    assert type(lem).__call__ is not type(lem).__mro__[1].__call__      # the table is in use
    stock = spacy.load(ew_nlp.MODEL)
    texts = ["The rebels were shelling the villages; the villagers fled, and the shelled houses burned.",
             "She'd written letters. They're writing better ones, the best they have ever written.",
             "Geese, mice and oxen were counted by the busiest counters in the wettest months.",
             "The rebels were shelling the villages again."]          # the same words again: from the table
    for text in texts + texts:
        assert [(t.text, t.lemma_) for t in ours(text)] == [(t.text, t.lemma_) for t in stock(text)], text
    docs = list(ours.pipe(texts, batch_size=2))
    lemma = {t.text: t.lemma_ for t in docs[0]}
    assert (lemma["were"], lemma["villages"], lemma["fled"], lemma["houses"]) == ("be", "village", "flee", "house")


def test_index_list_answers_as_a_list():
    words = ["army", "town", "army", "Basra"]
    index = ew_nlp._IndexList(words)
    assert index == words and isinstance(index, list)
    for w in ("army", "town", "Basra", "basra", "", "armies"):
        assert (w in index) == (w in words)
