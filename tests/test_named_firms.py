"""A company the actor lists do not know, named by its registered name as a party of an event, is a business (BUS)
(issue 14; coding/named_firms.py, data/coding/firm_designators.tsv). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2021-06-14")


def dump(evs):
    return [(e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.text,
             e.target and e.target.code) for e in evs]


def test_company_in_the_object_of_an_investigation_is_the_target():
    evs = events_of("Regulators in Ghana have opened an investigation into Volta Shipping Holdings Inc.")
    got = [e for e in evs if e.target is not None and e.target.sector == "BUS"]
    assert got and got[0].target.text.startswith("Volta Shipping Holdings Inc"), dump(evs)
    assert "company the actor lists do not know" in got[0].target.why


def test_company_as_direct_object_is_the_target():
    evs = events_of("The Indian government fined Sunrise Textiles Ltd for dumping waste into the river.")
    got = [e for e in evs if e.cameo.startswith("1")]
    assert got and got[0].target is not None and got[0].target.text == "Sunrise Textiles Ltd", dump(evs)
    assert got[0].target.sector == "BUS", dump(evs)


def test_a_group_name_is_no_company():
    # "Group" closes names of think tanks and diplomatic groups as often as of firms: no target from it alone
    evs = events_of("The Kenyan government criticized the Harbour Study Group on Monday.")
    assert all(e.target is None or e.target.sector != "BUS" for e in evs), dump(evs)


def test_the_designator_alone_is_no_name():
    evs = events_of("The ministry criticized the Holdings on Monday.")
    assert all(e.target is None or e.target.sector != "BUS" for e in evs), dump(evs)
