"""Letters pages (issue 14): a letter's sign-off ("Ann Smith Leeds \u2022") runs straight into the next letter. The
bullet is read as a sentence boundary (pipeline.parse_text, same offsets), so the next letter's first sentence is
parsed alone and its subject is not merged with the writer's name and town. Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text
from eventwire.pipeline import parse_text


def test_a_bullet_after_a_sign_off_is_a_full_stop_at_the_same_offsets():
    text = "We should help them. Harriet Dunmore Kendal, Cumbria \u2022 Egypt has said it will attack the rebels."
    got = parse_text(text)
    assert len(got) == len(text)
    assert "Cumbria.  Egypt has said" in got


def test_a_bullet_after_a_full_stop_is_left_alone():
    text = "The talks failed. \u2022 Write to us about this story."
    assert parse_text(text) == text


def test_the_next_letter_keeps_its_own_subject():
    text = ("The minister must speak up for the villagers. Harriet Dunmore Kendal, Cumbria \u2022 Egypt has said "
            "it will attack the rebel camps in the desert next month.")
    res = code_text(text, date="2020-02-11")
    assert res.status == "coded", res.reason
    evs = [e for e in res.events if e.trigger_text == "attack"]
    assert evs, [(e.cameo, e.trigger_text) for e in res.events]
    assert all(e.source is not None and e.source.country == "EGY" for e in evs), \
        [(e.source and e.source.text, e.source and e.source.why) for e in evs]
    # the event's sentence is the new letter's, not the writer's name and town run into it
    assert all(e.sentence_text.startswith("Egypt has said") for e in evs), [e.sentence_text for e in evs]
    assert all(e.sentence_text in text for e in evs)          # the user's text, not the parser's copy
