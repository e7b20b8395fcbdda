"""An act of force done to someone described by a noun that names no kind of people, with their name in apposition,
keeps that person as its target (issue 14; coding/apposed_person.py, asked by coding/victim_roles.py). Sentences
written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events = events_on("2019-03-01")


def targets(text, root):
    return [e.target for e in events(text) if e.cameo.startswith(root)]


def test_named_relative_killed_in_a_strike_is_the_target():
    got = targets("Another cousin of the preacher, Omar Haddadi, was killed by an American drone near Marib.", "19")
    assert got and got[0] is not None, got
    assert got[0].sector == "CVL" and got[0].text == "Omar Haddadi", got[0].why
    assert "in apposition to 'cousin'" in got[0].why


def test_a_described_victim_keeps_the_description_and_its_place():
    # "a 52-year-old tailor, X": the noun already names a kind of people, placed where the act was
    got = targets("A 52-year-old tailor, Mohan Rao, was found murdered at his shop in Warangal on Tuesday.", "18")
    assert got and got[0] is not None and got[0].code == "INDCVL", got


def test_a_name_opening_a_new_clause_is_not_the_target():
    # "a cousin, Omar Haddadi said": the name is the speaker, not a victim in apposition
    for e in events("Gunmen attacked the cousin, Omar Haddadi said on Tuesday."):
        assert e.target is None or "Omar Haddadi" not in (e.target.text or ""), e.target.why
