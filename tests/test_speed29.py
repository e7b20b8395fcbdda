"""Per-phrase look-ups over a document's mentions, places and names made through an index built once per document
(issue 16): the answers are those of the pass over the whole list they replace, and a document with many phrases
no longer pays a pass over every mention for each. Sentences written for these tests."""
from __future__ import annotations

import random
from types import SimpleNamespace

from eventwire.coding.context import DocContext
from eventwire.model import Actor


class _CountingList(list):
    """A list that counts the passes made over it."""
    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def _counting(items) -> _CountingList:
    _CountingList.passes = 0
    return _CountingList(items)


def _mention(text: str, word: str, code: str, country=None, sector=None, entity=None, kind=None, nth=0) -> Actor:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return Actor(code=code, country=country, sector=sector, entity=entity, kind=kind, text=word, start=at,
                 end=at + len(word))


FILLER = "Officials in Ankara met envoys from Moscow on Monday. "


def test_backers_a_phrase_names_are_read_from_its_own_mentions_only(nlp):
    from eventwire.knowledge.backed_home import phrase_backers
    text = FILLER * 40 + "Turkish-backed rebels shelled the town, and Iran-backed militias answered."
    doc = nlp(text)
    ms = []
    for k in range(40):
        ms.append(_mention(text, "Ankara", "TUR", "TUR", kind="capital", nth=k))
        ms.append(_mention(text, "Moscow", "RUS", "RUS", kind="capital", nth=k))
    ms += [_mention(text, "Turkish", "TUR", "TUR", kind="country"), _mention(text, "Iran", "IRN", "IRN", kind="country")]
    ms.sort(key=lambda m: m.start)
    ctx = DocContext(text=text, date=None, mentions=_counting(ms))
    heads = [t for t in doc if t.lower_ in ("rebels", "militias")]
    got = [[m.code for m in phrase_backers(h, ctx)] for h in heads * 20]
    assert got[:2] == [["TUR"], ["IRN"]] and got == got[:2] * 20
    # (the old pass over every mention made one pass per phrase: 40 here)
    assert _CountingList.passes <= 4      # (the index: built in one go)


def test_a_bare_group_takes_the_one_armed_group_of_its_sentence_through_the_index(nlp):
    from eventwire.knowledge.actor_groups import sentence_group
    text = FILLER * 30 + "Militants stormed the hotel, and al-Shabaab later said it had sent them."
    doc = nlp(text)
    ms = []
    for k in range(30):
        ms.append(_mention(text, "Ankara", "TUR", "TUR", kind="capital", nth=k))
    ms.append(_mention(text, "al-Shabaab", "SOMINSSHB", "SOM", "INS", entity="SHB", kind="group"))
    ms.sort(key=lambda m: m.start)
    ctx = DocContext(text=text, date=None, mentions=_counting(ms))
    head = next(t for t in doc if t.text == "Militants")
    for _ in range(10):
        a = Actor(code="INS", sector="INS", text="Militants", start=head.idx, end=head.idx + 9)
        assert sentence_group(a, head, head.sent, ctx)
        assert a.code == "SOMINSSHB" and a.entity == "SHB"
    assert _CountingList.passes <= 4      # (the index: built in one go)


def test_places_within_a_span_are_those_a_pass_over_them_keeps_in_their_order():
    from eventwire.coding.held_presence import _ByStart
    rng = random.Random(7)
    places = []
    for k in range(300):
        s = rng.randrange(0, 5000)
        places.append(SimpleNamespace(start=s, end=s + rng.randrange(1, 30), k=k))   # (not in start order)
    index = _ByStart(places)
    for _ in range(300):
        lo = rng.randrange(0, 5000)
        hi = lo + rng.randrange(0, 400)
        scan = [p.k for p in places if lo <= p.start and p.end <= hi]
        assert [p.k for p in index.within(lo, hi) if lo <= p.start and p.end <= hi] == scan


def test_person_names_ending_in_a_word_are_those_of_the_documents_entities(nlp):
    from eventwire.doc_index import person_ents_ending
    doc = nlp("Prosecutors charged Amina Okafor and Daniel Brightwell on Tuesday. Okafor denied the charge, and "
              "Brightwell said nothing. A lawyer for Okafor spoke to reporters.")
    for word in {t.text for t in doc}:
        want = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and e[-1].text == word]
        assert [(e.start, e.end) for e in person_ents_ending(doc, word)] == want
    assert person_ents_ending(doc, "Tuesday") == []


HEADER = "id\tpos\tlemma\tparticle\tobject\tprep\ttarget\tcameo\texample\n"


def test_a_verbs_particles_are_kept_once_and_follow_rows_loaded_later(tmp_path):
    from eventwire.coding.lexicon import Lexicon
    first = tmp_path / "20_first.tsv"
    first.write_text(HEADER + "190.test-zorble\tV\tzorble\tablaze\t-\t-\tdobj\t190\tThey zorbled the cars ablaze.\n")
    lex = Lexicon.load(extra_paths=[first])
    got = lex.particles("zorble")
    assert got == frozenset({"ablaze"}) and lex.particles("ZORBLE") is got      # (one answer per verb, kept)
    assert lex.particles("daydream") == frozenset()
    later = tmp_path / "21_later.tsv"
    later.write_text(HEADER + "190.test-zorble2\tV\tzorble\talight\t-\t-\tdobj\t190\tThey zorbled tyres alight.\n")
    lex._load_file(later)
    assert lex.particles("zorble") == frozenset({"ablaze", "alight"})


def test_a_pool_of_two_workers_codes_in_input_order():
    # (pool.py is imported by pipeline.py and first by each worker process: no import cycle may stop the workers)
    from eventwire.model import Document
    from eventwire.pipeline import CodingPool
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate([
        "Police in Lagos arrested three protesters on Monday.",
        "The Turkish army shelled Kurdish positions near Afrin on Tuesday.",
        "Iran's foreign minister met his Iraqi counterpart in Baghdad."])]
    with CodingPool(workers=2, batch_size=1) as pool:
        got = pool.code(docs)
    assert [r.id for r in got] == ["d0", "d1", "d2"]
    assert all(r.events for r in got), [(r.id, r.status, r.reason) for r in got]
