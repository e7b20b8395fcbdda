"""A light verb whose object is the start of an act ("announced the launch of", "the resumption of") acts the act
its "of" phrase names (coding/noun_clauses.py, data/coding/nouns.tsv `phase`). Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def coded(text):
    return [(e.cameo[:3], e.source and e.source.code, e.trigger_text) for e in code_text(text).events]


def test_a_light_verb_acts_the_act_whose_start_it_names():
    assert coded("Nigeria's army announced the beginning of raids on militant camps near Lake Chad.")[0][:2] \
        == ("190", "NGAMIL")
    assert ("040", "GOV", "announced the resumption of talks") in coded(
        "The two governments announced the resumption of talks in Geneva.")


def test_the_start_of_no_act_or_the_end_of_one_is_nothing():
    assert coded("India announced the launch of a satellite from Sriharikota.") == []
    assert coded("The two governments announced the end of talks in Geneva.") == []
