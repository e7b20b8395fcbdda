"""A speaker put after an inverted verb of saying that can take an object ('"...," warned the minister'): the parser
reads the speaker as the verb's object; coding/inverted_speaker.py makes it the subject (issue 14, branch inv26).
Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _pairs(evs, word):
    return [(e.cameo[:3], e.source and e.source.code, e.target and e.target.code) for e in at(evs, word)]


def test_warned_the_minister_after_a_quote_is_the_speaker():
    evs = events_of("“We will never accept a buffer zone on our border,” warned the Turkish foreign minister.")
    got = at(evs, "warned")
    assert got and got[0].source is not None and got[0].source.code == "TURGOV", dump(evs)
    assert got[0].target is None or got[0].target.code != "TURGOV", dump(evs)


def test_threatened_with_a_participle_after_the_speaker():
    evs = events_of("“Any attack on our ships will be answered with force,” threatened the Iranian defence minister, "
                    "speaking in Tehran on Monday.")
    got = _pairs(evs, "threatened")
    assert got and all(src == "IRNGOV" and tgt != "IRNGOV" for _, src, tgt in got), dump(evs)


def test_urged_after_a_quote_keeps_the_quoted_target():
    evs = events_of("“Israel must halt its bombing of Rafah at once,” urged the Egyptian foreign minister.")
    got = [p for p in _pairs(evs, "urged") if p[0] == "020"]
    assert got and got[0][1] == "EGYGOV" and got[0][2] == "ISR", dump(evs)


def test_a_speaker_before_the_verb_keeps_the_object():
    evs = events_of("“Leave before the fighting reaches the valley,” the Kenyan army commander warned the villagers.")
    got = at(evs, "warned")
    assert got and got[0].source is not None and got[0].source.code.startswith("KEN"), dump(evs)


def test_inverted_speaker_reads_only_after_a_closing_quote(nlp):
    from eventwire.coding.inverted_speaker import inverted_speaker
    doc = nlp("“We will not back down on the islands,” warned the Greek prime minister.")
    verb = next(t for t in doc if t.lower_ == "warned")
    assert inverted_speaker(verb) is not None and inverted_speaker(verb).lower_ == "minister"
    doc = nlp("The Greek prime minister warned the fishermen on Tuesday.")
    verb = next(t for t in doc if t.lower_ == "warned")
    assert inverted_speaker(verb) is None
