"""Faster forms of document scans give what the plain forms give (issue 16: byte-identical output)."""
import itertools

from eventwire.knowledge import actor_match


def _plain_us_local(text: str) -> bool:
    hits = actor_match._US_LOCAL_RE.findall(text[:20000])
    return len(hits) >= 2 or any(h.endswith(".") or h in ("County", "Township", "Parish") for h in hits)


def test_us_local_as_the_single_pattern():
    pieces = ["Ohio", "Kansas", "County", "MidCounty", ", Ky.", ", Kyx", "West Virginia", "Virginia", "SouthWest",
              "the mayor", "_", "Parishes", "New Mexico", "New Mexicans", "Township"]
    texts = [" ".join(p) for n in (1, 2, 3) for p in itertools.permutations(pieces, n)]
    texts += ["Flooding hit Lake County on Friday, officials in Springfield said.",
              "The senator from Ohio met farmers in Iowa.",
              "Residents of Dayton, Ohio, and Erie, Pa. were evacuated.",
              "The talks in Geneva went on without Kansas."]
    got = [actor_match.us_local(t) for t in texts]
    assert got == [_plain_us_local(t) for t in texts]
    assert True in got and False in got


def test_document_arrays_match_spacy(nlp):
    from spacy.attrs import IDX, LENGTH
    from eventwire.nlp import doc_text, pos_array
    doc = nlp("Dock workers in  Rotterdam walked out on Tuesday.\n\nThe port’s owners said talks would resume "
              "in São Paulo, where   the shipping line is based. ")
    assert doc_text(doc) == doc.text
    assert pos_array(doc) == [t.pos for t in doc]
    offs = doc.to_array([IDX, LENGTH]).tolist()
    for k in range(len(doc)):
        for j in range(k + 1, min(len(doc), k + 4) + 1):
            assert doc_text(doc)[offs[k][0]:offs[j - 1][0] + offs[j - 1][1]] == doc[k:j].text
    for sent in doc.sents:
        assert doc_text(doc)[sent.start_char:sent.end_char] == sent.text


def test_document_entities_match_spacy(nlp):
    from eventwire.nlp import doc_ents, ent_at
    doc = nlp("Harbour pilots in Antwerp refused to guide tankers owned by Nordwind Shipping on Friday, and Mayor "
              "Elke de Vries met them in Ghent on Saturday.")
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert len(doc.ents) >= 3
    for tok in doc:
        plain = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        got = ent_at(doc, tok.i)
        assert (got.start, got.end) == (plain.start, plain.end) if plain is not None else got is None
