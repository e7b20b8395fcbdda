"""An aid's recipient that is a body, not an act (coding/body_recipient.py; session 20): "funding for the Yemeni
opposition" is given to Yemen's opposition (YEMOPP), not to Yemen as a party to an act of opposing.

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def dyads(text: str, trigger_word: str, date: str = "2020-06-01"):
    evs = eventwire.code_text(text, date=date).events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text}


def test_funding_for_a_nations_opposition_goes_to_the_opposition():
    got = dyads("Kuwait and Oman have long provided funding for the Yemeni opposition.", "provided")
    assert got == {("KWT", "YEMOPP"), ("OMN", "YEMOPP")}, got


def test_weapons_sent_to_a_nations_opposition_go_to_the_opposition():
    got = dyads("Egypt sent rifles to the Sudanese opposition in March.", "sent")
    assert got == {("EGY", "SDNOPP")}, got
