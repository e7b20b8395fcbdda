"""Precision (issue 14, "not an event", second pass): strikes a government announces are attacks, not a stoppage (a doer's sector read against data/coding/strike_senses.tsv, coding/strike_sense.py); a place of work or care stopping its own work ("two clinics
suspended operations") is no halt of fighting, and onlookers "shooting from the sidelines" fire no shot
(data/coding/idioms.tsv kinds `facility`, `facility_object` and `prep`; coding/figures.py `idiom`); whatever lies
inside a relative clause with a modal on a bill or measure, however deep, is what the text would do, not an act done
(coding/unrealised.py `text_provision`, called from coding/modality.py). The real acts beside them stay. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word", [
    ("Two Yemeni hospitals suspended operations; a third was shelled out of use.", "suspended"),
    ("Three Sudanese clinics halted services after the shelling of the market.", "halted"),
])
def test_facility_stopping_its_work_is_no_halt_of_fighting(text, word):
    evs = at(all_events_of(text), word)
    assert not evs, dump(evs)


@pytest.mark.parametrize("text, word, root", [
    ("The Yemeni army suspended operations in Marib after the truce.", "suspended", "08"),
    ("Sudanese troops halted the offensive on the town.", "halted", "08"),
])
def test_forces_halting_operations_stay(text, word, root):
    evs = at(all_events_of(text), word)
    assert [e for e in evs if e.cameo.startswith(root)], dump(all_events_of(text))


def test_shooting_from_the_sidelines_is_a_figure():
    text = ("It makes Yemen the arena for a regional contest, with Oman, Egypt, Hamas, Sudan and the Houthis all "
            "shooting wildly at Saudi Arabia from the sidelines.")
    evs = at(all_events_of(text), "shooting")
    assert not evs, dump(evs)


def test_real_shooting_from_a_place_stays():
    evs = at(all_events_of("Egyptian snipers were shooting at Libyan border guards from the hills."), "shooting")
    assert [e for e in evs if e.cameo.startswith("19")], dump(evs)


def test_deep_provision_of_a_bill_is_no_act():
    text = ("Several senators tried to attach the measure - which would bar Canadian firms from joining boycotts "
            "organized by bodies like the African Union - to the budget.")
    evs = at(all_events_of(text), "organized")
    assert not evs, dump(evs)


def test_boycott_organised_outside_a_bill_stays():
    evs = at(all_events_of("Canadian firms joined boycotts organized by the African Union."), "organized")
    assert [e for e in evs if e.cameo.startswith("14")], dump(evs)


def test_act_told_beside_a_bill_stays():
    text = "The bill, which Kenyan lawmakers passed after police killed two protesters, bans masks."
    evs = at(all_events_of(text), "killed")
    assert [e for e in evs if e.cameo.startswith("19")], dump(evs)


@pytest.mark.parametrize("text, word", [
    ("The Kenyan president issued a statement announcing the strikes.", "announcing"),
    ("The Kenyan government announced the strikes.", "announced"),
])
def test_strikes_a_government_announces_are_no_stoppage(text, word):
    # a doer's sector picks the strike's sense (data/coding/strike_senses.tsv force_sector, read lower-cased)
    evs = at(all_events_of(text), word)
    assert not [e for e in evs if e.cameo.startswith("14")], dump(evs)


def test_strike_teachers_announce_stays_a_stoppage():
    evs = at(all_events_of("Teachers in Lima announced a strike."), "announced")
    assert [e for e in evs if e.cameo == "143"], dump(evs)
