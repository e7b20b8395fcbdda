"""Event location: an act told by more than its trigger ("carried out a strike in X, killing ... near the village of
Y") is located by all its words; a place that hangs on a noun of another process the sentence tells ("peace talks
in X") is not the act's (knowledge/event_span.py; texts written for these tests)."""

from eventwire.knowledge.places import find_places, event_location
from eventwire.knowledge.event_span import elsewhere, span_acts


def _span(doc, first, last):
    a = [t for t in doc if t.text == first][0]
    b = [t for t in doc if t.text == last][0]
    return a, (a.idx, b.idx + len(b.text))


STRIKE = ("On Tuesday, Russian warplanes carried out a heavy strike against a convoy of Nusra Front fighters in "
          "the Hama countryside, killing at least twenty militants near the village of Kafr Zita.")


def test_the_participle_ending_the_evidence_tells_the_same_act(nlp):
    doc = nlp(STRIKE)
    trig, span = _span(doc, "carried", "killing")
    assert [t.text for t in span_acts(doc, trig, span)] == ["killing"]
    assert span_acts(doc, trig, None) == []


def test_the_most_specific_place_of_the_whole_telling_wins(nlp):
    doc = nlp(STRIKE)
    trig, span = _span(doc, "carried", "killing")
    places = find_places(doc)
    assert event_location(doc, trig.i, places).text == "Hama"             # the trigger's clause alone
    loc = event_location(doc, trig.i, places, span=span)
    assert loc.text == "Kafr Zita" and loc.precision == "clause"


def test_the_pipeline_passes_the_evidence_span():
    from eventwire.pipeline import code_batch
    from eventwire.model import Document
    res = code_batch([Document(id="s", text=STRIKE)])[0]
    strikes = [e for e in res.events if "killing" in e.trigger_text]
    assert strikes and all(e.location is not None and e.location.text == "Kafr Zita" for e in strikes)


def test_a_place_of_talks_elsewhere_is_not_the_acts(nlp):
    text = "A labour activist was shot dead on Tuesday, days before he was due to attend peace talks in Geneva."
    doc = nlp(text)
    shot = [t for t in doc if t.text == "shot"][0]
    assert event_location(doc, shot.i, find_places(doc)) is None
    geneva = [t for t in doc if t.text == "Geneva"][0]
    assert elsewhere(geneva, shot, set()) == "another happening"
    # the place of the act's own clause still locates it
    own = "A labour activist was shot dead in Lyon on Tuesday, days before peace talks in Geneva."
    doc = nlp(own)
    shot = [t for t in doc if t.text == "shot"][0]
    assert event_location(doc, shot.i, find_places(doc)).text == "Lyon"
