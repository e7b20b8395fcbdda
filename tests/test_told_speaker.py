"""The speaker's own act in words told after what is said (issue 14, reported speech): the parser hangs ", rejecting
..." on the reported clause, whose subject is who the report is about (coding/told_speaker.py). Sentences written
for these tests."""
from __future__ import annotations

from coded_sentences import events_of


def dump(evs):
    return [(e.trigger_text, e.cameo, e.modality, e.source and e.source.code, e.source and e.source.text,
             e.target and e.target.code) for e in evs]


def test_rejection_after_a_report_is_the_speakers():
    for text, word, speaker in [
            ("The Indian ambassador said that India was not involved in the bombing, rejecting an accusation by "
             "Pakistan's army.", "rejecting", "IND"),
            ("The Chinese envoy said Beijing had no role in the hacking, dismissing a claim by the US justice "
             "department.", "dismissing", "CHN"),
            ("A Kremlin spokesman said the convoy had been attacked by rebels, accusing Kiev of arming them.",
             "accusing", "RUS"),
    ]:
        evs = events_of(text)
        e = [x for x in evs if x.trigger_text == word]
        assert e and e[0].source is not None and e[0].source.code.startswith(speaker), dump(evs)


def test_act_of_force_after_a_report_keeps_its_own_doer():
    evs = events_of("Officials said the helicopter was shot down over the valley, killing all 12 soldiers on board.")
    assert not [x for x in evs if x.trigger_text == "killing" and x.source is not None
                and "Officials" in x.source.text], dump(evs)
