"""Material acts the quad-class sentences showed being missed or taken for words: a sum of money written short as a
verb's object ("gave £20m", "donated $2bn": coding/money_amounts.py) is money given; armed forces arriving somewhere
make no visit (042), peacekeepers arriving keep the peace (074); "set free" releases (0841, property 0842)."""
from __future__ import annotations

import pytest

from coded_sentences import codes, dump, events_of

from eventwire.nlp import load


@pytest.mark.parametrize("text, word, code", [
    ("Norway gave £35m to the relief effort in Yemen on Tuesday.", "gave", "071"),
    ("Canada donated $2bn to the World Health Organization last year.", "donated", "071"),
    ("The European Commission provided €40m to Lebanon to help the refugees.", "provided", "071"),
    ("Denmark donated USD5 million to the World Food Programme in Sudan.", "donated", "071"),
    ("Britain pledged £150m to Bangladesh after the floods.", "pledged", "0331"),
])
def test_short_sum_of_money_is_money_given(text, word, code):
    evs = events_of(text)
    assert code in codes(evs, word), dump(evs)


def test_money_pledged_to_buy_is_a_purchase_not_aid():
    evs = events_of("Ankara pledged $2bn to buy American fighter jets.")
    assert codes(evs, "pledged") == ["0311"], dump(evs)


@pytest.mark.parametrize("text", [
    "The council built a 5m wall around the park.",
    "Villagers gave 20 goats to the cooperative.",
])
def test_a_number_not_marked_as_money_is_no_money(text):
    from eventwire.coding.money_amounts import money_amount
    doc = load()(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    assert not money_amount(obj)
    assert not money_amount(next(t for t in doc if t.like_num))


def test_money_amount_reads_the_split_tokens():
    from eventwire.coding.money_amounts import money_amount
    doc = load()("Sweden gave €12m to the agency.")
    assert any(money_amount(t) for t in doc if t.dep_ == "dobj")


@pytest.mark.parametrize("text", [
    "About 200 Rwandan peacekeepers arrived in Bangui on Friday.",
    "Hundreds of Zambian peacekeeping troops arrived in Bangui on Friday.",
])
def test_peacekeepers_arriving_keep_the_peace(text):
    evs = events_of(text)
    assert "074" in codes(evs, "arrived"), dump(evs)


def test_an_official_arriving_still_visits():
    evs = events_of("The Iranian foreign minister arrived in Baghdad on Sunday.")
    assert "042" in codes(evs, "arrived"), dump(evs)


@pytest.mark.parametrize("text, code", [
    ("The military government set free three jailed journalists on Monday.", "0841"),
    ("Iran set the seized tanker free after a month.", "0842"),
])
def test_set_free_releases(text, code):
    evs = events_of(text)
    assert code in codes(evs, "set"), dump(evs)
