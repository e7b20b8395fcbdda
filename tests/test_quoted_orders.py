"""An order or call in what someone says is asked for, not done (issue 14, quotes: what a quote describes is not an
event unless the speaker reports it as done): an imperative that opens its sentence or quotation, its conjuncts and
its time clauses (coding/clause_modality.py `_imperative`). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, exactly_at


events_of = events_on("2018-04-10")


def dump(evs):
    return [(e.trigger_text, e.cameo, e.modality, e.source and e.source.code) for e in evs]


def test_quoted_order_and_its_conjunct_are_not_done():
    evs = events_of("“Release the prisoners and stop shelling our villages,” the rebel commander told the Syrian "
                    "government.")
    assert not [e for e in evs if e.cameo[:2] in ("08", "19")], dump(evs)


def test_quoted_call_to_attack_is_not_an_attack():
    evs = events_of("“Attack the checkpoints and kill the soldiers,” the Isis leader told his followers in a recording.")
    assert not [e for e in evs if e.cameo.startswith("19")], dump(evs)


def test_time_clause_of_an_order_is_not_done():
    evs = events_of("“Leave Syria before we attack your bases,” the militia leader told the Americans.")
    assert not exactly_at(evs, "attack"), dump(evs)


def test_an_act_told_after_a_quote_opening_stays():
    evs = events_of("“Syrian jets bombed the market this morning,” the rebel commander said.")
    e = exactly_at(evs, "bombed")
    assert e and e[0].cameo.startswith("19"), dump(evs)
    evs = events_of("Kurdish fighters expelled the militants from the town on Monday.")
    assert exactly_at(evs, "expelled"), dump(evs)
