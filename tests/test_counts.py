"""Counts: casualty and crowd numbers with qualifiers (texts written for these tests)."""
import pytest

from eventwire.knowledge.counts import find_counts, parse_number


def _counts(nlp, text):
    return {(c.type, c.value, c.qualifier) for c in find_counts(nlp(text))}


@pytest.mark.parametrize("s,want", [("1.9 million", 1900000), ("470,000", 470000), ("two", 2), ("a dozen", 12),
                                    ("twenty-five", 25), ("dozens", 24), ("3.5m", 3500000), ("one hundred", 100)])
def test_parse_number(s, want):
    assert parse_number(s)[0] == want


def test_war_toll_with_fraction_of_population(nlp):
    text = ("A monitoring group says the war has claimed the lives of over 310,000 people, injured 1.2 million "
            "others, and displaced nearly a third of the country's pre-war population of about 21 million.")
    got = find_counts(nlp(text))
    by = {c.type: c for c in got}
    assert (by["killed"].value, by["killed"].qualifier) == (310000, "more than")
    assert by["injured"].value == 1200000
    assert by["displaced"].value == 7000000 and by["displaced"].qualifier == "about"
    for c in got:
        assert text[c.start:c.end] == c.text and c.sentence == 0


def test_common_casualty_patterns(nlp):
    assert _counts(nlp, "A car bomb in a busy market killed 8 people and wounded about 20.") == {
        ("killed", 8, "exact"), ("injured", 20, "about")}
    assert ("killed", 22, "at least") in _counts(nlp, "At least 22 soldiers were killed in the ambush.")
    assert ("killed", 40, "exact") in _counts(nlp, "The death toll from the landslide rose to 40 on Monday.")
    got = _counts(nlp, "The blast left 12 dead and dozens injured.")
    assert ("killed", 12, "exact") in got and ("injured", 24, "at least") in got


def test_arrests_kidnappings_missing_protesters_refugees(nlp):
    got = _counts(nlp, "Police arrested 15 people after thousands of protesters marched on parliament. "
                       "Gunmen kidnapped two aid workers, and five fishermen are still missing. "
                       "More than 1,000 refugees crossed the border.")
    assert ("arrested", 15, "exact") in got
    assert ("protesters", 2000, "at least") in got
    assert ("kidnapped", 2, "exact") in got
    assert ("missing", 5, "exact") in got
    assert ("refugees", 1000, "more than") in got


def test_vague_amounts(nlp):
    assert ("protesters", 3000, "about") in _counts(nlp, "A few thousand people demonstrated outside the embassy.")
    assert ("killed", 36, "at least") in _counts(nlp, "Militants killed several dozen villagers overnight.")


def test_ages_years_and_plain_numbers_are_not_counts(nlp):
    assert find_counts(nlp("A 19-year-old was killed in 2014.")) == []
    assert find_counts(nlp("The council approved 12 new bus routes.")) == []
    assert find_counts(nlp("")) == []
