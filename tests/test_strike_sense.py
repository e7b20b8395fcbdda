"""The two senses of "strike" (coding/strike_sense.py): a stoppage of work (143) or an attack (19x)."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _codes(evs):
    return sorted(e.cameo for e in evs)


def test_workers_began_strike_over_pay_is_a_stoppage_not_an_airstrike():
    evs = events_of("Port workers in Gdansk began a strike over pay on Tuesday.")
    assert [e.cameo for e in evs] == ["143"], dump(evs)
    assert evs[0].source.sector == "LAB", dump(evs)


def test_staff_launched_strike_against_cuts_is_a_stoppage():
    evs = events_of("Hospital staff in Valencia launched a strike against the job cuts.")
    assert "143" in _codes(evs) and not [e for e in evs if e.cameo.startswith("19")], dump(evs)


def test_killed_in_nationality_strike_is_one_attack_without_a_stoppage():
    evs = events_of("Three farmers were killed in an Egyptian strike on a village near Kufra, officials said.")
    assert not [e for e in evs if e.cameo == "143"], dump(evs)
    kills = [e for e in evs if e.cameo.startswith("19")]
    assert len(kills) == 1 and kills[0].source.code.startswith("EGY"), dump(evs)


def test_army_staged_strikes_on_positions_is_an_attack():
    evs = events_of("The Nigerian army staged strikes on insurgent positions near Maiduguri.")
    assert evs and not [e for e in evs if e.cameo == "143"], dump(evs)
    assert any(e.cameo.startswith("19") for e in evs), dump(evs)


def test_general_strike_called_by_unions_stays_a_stoppage():
    evs = events_of("Unions in Argentina called a general strike for Thursday.")
    assert [e.cameo for e in at(evs, "call")] == ["143"], dump(evs)


def test_doctors_strike_over_salaries_is_a_stoppage_of_the_doctors():
    evs = events_of("Ghanaian doctors' strike over unpaid salaries spread to four regions.")
    assert [e.cameo for e in evs] == ["143"] and evs[0].source.code == "GHAHLH", dump(evs)


def test_bare_strikes_in_a_story_of_warplanes_are_no_stoppage():
    evs = events_of("Warplanes bombed rebel bases near Idlib on Monday. "
                    "The president's statement announcing the strikes called them a warning.")
    assert not [e for e in evs if e.cameo == "143"], dump(evs)


def test_joining_a_foreign_strike_hypothetically_is_no_event():
    evs = events_of("A Green MP in Ottawa has argued that joining a French strike would be folly.")
    assert not [e for e in evs if e.cameo in ("143", "190", "195")], dump(evs)


def test_workers_struck_over_pension_is_a_stoppage_and_jets_struck_a_depot_an_attack():
    evs = events_of("Thousands of Belgian rail workers struck for 24 hours against the pension reform.")
    assert [e.cameo for e in at(evs, "struck")] == ["143"], dump(evs)
    evs = events_of("Israeli jets struck a weapons depot near Homs.")
    assert [e.cameo[:2] for e in at(evs, "struck")] == ["19"], dump(evs)
