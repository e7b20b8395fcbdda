"""A response whose object is "it", "this" or "that" standing for an act told just before takes that act's doer as
its target (coding/pronoun_acts.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _target(evs, word):
    got = at(evs, word)
    assert len(got) == 1, dump(evs)
    return got[0].target


def test_this_stands_for_a_vote_to_expel_told_before():
    evs = events_of("The Iraqi parliament voted to expel American troops. Washington rejected this.")
    t = _target(evs, "rejected")
    assert t is not None and t.code == "IRQLEG" and "stands for ('expel'" in t.why, dump(evs)


def test_this_stands_for_shelling_told_before():
    evs = events_of("The Kenyan army shelled the border town overnight. Somalia condemned this on Friday.")
    t = _target(evs, "condemned")
    assert t is not None and t.country == "KEN", dump(evs)


def test_it_is_the_reported_act_not_the_reporter():
    evs = events_of("Norway said Sudan had bombed the camp. Egypt condemned it.")
    t = _target(evs, "condemned")
    assert t is not None and t.country == "SDN", dump(evs)


def test_it_stands_for_an_announced_withdrawal():
    evs = events_of("Russia announced the withdrawal of its troops from the border on Monday. Germany welcomed it.")
    t = _target(evs, "welcomed")
    assert t is not None and t.country == "RUS", dump(evs)


def test_acts_of_two_other_sides_leave_this_unplain():
    evs = events_of("Kenyan troops shelled the town and Ethiopian forces raided a camp. Somalia condemned this.")
    assert _target(evs, "condemned") is None, dump(evs)


def test_a_noun_named_before_in_its_own_sentence_is_what_it_stands_for():
    evs = events_of("Kenyan troops shelled the town. Somalia drafted a protest note and Ethiopia rejected it.")
    t = _target(evs, "rejected")
    assert t is None or t.country != "KEN", dump(evs)
