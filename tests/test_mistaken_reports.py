"""What a verb of saying or believing tells, with an adverb that says it is untrue ("was mistakenly thought to be
killed", "was wrongly reported killed"), did not happen: no event; the same report without it stays coded.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text", [
    "The commander was mistakenly believed to be killed during a Kenyan-led raid near Jilib.",
    "The commander was wrongly reported killed by Kenyan troops in 2017.",
    "The envoy was falsely said to have been arrested by police in Harare last week.",
])
def test_an_act_told_as_untrue_is_no_event(text):
    evs = events_of(text)
    assert not at(evs, "killed") and not at(evs, "arrested"), dump(evs)


def test_the_same_report_without_the_adverb_is_coded():
    evs = at(events_of("The commander was believed to have been killed by Kenyan troops in 2017."), "killed")
    assert evs and evs[0].source is not None and evs[0].source.code == "KENMIL", dump(evs)
