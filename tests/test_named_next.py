"""Praise or criticism told in the passive whose givers the next sentence names (coding/named_next.py), in sentences
written for these tests: the giver of the same act one sentence on is the source, not one aimed at someone else,
not a response of another kind, not two sentences on."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def test_praised_in_the_passive_takes_the_praiser_of_the_next_sentence():
    evs = events_of("The Ghanaian envoy was widely praised after the talks. "
                    "The Togolese president commended her patience and skill.")
    e = at(evs, "praised")
    assert len(e) == 1 and e[0].source is not None and e[0].source.code == "TGOGOV", dump(evs)
    assert e[0].target is not None and e[0].target.country == "GHA", dump(evs)
    assert "next sentence" in e[0].rule


def test_condemned_in_the_passive_takes_who_denounced_it_next():
    evs = events_of("The court ruling was condemned on Tuesday. Kenya denounced it as a betrayal of the victims.")
    e = at(evs, "condemned")
    assert len(e) == 1 and e[0].source is not None and e[0].source.country == "KEN", dump(evs)


def test_praise_of_another_in_the_next_sentence_is_not_lent():
    evs = events_of("The Ghanaian envoy was widely praised after the talks. Togo praised Nigeria for its restraint.")
    e = at(evs, "praised")
    passive = [x for x in e if x.target is not None and x.target.country == "GHA"]
    assert passive and passive[0].source is None, dump(evs)


def test_a_giver_two_sentences_on_is_not_lent():
    evs = events_of("The Ghanaian envoy was widely praised after the talks. The talks ended late on Friday. "
                    "The Togolese president commended her patience and skill.")
    e = at(evs, "praised")
    assert e and e[0].source is None, dump(evs)
