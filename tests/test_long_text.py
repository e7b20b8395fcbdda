"""A long text is parsed in pieces cut at blank lines and joined into one Doc (nlp.parse_with, issue 16)."""
from eventwire import nlp
from eventwire.pipeline import Pipeline  # noqa: F401  (the pipeline parses through nlp.parse_with)

PARAGRAPH = ("The harbour board met on Tuesday in Port Elwen. Its chairman said the new quay would open in May. "
             "Fishermen welcomed the plan but asked for lower fees.")


def _long_text(n: int = 500) -> str:
    return "\n\n".join(f"{PARAGRAPH} Paragraph {i} ends here." for i in range(n))


def test_pieces_join_to_the_text_and_cut_at_blank_lines():
    text = _long_text()
    pieces = nlp.text_pieces(text)
    assert len(pieces) > 1 and "".join(pieces) == text
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert all(len(p) >= nlp.PIECE_CHARS for p in pieces[:-1])


def test_no_blank_line_cut_after_a_plain_sentence_end():
    text = " ".join([PARAGRAPH] * 600)
    assert len(text) > nlp.LONG_TEXT_CHARS
    pieces = nlp.text_pieces(text)
    assert len(pieces) > 1 and "".join(pieces) == text
    assert all(p.endswith("fees. ") for p in pieces[:-1])       # after "fees.", never "Mr." nor "U.S."
    abbreviated = " ".join(["Mr. Ames met U.S. envoys in St. Elwen and they talked about the quay"] * 2000)
    assert nlp.text_pieces(abbreviated) == [abbreviated]        # no blank line, no plain sentence end: whole


def test_long_text_parsed_in_pieces_is_one_doc_of_the_same_text():
    text = _long_text()
    assert len(text) > nlp.LONG_TEXT_CHARS
    seen = []

    class Model:                      # spaCy's pipeline, recording what it is given
        def __call__(self, t):
            seen.append(len(t))
            return nlp.load()(t)

        def pipe(self, ts, batch_size=1):
            ts = list(ts)
            seen.extend(len(t) for t in ts)
            return nlp.load().pipe(ts, batch_size=batch_size)

    doc = nlp.parse_one(Model(), text)
    assert doc.text == text
    assert len(seen) > 1 and max(seen) < len(text) // 2      # parsed in pieces, never whole
    # every paragraph starts a sentence, and the offsets are the text's own
    starts = {s.start_char for s in doc.sents}
    i = text.find("Its chairman", len(text) // 2)
    assert i in starts
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    # the same annotation as each piece parsed alone
    first = nlp.load()(nlp.text_pieces(text)[0])
    assert [(t.text, t.dep_, t.head.i) for t in first] == [(t.text, t.dep_, t.head.i) for t in doc[:len(first)]]


def test_parse_with_keeps_order_around_a_long_text():
    short = ["Police arrested a man in Lagos.", "Troops shelled the village."]
    texts = [short[0], _long_text(), short[1]]
    docs = list(nlp.parse_with(nlp.load(), iter(texts), batch_size=1))
    assert [d.text for d in docs] == texts


def test_long_text_codes_its_events():
    import eventwire
    text = "\n\n".join(f"Soldiers raided a farm near Goma on Monday. Paragraph {i} of the report." for i in range(1000))
    assert len(text) > nlp.LONG_TEXT_CHARS
    res = eventwire.code_text(text)
    assert len(res.events) >= 900
    assert all(text[e.trigger_start:e.trigger_end] == e.trigger_text for e in res.events)
