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


def test_a_claims_author_is_no_doer_of_the_force_it_describes():
    for text, act in [("France's claims about the gas used to kill the villagers were confirmed by inspectors.", "kill"),
                      ("Germany's allegations about the poison used to attack the dissident were backed by the OPCW.",
                       "attack")]:
        evs = events_of(text)
        assert not [e for e in evs if e.trigger_text == act and e.source is not None
                    and e.source.code[:3] in ("FRA", "DEU")], dump(evs)


def test_a_statement_still_speaks_for_its_author():
    evs = events_of("Russia's statement condemned the strike on the hospital.")
    e = [x for x in evs if x.trigger_text == "condemned"]
    assert e and e[0].source is not None and e[0].source.code.startswith("RUS"), dump(evs)
