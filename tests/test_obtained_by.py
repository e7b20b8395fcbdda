"""The recipient of a transfer named as the one who obtained what was given (coding/obtained_by.py). Sentences written
for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_a_portion_of_the_arms_a_country_obtained():
    evs = events_of("Kenya has supplied most of the weapons Somalia has obtained in recent years.")
    given = at(evs, "supplied")
    assert given and all(e.target is not None and e.target.code == "SOM" for e in given), dump(evs)


def test_the_arms_that_a_country_imported():
    evs = events_of("China supplied 80 % of the arms that Pakistan imported last year.")
    given = at(evs, "supplied")
    assert given and all(e.target is not None and e.target.code == "PAK" for e in given), dump(evs)


def test_the_giver_who_received_it_first_is_no_recipient():
    evs = events_of("Norway gave the money that it received from the fund.")
    assert all(e.target is None or e.target.country != "NOR" for e in at(evs, "gave")), dump(evs)
