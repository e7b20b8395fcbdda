"""Acts cast in a body a member sits in (coding/forum_acts.py, data/coding/roles.tsv forum-act): the body named before
"veto" is where it is cast, not who cast it nor the author a reply to it is aimed at. Sentences written for these
tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_possessor_of_the_use_casts_the_council_veto():
    evs = events_of("Britain criticised China's use of its Security Council veto on the resolution.")
    veto = at(evs, "veto")
    assert veto and all(e.source and e.source.code == "CHN" for e in veto), dump(evs)
    crit = at(evs, "criticised")
    assert crit and all(e.target and e.target.code == "CHN" for e in crit), dump(evs)


def test_council_is_no_target_of_using_the_veto():
    evs = events_of("Moscow has used its UN Security Council veto four times this year to protect Venezuela.")
    used = at(evs, "used")
    assert used, dump(evs)
    assert all(e.source and e.source.code.startswith("RUS") for e in used), dump(evs)
    assert all(e.target is None or not e.target.code.startswith("IGO") for e in used), dump(evs)


def test_a_state_named_before_the_veto_casts_it():
    evs = events_of("Britain condemned the Chinese veto of the resolution.")
    got = at(evs, "condemned")
    assert got and all(e.target and e.target.code == "CHN" for e in got), dump(evs)
