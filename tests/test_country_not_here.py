"""A country the text does not give an actor is left off, not guessed (issue 14: wrong country on an actor that is
otherwise right): hostages are not of the place they are held in, a country in a quoted title of a thing ('a "Free
Tibet" banner') is no place, a place in a clause below or beside the event's own is no country of its actors
(knowledge/own_clause.py), and an opposition is the story's conflict's only in a story about that country
(knowledge/actor_conflict.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import actor_in, events_on

from eventwire.knowledge.titled_names import titled_at
from eventwire.nlp import load


events = events_on("2019-05-01")


def actor_with(text, word, role=None):
    return actor_in(events(text), word, role)


# ---------------------------------------------------------------- hostages
def test_hostages_take_no_country_from_where_they_are_held():
    a = actor_with("Kidnappers in the Sahel released the hostages in Niger after a ransom was paid.", "hostages")
    assert a.code == "CVL" and a.country is None, a.why
    # (their captors are where they act)
    assert actor_with("Kidnappers in the Sahel released the hostages in Niger after a ransom was paid.",
                      "Kidnappers").country == "NER"


def test_hostages_keep_their_own_origin():
    a = actor_with("Gunmen in Mali freed two Swiss hostages on Sunday.", "hostages")
    assert a.code == "CHECVL", a.why


# ---------------------------------------------------------------- a quoted title of a thing
def _titled(text, word):
    doc = load()(text)
    i = text.find(word)
    return titled_at(doc, i, i + len(word))


def test_a_country_in_a_quoted_title_before_a_noun_is_titled():
    assert _titled('Marchers carried a "Save Darfur" placard through the capital.', "Darfur")
    assert _titled("Fans who tried to wave a \u201cFree Tibet\u201d banner were detained by police.", "Tibet")


def test_quoted_speech_and_plain_places_are_not_titles():
    assert not _titled("He shouted \u201cTibet is burning\u201d and ran.", "Tibet")
    assert not _titled("Protesters in Tibet were detained.", "Tibet")


def test_police_take_no_country_from_a_banner_s_name():
    a = actor_with("Fans who tried to wave a \u201cFree Tibet\u201d banner were detained by police.", "police")
    assert a.country != "CHN", a.why


# ---------------------------------------------------------------- a place in another clause
def test_a_place_in_the_act_urged_gives_the_urger_no_country():
    # the air strikes are in Yemen; the lawmakers who urge are not Yemen's
    text = "Lawmakers signed a letter to Downing Street urging Boris Johnson to halt the air strikes in Yemen."
    for e in events(text):
        if e.source is not None and e.source.text == "Lawmakers":
            assert e.source.country != "YEM", e.source.why


def test_with_the_place_of_the_act_urged_set_aside_the_urger_takes_the_one_other_country():
    # (Theresa May is British; Yemen is where the strikes are to stop): British MPs
    a = actor_with("MPs urged Theresa May to halt the air strikes in Yemen.", "MPs")
    assert a.code == "GBRLEG", a.why


def test_the_one_urged_takes_the_place_of_the_act_it_is_urged_to():
    a = actor_with("The agency encouraged women to take part in rebuilding schools in Iraq.", "women")
    assert a.code == "IRQCVL", a.why


def test_a_place_in_the_event_s_own_clause_still_places_its_actors():
    a = actor_with("Police arrested two men at the airport in Nairobi on Sunday.", "Police")
    assert a.code == "KENCOP", a.why
    a = actor_with("Sources said the army had warned residents to leave their homes in Idlib before the assault.",
                   "army")
    assert a.country == "SYR", a.why


# ---------------------------------------------------------------- an opposition and the story's conflict
def test_an_opposition_in_a_story_about_another_country_is_not_the_conflict_s():
    text = ("Yemen's civil war has entered its fifth year. In London, the foreign secretary met the French foreign "
            "minister on Monday. Ministers later briefed opposition leaders on the talks.")
    a = actor_with(text, "opposition")
    assert a.country != "YEM", a.why


def test_an_opposition_in_a_story_about_the_conflict_s_country_is_its_own():
    text = ("Yemen's civil war has entered its fifth year, and fighting raged in Taiz and Aden on Monday. "
            "The opposition leaders accused the rebels of shelling the port.")
    a = actor_with(text, "opposition")
    assert a.code == "YEMOPP", a.why


# ---------------------------------------------------------------- the clause test itself (knowledge/own_clause.py)
def _own(text, anchor, place, complement=False):
    from eventwire.knowledge.own_clause import in_own_clause
    doc = load()(text)
    a = next(t for t in doc if t.text == anchor)
    p = next(t for t in doc if t.text == place)
    return in_own_clause(a, p, complement)


def test_a_place_in_the_complement_is_not_the_urger_s_clause():
    text = "MPs signed a letter urging the minister to stop the fighting in Yemen."
    assert not _own(text, "urging", "Yemen")
    assert _own(text, "urging", "Yemen", complement=True)


def test_a_place_in_a_participant_s_own_clause_is_not_the_event_s():
    assert not _own("The families of two soldiers killed in Mali condemned the report.", "condemned", "Mali")


def test_a_place_on_the_doer_and_a_place_a_where_clause_hangs_on_are_the_event_s():
    assert _own("A spokesman for the ministry in Nairobi declined to comment.", "comment", "Nairobi")
    assert _own("The army shelled Homs, where hundreds died.", "died", "Homs")
    assert _own("Police arrested two men at the airport in Nairobi.", "arrested", "Nairobi")


def test_a_place_in_a_clause_of_the_same_moment_is_the_event_s():
    # "killed when gunmen stormed the embassy in X": the victims are where the storming was
    assert _own("Two guards were killed when gunmen stormed the Dutch embassy in Nairobi.", "killed", "Nairobi")
