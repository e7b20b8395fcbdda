"""The courts of the story (coding/story_courts.py): a court's act with no doer and no place of its own takes the
courts of the one country whose courts the article tells; none where it tells two countries' courts."""
from __future__ import annotations

from coded_sentences import at, dump, events_of, sources_at as sources


def test_conviction_told_after_a_court_abroad():
    evs = events_of("A Dutch aid worker was jailed in Egypt on Monday for spreading false news. "
                    "Van Dijk was convicted last spring after a trial that lasted four days.")
    assert sources(evs, "convicted") == {"EGYJUD"}, dump(evs)
    assert all("courts of the one country" in e.source.why for e in at(evs, "convicted")), dump(evs)


def test_charge_after_a_named_court():
    evs = events_of("An Iraqi court in Baghdad has opened the case against a German teenager who joined the militants. "
                    "She has been charged with membership of a banned organisation, her lawyer said.")
    assert sources(evs, "charged") == {"IRQJUD"}, dump(evs)


def test_sentence_told_first_then_placed():
    evs = events_of("Maria Ortiz was sentenced to eleven years for smuggling weapons. "
                    "The sentence was passed by a court in Caracas, the Venezuelan capital, on Friday.")
    assert sources(evs, "sentenced") == {"VENJUD"}, dump(evs)


def test_no_court_when_two_countries_courts_are_told():
    evs = events_of("A Dutch aid worker was jailed in Egypt on Monday for spreading false news. "
                    "A court in Belgium jailed his brother in 2016 for fraud. "
                    "Van Dijk was convicted last spring after a trial that lasted four days.")
    assert sources(evs, "convicted") == {None}, dump(evs)


def test_an_arrest_is_no_court_act():
    evs = events_of("A Dutch aid worker was jailed in Egypt on Monday for spreading false news. "
                    "Two of his colleagues were arrested on Sunday, the charity said.")
    assert "EGYJUD" not in sources(evs, "arrested"), dump(evs)
