"""Implied doers of captures, charges, trials and repatriations (issue 14, no source; session 30): the captor or local
holder the article names for the same captives (coding/held_captors.py), the states people were repatriated to
(coding/repatriated.py), the courts of a trial for the charge its defendants face (coding/tried.accused_on_trial),
and a charge "at" a court (lexicon 173.charge-at-court). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of, sources_at as sources


def test_a_capture_with_no_doer_takes_the_local_holder_of_the_same_people():
    evs = events_of("At least four other Dutch men are currently in Kurdish custody near Qamishli, accused of "
                    "fighting for Isis. Two Dutch men, Daan Visser and Youssef Amrani, were captured in March.")
    got = [e for e in at(evs, "captured") if e.source is not None]
    assert got and all(e.source.code.endswith("KUR") for e in got), dump(evs)
    assert all("holds the same captives" in (e.source.why or "") for e in got), dump(evs)


def test_no_holder_for_people_of_another_country():
    evs = events_of("At least four Dutch men are currently in Kurdish custody near Qamishli. Two Belgian women were "
                    "captured in March.")
    assert not any(e.source is not None for e in at(evs, "captured")), dump(evs)


def test_a_foreign_state_s_custody_is_no_captor():
    evs = events_of("At least four other Dutch men are now in US custody at a base in Iraq. Two Dutch men, Daan "
                    "Visser and Youssef Amrani, were captured in March.")
    assert not any(e.source is not None and e.source.code.startswith("USA") for e in at(evs, "captured")), dump(evs)


def test_a_capture_placed_in_another_country_takes_no_holder():
    evs = events_of("At least four other Dutch men are currently in Kurdish custody near Qamishli. A Dutch man, "
                    "Daan Visser, was captured in Istanbul in March.")
    assert not any(e.source is not None and e.source.code.endswith("KUR") for e in at(evs, "captured")), dump(evs)


def test_captivity_is_custody():
    evs = events_of("The aid worker remains in Houthi captivity in Sanaa.")
    assert any(e.cameo.startswith("173") for e in at(evs, "captivity")), dump(evs)


def test_a_repatriation_to_named_states_is_theirs():
    evs = events_of("Only about 40 women linked to the group have been repatriated so far: to Kazakhstan, "
                    "Uzbekistan and Tajikistan.")
    assert sources(evs, "repatriated") == {"KAZGOV", "UZBGOV", "TJKGOV"}, dump(evs)


def test_the_people_repatriated_are_the_state_s_own():
    evs = events_of("Twelve women and 30 children were repatriated to Uzbekistan last month.")
    got = at(evs, "repatriated")
    assert {e.source.code for e in got if e.source} == {"UZBGOV"}, dump(evs)
    assert all(e.target is not None and e.target.country == "UZB" for e in got), dump(evs)


def test_refugees_sent_home_take_no_home_state_doer():
    evs = events_of("Thousands of Afghan refugees were repatriated to Afghanistan from Pakistan last year.")
    assert "AFGGOV" not in sources(evs, "repatriated"), dump(evs)


def test_a_repatriation_with_a_doer_keeps_it():
    evs = events_of("Kazakhstan repatriated 47 women from Syria last month.")
    assert sources(evs, "repatriated") == {"KAZ"} or sources(evs, "repatriated") <= {"KAZ", "KAZGOV"}, dump(evs)


def test_the_charge_of_people_awaiting_trial_is_by_the_courts():
    evs = events_of("Two Dutch men are awaiting trial in the Netherlands accused of sending money to Isis.")
    got = at(evs, "accused")
    assert got and all(e.source is not None and e.source.code == "NLDJUD" for e in got), dump(evs)
    assert all(e.target is None or e.target.country == "NLD" for e in got), dump(evs)


def test_kin_awaiting_trial_are_tried():
    evs = events_of("His parents are awaiting trial in Belgium.")
    assert sources(evs, "trial") == {"BELJUD"}, dump(evs)


def test_charged_at_a_court_is_a_legal_charge():
    evs = events_of("The suspect was charged at a magistrates court in Leeds on Monday.")
    got = at(evs, "charged")
    assert got and all(e.cameo.startswith("173") for e in got), dump(evs)


def test_a_release_of_a_group_s_hostages_is_the_group_s():
    evs = events_of("Two of al-Shabaab's hostages were freed on Tuesday after months in the forest.")
    got = at(evs, "freed")
    assert {e.source.code for e in got if e.source} == {"SOMINS"}, dump(evs)
    assert not any(e.target is not None and e.target.code == "SOMINS" for e in got), dump(evs)


def test_a_release_of_hostages_of_no_one_named_keeps_no_doer():
    evs = events_of("Three hostages were freed on Tuesday after months in the forest.")
    assert not any(e.source is not None for e in at(evs, "freed")), dump(evs)
