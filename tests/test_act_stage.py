"""A stage of an act ("the final phase of the operation") stands for the act (coding/noun_clauses.unwrap_quantity,
data/coding/nouns.tsv `stage`), on sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-05-02")


def _force(evs):
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if e.cameo.startswith("19")]


def test_the_stage_of_a_campaign_is_aimed_where_the_campaign_is():
    evs = events_of("Ethiopian troops launched the last stage of the campaign to retake Baidoa from al-Shabaab "
                    "on Monday.")
    got = _force(evs)
    assert any(t == "SOMINS" for s, t in got), got
    assert not any(t and t.endswith("PTY") for s, t in got), got


def test_the_phase_of_an_offensive_against_a_group():
    evs = events_of("The Nigerian army began the second phase of its offensive against Boko Haram in Borno.")
    got = _force(evs)
    assert any(s and s.startswith("NGA") and t and t.startswith("NGA") and t != s for s, t in got), got
