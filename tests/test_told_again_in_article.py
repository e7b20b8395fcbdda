"""An act of words or diplomacy (roots 01-13) told again later in the article is a mention of it, not a new event
(issue 14, "one event per act"; coding/retold_words.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events = events_on("2021-05-03")


def test_in_condemning_tells_the_condemnation_again():
    got = [e for e in events("Jordan condemned the Israeli raid on the mosque on Friday. In condemning the raid, the "
                             "Jordanian foreign ministry said it had broken every rule of worship.")
           if e.cameo.startswith("111")]
    assert len(got) == 1
    e = got[0]
    assert e.source.code == "JORGOV"            # the fuller actor of the two tellings
    assert e.target.code.startswith("ISR")
    assert [m["sentence"] for m in e.mentions] == [1] and "condemning" in e.mentions[0]["link"]


def test_a_possessive_noun_tells_the_criticism_again():
    got = [e for e in events("Iran criticised the sanctions imposed by Washington. Tehran's criticism of the "
                             "sanctions came a day after the US Treasury announced them.") if e.cameo == "111"]
    assert len(got) == 1 and got[0].source.code.startswith("IRN") and len(got[0].mentions) == 1


def test_another_persons_departure_is_another_act():
    got = [e for e in events("The Dutch envoy to the talks, Pieter de Vries, resigned on Friday. Pieter de Vries's "
                             "resignation follows that of the trade minister, Anna Bakker, who announced her "
                             "departure last week.") if e.cameo.startswith("083")]
    assert len(got) == 2
    assert sum(len(e.mentions) for e in got) == 1


def test_a_bare_repeat_may_be_a_new_act():
    got = events("The Iranian envoy Ali Velayati met Assad in Damascus on Thursday. Velayati met Assad again on "
                 "Saturday in Latakia.")
    assert len([e for e in got if e.cameo.startswith("04")]) == 2


def test_another_code_is_another_act():
    got = events("Egypt warned Ethiopia over the dam on Monday. Cairo's criticism of the dam was echoed by Sudan.")
    codes = sorted(e.cameo for e in got if e.source is not None and e.source.code.startswith("EGY"))
    assert len(codes) == 2


def test_a_first_telling_with_no_doer_takes_none_from_a_later_noun():
    got = events("Ms Hale was joined in Amman by Britain's foreign secretary, Jeremy Hunt, whose arrival seemed meant "
                 "to reassure the Jordanians and other partners that Britain was not deserting them. Both men had been "
                 "unsettled by the prime minister's March announcement.", date="2019-04-08")
    assert any(e.cameo == "010" and e.sentence == 1 for e in got)
    assert not any(e.mentions and any("tells it again" in m["link"] for m in e.mentions) for e in got)
