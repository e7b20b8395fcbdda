"""Verb rows that used to leave a sentence with no event at all (issue 14): the return of objects or remains,
a phone call made "to discuss", pressing someone "for" something, taking in refugees, contributing troops. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import rows_of


coded = rows_of


@pytest.mark.parametrize("text, cameo, pattern, src, tgt", [
    ("Canadian customs officers returned 40 dinosaur fossils to Mongolia on Monday.",
     "0842", "0842.return-property-to", "CAN", "MNG"),
    ("The Italian prime minister called the Greek premier to discuss the migrant crisis.",
     "041", "041.call-to-talk", "ITA", "GRC"),
    ("The French government pushed the European Commission for tougher rules on imports.",
     "020", "020.push-actor-for", "FRA", "IGO"),
    ("Portugal accepted 300 Syrian refugees in March.", "075", "075.accept-refugee", "PRT", "SYR"),
    # (the troops go to the state the UN's mission is in, not to the UN: coding/mission_place.py, session 27)
    ("Brazil stands ready to contribute more troops to the UN mission in Haiti.",
     "0334", "074.contribute-peacekeeper-to", "BRA", "HTI"),
])
def test_a_lexicon_gap_is_now_coded(text, cameo, pattern, src, tgt):
    evs = coded(text)
    hit = [e for e in evs if e[1] == pattern]
    assert hit, evs
    assert hit[0][0] == cameo
    assert (hit[0][2] or "").startswith(src) and (hit[0][3] or "").startswith(tgt), hit


@pytest.mark.parametrize("text, pattern", [
    ("The mayor called a meeting to discuss the flooding.", "041.call-to-talk"),   # convening, no phone call
    ("The deputies were called back from their holiday to discuss the budget.", "041.call-to-talk"),  # recalled
    ("The refugees returned to Syria last year.", "0842.return-property-to"),       # going home, nothing handed back
    ("The driver pushed the cart for a few metres.", "020.push-actor-for"),         # a cart is no actor
])
def test_everyday_senses_stay_uncoded(text, pattern):
    assert not [e for e in coded(text) if e[1].startswith(pattern)], coded(text)
