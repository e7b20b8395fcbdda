"""Dates: story date from metadata or dateline; event dates resolved against it (texts written for these tests)."""
import pytest

from eventwire.knowledge.dates import event_date, resolve, story_date, parse_anchor


ANCHOR = parse_anchor("2016-06-26")     # a Sunday


@pytest.mark.parametrize("expr,want", [
    ("Sunday", ("2016-06-26", "day")),              # the most recent Sunday on or before the story date
    ("on Thursday", ("2016-06-23", "day")),
    ("last Sunday", ("2016-06-19", "day")),
    ("yesterday", ("2016-06-25", "day")),
    ("three days ago", ("2016-06-23", "day")),
    ("June 20", ("2016-06-20", "day")),
    ("December 30", ("2015-12-30", "day")),         # a date after the story date is last year's
    ("March 24, 2009", ("2009-03-24", "day")),
    ("4 July 2012", ("2012-07-04", "day")),
    ("since March 2011", ("2011-03", "month")),
    ("in summer 2014", ("2014-06", "month")),
    ("last month", ("2016-05", "month")),
    ("in 2014", ("2014", "year")),
    ("last year", ("2015", "year")),
    ("over the weekend", ("2016-06-25", "day")),
])
def test_resolve(expr, want):
    assert resolve(expr, ANCHOR) == want


def test_non_dates_resolve_to_nothing():
    assert resolve("a 50-year-old man", ANCHOR) is None
    assert resolve("", ANCHOR) is None
    assert resolve("Sunday", None) is None          # relative expressions need an anchor


def test_story_date_from_metadata_or_dateline():
    assert story_date("Whatever the text says.", "2016-06-26") == ("2016-06-26", "day")
    assert story_date("BAGHDAD, July 4, 2012 (AP) - A bomb exploded.") == ("2012-07-04", "day")
    assert story_date("TEHRAN, June 26 (IRNA) - No year in this dateline.") == (None, None)
    assert story_date("", None) == (None, None)
    assert story_date("x", "not a date") == (None, None)


def test_event_dates_from_their_own_clause(nlp):
    doc = nlp("Police said on Monday that gunmen killed five villagers on Saturday.")
    killed = [t.i for t in doc if t.text == "killed"][0]
    said = [t.i for t in doc if t.text == "said"][0]
    assert event_date(doc, killed, "2016-06-29") == ("2016-06-25", "day")
    assert event_date(doc, said, "2016-06-29") == ("2016-06-27", "day")


def test_background_event_keeps_its_own_date_and_others_default(nlp):
    doc = nlp("The country has been fighting militants who invaded the north in summer 2014.")
    inv = [t.i for t in doc if t.text == "invaded"][0]
    fight = [t.i for t in doc if t.text == "fighting"][0]
    assert event_date(doc, inv, "2016-06-26") == ("2014-06", "month")
    assert event_date(doc, fight, "2016-06-26") == ("2016-06-26", "day")
    assert event_date(doc, fight, None) == (None, None)
    assert event_date(doc, 999, "2016-06-26") == ("2016-06-26", "day")
