"""Issue 14 (no source): a verbal act the parser coordinated with the verb of a said clause ("X said the situation
was dire and called on ...") is the teller's when the said clause's subject names no actor (coding/told_conjunct.py);
a physical act, or a said clause about an actor, keeps the parser's reading.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text, word, source", [
    ("The Red Cross said the situation at the camp was dire and called on all parties to allow aid into the town.",
     "called", "NGOICRC"),
    ("The Kenyan foreign ministry said the talks had failed and urged both sides to return to Nairobi.",
     "urged", "KENGOV"),
])
def test_the_teller_did_the_verbal_act_hung_in_what_was_said(text, word, source):
    evs = at(events_of(text), word)
    assert evs and all(e.source is not None and e.source.code == source for e in evs), dump(evs)


def test_a_physical_act_is_not_given_to_the_teller():
    evs = at(events_of("A police spokesman said the men were exhausted and surrendered to the army."), "surrendered")
    assert all(e.source is None or not e.source.code.endswith("COP") for e in evs), dump(evs)
