"""Issue 19: no input may stall a run. What the parser is given is bounded, with offsets kept."""
import eventwire
from eventwire import nlp


def test_long_punctuation_run_is_blanked_with_offsets_kept():
    text = "Police arrested two men in Lagos. " + "(" * 500 + " The army shelled the town."
    out = nlp.bounded_text(text)
    assert len(out) == len(text)
    assert out.startswith("Police arrested two men in Lagos. ((((")
    assert "(" * (nlp.KEEP_OF_RUN + 1) not in out
    assert out.endswith(" The army shelled the town.")
    ordinary = "He said: \"No -- never!\" (see p. 4) -- and left..."
    assert nlp.bounded_text(ordinary) is ordinary


def test_run_on_sentence_is_cut_before_the_parser():
    doc = nlp.load()("Rebels attacked Aleppo and " * 200)
    longest = max(len(s) for s in doc.sents)
    assert longest <= nlp.MAX_SENTENCE_TOKENS + 1
    prose = nlp.load()("The minister met his counterpart in Cairo. They discussed the border and trade.")
    assert [s.text for s in prose.sents] == ["The minister met his counterpart in Cairo.", "They discussed the border and trade."]


def test_nested_brackets_after_a_sentence_still_code_the_sentence():
    text = "Egypt condemned the attack on the embassy. " + "([" * 20_000
    res = eventwire.code_text(text)
    assert res.status == "coded"
    ev = [e for e in res.events if e.trigger_text == "condemned"]
    assert ev and ev[0].source.code.startswith("EGY")


def test_all_caps_run_on_record_is_coded_with_bounded_sentences():
    res = eventwire.code_text("GUNMEN ATTACKED KANO " * 800)
    assert res.status == "coded"
    assert max(end - start for start, end in res.sentences) < 3000
