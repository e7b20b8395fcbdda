"""How cased news writes known names (issue 14): a group written in capitals ("ISIS", as much US news writes it) is
read by the parser as the actor files' one-capital spelling ("Isis": pipeline.NameCase, given to spaCy by
pipeline.parse_text at the same offsets), and a person's initial is matched with or without its full stop ("George
W Bush"; knowledge/actor_records.initial_variants). Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.knowledge.actor_records import capital_spellings, initial_variants
from eventwire.knowledge.actors import default_kb
from eventwire.pipeline import NameCase, parse_text
from coded_sentences import events_of


@pytest.fixture(scope="module")
def names():
    return NameCase.of(default_kb())


def test_capital_spellings_are_the_names_written_both_ways():
    got = capital_spellings(default_kb().aliases)
    assert got["ISIS"] == "Isis" and got["NATO"] == "Nato" and got["UNICEF"] == "Unicef"
    assert "US" not in got and "UN" not in got          # three letters or fewer: an acronym, no name
    assert all(k.isupper() and v == k.title() for k, v in got.items())


@pytest.mark.parametrize("text, want", [
    ("We know that ISIS fights from villages.", "We know that Isis fights from villages."),
    ("troops fighting ISIS-held towns", "troops fighting Isis-held towns"),
    ("the anti-ISIS coalition", "the anti-Isis coalition"),
    ("the ISIS\u2019 capital, said NATO officials", "the Isis' capital, said Nato officials"),
    # a longer name in capitals, and a line all in capitals: as written
    ("clashes with ISIS-K in the east", "clashes with ISIS-K in the east"),
    ("ISIS FIGHTERS STORM TOWN", "ISIS FIGHTERS STORM TOWN"),
    # a name that is no known name in both spellings, and a known name inside a longer word
    ("the UN and the ICRC said", "the UN and the ICRC said"),
    ("the NATOS summit", "the NATOS summit"),
])
def test_the_parser_reads_a_name_in_capitals_with_one_capital(names, text, want):
    got = parse_text(text, names)
    assert got == want
    assert len(got) == len(text)
    assert parse_text(text) == parse_text(text, None)


def test_a_dateline_agency_is_still_a_dateline(names):
    text = "TEHRAN, June 26 (IRNA) - Iran's top security official met the Iraqi envoy."
    got = parse_text(text, names)
    assert got == parse_text(text).replace("IRNA", "Irna") and "(Irna) . Iran" in got


def _dyads(text, date="2017-06-01"):
    evs = events_of(text, date)
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


def test_group_in_capitals_is_the_doer_of_what_it_fights():
    # before: no event ("We know ISIS fights" read without the group as a name)
    assert ("190", "IMGINSISI", None) in _dyads("\u201cWe know ISIS fights from schools and hospitals,\u201d the "
                                                "spokesman told reporters.")


def test_group_in_capitals_after_a_copula_is_the_doer():
    # before: 190 with no source
    got = _dyads("\u201cMost of the men who are fighting in Idlib against the rebels are ISIS, though nobody admits "
                 "it.\u201d")
    assert ("190", "IMGINSISI", "SYRREB") in got


def test_both_groups_fought_in_capitals_are_targets():
    # before: al-Qaida lost as the second target
    got = _dyads("The US wants to keep troops in Syria, not only to battle ISIS and al-Qaida but also to counter "
                 "Iran, the secretary said.")
    assert ("190", None, "IMGINSISI") in got and ("190", None, "IMGINSAQD") in got


def test_quotes_keep_the_capitals():
    res = code_text("\u201cWe know ISIS fights from schools and hospitals,\u201d the spokesman told reporters.",
                    date="2017-06-01")
    e = next(e for e in res.events if e.cameo == "190")
    assert e.source.text == "ISIS" and "ISIS" in e.sentence_text


@pytest.mark.parametrize("name, want", [
    ("George W. Bush", {"George W. Bush", "George W Bush"}),
    ("Moeen U Ahmed", {"Moeen U Ahmed", "Moeen U. Ahmed"}),
    ("A. K. Antony", {"A. K. Antony", "A K Antony", "AK Antony", "A.K. Antony"}),   # a run of initials together
    ("Malcolm X", {"Malcolm X"}),                   # a last word is no initial
    ("C.Y. Leung", {"C.Y. Leung"}),
    ("Bush", {"Bush"}),
])
def test_initial_variants(name, want):
    assert initial_variants(name) == want


@pytest.mark.parametrize("text", [
    "In 2003 George W Bush ordered the invasion of Iraq.",
    "In 2003 George W. Bush ordered the invasion of Iraq.",
])
def test_a_middle_initial_with_or_without_its_full_stop(text):
    found = [(a.text, a.code) for a in default_kb().find(text, "2003-03-20")]
    assert (text[8:text.index(" ordered")], "USAGOV") in found


def test_a_middle_initial_without_full_stop_is_the_doer():
    # before: "George W Bush" no actor (the surname alone is blocked inside someone else's name)
    got = _dyads("George W Bush ordered air strikes on Baghdad in March 2003.", date="2003-03-20")
    assert any(s == "USAGOV" and c[:2] == "19" for c, s, _t in got), got
