"""Two people the lists know apart are two parties even with one code (coding/same_party.py), on sentences written
for these tests."""
from __future__ import annotations

from coded_sentences import events_on

from eventwire.coding.same_party import is_source
from eventwire.model import Actor


events_of = events_on("2018-12-21")


def _dyads(evs, root):
    return [(e.source.name if e.source else None, e.target.name if e.target else None, e.target.code if e.target else None)
            for e in evs if e.cameo.startswith(root)]


def test_one_member_of_a_government_objects_to_anothers_plan():
    got = _dyads(events_of("Jim Mattis objected to Donald Trump's plan to pull the troops out."), "11")
    assert any(t == "Donald Trump" and code == "USAGOV" for s, t, code in got), got


def test_a_secretary_resists_the_presidents_policies():
    got = _dyads(events_of("Mike Pompeo resisted several of Donald Trump's trade policies."), "12")
    assert any(t == "Donald Trump" for s, t, code in got), got


def test_ones_own_decision_is_no_target_of_ones_own():
    got = _dyads(events_of("Donald Trump defended his decision to pull the troops out."), "05")
    assert not any(t == "Donald Trump" for s, t, code in got), got


def test_is_source_by_code_and_by_person():
    a = Actor(code="USAGOV", entity="a-person", kind="person", start=10)
    b = Actor(code="USAGOV", entity="b-person", kind="person", start=40)
    body = Actor(code="USAGOV", start=60)
    assert not is_source(a, [b])
    assert is_source(a, [a])
    assert is_source(body, [b])
