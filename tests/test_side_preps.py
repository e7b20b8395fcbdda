"""Prepositional phrases that name the doer's side, not the target (coding/side_preps.py), in sentences written for
these tests: "for" on an act of force is on whose behalf it is done, "on behalf of" and "on the side of" say whose
side the fighters are on, "with" on a move of forces is in whose company; a goal ("fighting for independence inside X")
is no side, an act noun after "for" still names the party it is aimed at, and the directed prepositions of other acts
still name their targets."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def test_killings_for_a_cartel_are_not_aimed_at_the_cartel():
    evs = events_of("The gunmen carried out two killings for the cartel in Sinaloa last year.")
    assert at(evs, "carried out"), dump(evs)
    for e in at(evs, "carried out"):
        assert e.target is None or "cartel" not in (e.target.text or ""), dump(evs)


def test_fighting_on_behalf_of_a_party_does_not_fight_it():
    evs = events_of("Colombian soldiers fought on behalf of the Venezuelan opposition near the border.")
    assert at(evs, "fought"), dump(evs)
    for e in at(evs, "fought"):
        assert e.target is None or e.target.country != "VEN", dump(evs)


def test_fighting_on_the_side_of_rebels_does_not_fight_them():
    evs = events_of("Chadian troops were fighting on the side of the Libyan rebels.")
    for e in at(evs, "fighting"):
        assert e.target is None or e.target.country != "LBY", dump(evs)


def test_fighting_for_a_militia_does_not_fight_it():
    evs = events_of("Egyptian mercenaries were fighting for the Sudanese militia near Khartoum.")
    for e in at(evs, "fighting"):
        assert e.target is None or "militia" not in (e.target.text or ""), dump(evs)


def test_deploying_with_a_brigade_is_not_aimed_at_it():
    evs = events_of("The volunteers deployed with a Chilean brigade to the border.")
    for e in at(evs, "deployed"):
        assert e.target is None or e.target.country != "CHL", dump(evs)


def test_troops_for_an_offensive_still_name_its_enemy():
    evs = events_of("The Chilean army mobilised troops for an offensive against the rebels.")
    e = at(evs, "mobilised")
    assert len(e) == 1 and e[0].target is not None and e[0].target.code == "CHLREB", dump(evs)


def test_aid_for_refugees_and_a_call_on_a_state_keep_their_targets():
    evs = events_of("Norway provided aid for Syrian refugees in Lebanon.")
    e = at(evs, "provided")
    assert len(e) == 1 and e[0].target is not None and e[0].target.code == "SYRREF", dump(evs)
    evs = events_of("Kenya called on Somalia to withdraw its troops.")
    e = at(evs, "called")
    assert len(e) == 1 and e[0].target is not None and e[0].target.country == "SOM", dump(evs)


def test_fighting_for_a_goal_in_a_country_still_fights_its_state():
    evs = events_of("Basque separatists have been fighting for independence inside Spain since the 1960s.")
    e = at(evs, "fighting")
    assert len(e) == 1 and e[0].target is not None and e[0].target.code == "ESP", dump(evs)
