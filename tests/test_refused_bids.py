"""Issue 14 (no source): a passive refusal with no "by" phrase whose subject is a request naming whom it was made of
("calls for Kenyan support were rebuffed") was refused by the one asked (coding/refused_bids.py); a request that
names no one asked gives no doer.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text, word, source", [
    ("Chad's demands on Niger were rejected on Monday.", "rejected", "NER"),
    ("The Kurdish party's requests for Britain's help were turned down in March.", "turned", "GBR"),
    ("The opposition's appeals to Uganda for help were rejected.", "rejected", "UGA"),
    ("During the siege, the militia's calls for Kenyan support were rebuffed.", "rebuffed", "KEN"),
])
def test_the_one_asked_refused_the_request(text, word, source):
    evs = at(events_of(text), word)
    assert evs and all(e.source is not None and e.source.code == source for e in evs), dump(evs)


def test_a_request_naming_no_one_asked_has_no_doer():
    evs = at(events_of("Mali's calls for a ceasefire were ignored."), "ignored")
    assert all(e.source is None for e in evs), dump(evs)


def test_the_requester_is_not_made_the_doer():
    # the author of the request is whom the refusal answers, never the one who refused
    evs = at(events_of("Chad's demands on Niger were rejected on Monday."), "rejected")
    assert evs and all(e.target is not None and e.target.code == "TCD" for e in evs), dump(evs)
