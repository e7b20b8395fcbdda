"""Two named parties referred to together ("they", "the two leaders") in an act they do with each other: a
consultation about a topic ("They discussed trade") or agreeing on a finding ("They agreed it was essential that ...")
gives one event each way, not events with no target (coding/reciprocal.py content_object; roles.tsv reciprocal-word
`agree`). Passages written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def _dyads(evs, word):
    return {(x.source.code, x.target.code if x.target else None) for x in at(evs, word) if x.source is not None}


def test_they_after_a_call_with_someone_discussed_a_topic_with_each_other():
    evs = events_of("Narendra Modi held a call with Joe Biden on Tuesday. They discussed trade and regional "
                    "security.", date="2023-06-13")
    assert _dyads(evs, "discussed") == {("INDGOV", "USAGOV"), ("USAGOV", "INDGOV")}, dump(evs)


def test_coordinated_leaders_then_they_discussed_a_crisis():
    evs = events_of("Emmanuel Macron and Olaf Scholz spoke by telephone on Monday. They discussed the energy crisis "
                    "and agreed to meet in Berlin next month.", date="2022-10-03")
    assert _dyads(evs, "discussed") == {("FRAGOV", "DEUGOV"), ("DEUGOV", "FRAGOV")}, dump(evs)


def test_they_agreed_on_a_finding_is_each_agreeing_with_the_other():
    evs = events_of("Justin Trudeau and Jacinda Ardern held a joint news conference in Ottawa on Thursday. They "
                    "agreed it was essential that the trade rules were respected.", date="2019-06-06")
    assert _dyads(evs, "agreed") == {("CANGOV", "NZLGOV"), ("NZLGOV", "CANGOV")}, dump(evs)


def test_they_for_one_group_stays_one_actor_with_no_target():
    evs = events_of("Police arrested hundreds of protesters in Minsk on Saturday. Later they discussed the march.")
    assert all(x.target is None for x in at(evs, "discussed")), dump(evs)


def test_discussed_a_topic_with_a_third_party_keeps_the_third_party():
    evs = events_of("Emmanuel Macron and Olaf Scholz discussed the energy crisis with Joe Biden on Monday.",
                    date="2022-10-03")
    assert _dyads(evs, "discussed") == {("FRAGOV", "USAGOV"), ("DEUGOV", "USAGOV")}, dump(evs)
