"""First-person claims of victory in a quotation (issue 14, reported speech: coding/boasts.py, the `victory` words of
data/coding/non_events.tsv). Sentences written for these tests; each boast sits beside the act told by the writer."""
from __future__ import annotations

import pytest

from coded_sentences import events_on


events_of = events_on("2021-03-09", unattributed=True)


def codes_at(text, word):
    return [e.cameo for e in events_of(text) if word.lower() in e.trigger_text.lower()]


@pytest.mark.parametrize("text", [
    '"We have defeated the militia in the north," the Peruvian president said on Monday.',
    'The Peruvian president tweeted: "We have defeated the militia in the north, our only reason for being there."',
    '"I vanquished the rebels in three weeks," the Malian colonel boasted in a televised speech.',
])
def test_quoted_first_person_victory_is_a_claim(text):
    assert not any(c.startswith("19") for c in codes_at(text, "defeated") + codes_at(text, "vanquished"))


@pytest.mark.parametrize("text, word", [
    # the writer's own account of the outcome
    ("The Peruvian army defeated the militia in the north on Monday.", "defeated"),
    # a speaker telling what another side did to his own is no boast
    ('"They defeated us in the north," the rebel commander told reporters in Lima.', "defeated"),
])
def test_told_victories_stay_force(text, word):
    assert "190" in codes_at(text, word)
