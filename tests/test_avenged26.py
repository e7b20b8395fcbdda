"""Retaliation and vengeance are aimed at the doer of the incident they answer (issue 14, session 27:
coding/avenged.py, data/coding/avenged.tsv)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_vengeance_for_an_incident_told_before():
    evs = events_of("Last week Israeli jets bombed an Iranian military base near Palmyra. Tehran has vowed "
                    "vengeance for the incident, in which nine soldiers were killed.")
    vow = at(evs, "vowed")
    assert vow and vow[0].target is not None and vow[0].target.home() == "ISR", dump(evs)
    assert "answers" in vow[0].target.why


def test_retaliated_by_means_clause():
    evs = events_of("In 2016 Ukraine seized a Russian fishing boat in the Black Sea. Moscow retaliated by imposing "
                    "trade sanctions.")
    got = at(evs, "imposing")
    assert got and got[0].target is not None and got[0].target.code == "UKR", dump(evs)


def test_bare_revenge_vow_after_a_strike():
    evs = events_of("Israel bombed Gaza overnight. Hamas vowed revenge.")
    vow = at(evs, "vowed")
    assert vow and vow[0].target is not None and vow[0].target.code == "ISR", dump(evs)


def test_no_incident_against_the_avenger_no_target():
    # the act before was done to a third side: nothing here says whom the vengeance is against
    evs = events_of("Israel bombed Gaza overnight. Moscow vowed revenge.")
    vow = at(evs, "vowed")
    assert vow and (vow[0].target is None or vow[0].target.code != "ISR"), dump(evs)
