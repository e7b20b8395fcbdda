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


def test_every_act_verb_inside_the_evidence_tells_the_act(nlp):
    text = ("Six shoppers were killed and 20 others wounded in the Karrada district in Baghdad, as gunmen "
            "attacked a shop of the Shorja market, police sources reported on Monday.")
    doc = nlp(text)
    trig, span = _span(doc, "killed", "attacked")
    got = [t.text for t in span_acts(doc, trig, span)]
    assert "wounded" in got
    assert event_location(doc, trig.i, find_places(doc), span=span).text == "Karrada"


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


def test_a_crossing_or_zone_between_two_places_is_ground(nlp):
    # "between X and Y" after a border, crossing or zone names the ground of the phrase it stands in
    assert _where(nlp, "Gunmen shot and wounded a truck driver near the border crossing between Jordan and Syria "
                       "on Sunday.", "shot") == "Jordan"
    assert _where(nlp, "Kenyan blue helmets have been patrolling the buffer zone between Eritrea and Ethiopia "
                       "since 2001.", "patrolling") == "Eritrea"
    # talks between two capitals are no ground
    assert _where(nlp, "Iranian negotiators held talks between Tehran and Washington envoys on Monday.",
                  "held") is None


def test_an_object_two_verbs_share_is_the_first_verbs_ground(nlp):
    text = "In two days of street fighting, government forces captured and demolished the core of the Deraa refugee camp."
    assert _where(nlp, text, "captured") == "Deraa"
    assert _where(nlp, "Troops stormed and leveled the heart of the Kibeho camp.", "stormed") == "Kibeho"


def _where(nlp, text, verb):
    doc = nlp(text)
    i = [t.i for t in doc if t.text == verb][0]
    loc = event_location(doc, i, find_places(doc))
    return loc.text if loc is not None else None
