"""Acts named only as a lack, a characterisation, a standing status, a class's lot, a standing post or a description
of a party are no events (issue 14 item 6, nonevent28; coding/standing_acts.py): sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_what_aid_groups_lack_the_means_to_do_is_no_aid():
    evs = events_of("Doctors in the besieged town say they lack the fuel and medicine to treat the injured.")
    assert not at(evs, "treat"), dump(evs)


def test_aid_sent_to_treat_the_wounded_stays():
    evs = events_of("The Red Cross sent medicine to Aleppo on Monday to treat the wounded.")
    assert at(evs, "sent"), dump(evs)


def test_an_act_noun_in_what_a_speaker_calls_something_is_no_act():
    evs = events_of("Residents consider the new bases part of the American occupation of Syria.")
    assert not at(evs, "occupation"), dump(evs)


def test_an_occupation_told_as_done_stays():
    evs = events_of("The American occupation of the Syrian oilfields began in October.")
    assert any(e.cameo == "192" for e in evs), dump(evs)


def test_a_leader_now_imprisoned_is_no_new_arrest():
    evs = events_of("Her ideas drew on the writings of Abdullah Ocalan, the Kurdish leader now imprisoned in Turkey.")
    assert not at(evs, "imprisoned"), dump(evs)


def test_a_leader_imprisoned_last_week_stays():
    evs = events_of("Turkish police imprisoned the Kurdish leader last week.")
    assert at(evs, "imprisoned"), dump(evs)


def test_what_befalls_commanders_as_a_rule_is_no_killing():
    evs = events_of("Mid-level commanders rarely last a year; they either get killed or replaced.")
    assert not at(evs, "killed"), dump(evs)


def test_commanders_killed_last_week_stay():
    evs = events_of("Two militant commanders were killed by an Iraqi airstrike near Mosul last week.")
    assert at(evs, "killed"), dump(evs)


def test_a_post_guarded_in_a_relative_clause_is_no_protection():
    evs = events_of("A warehouse two French volunteers were guarding was set on fire by Isis fighters.")
    assert not at(evs, "guarding"), dump(evs)


def test_militias_fighting_in_a_country_only_say_who_they_are():
    evs = events_of("Ankara says the Kurdish militias fighting in Syria are a threat to its security.")
    assert not at(evs, "fighting"), dump(evs)


def test_militias_fighting_a_named_foe_stay():
    evs = events_of("Turkish-backed militias fighting Kurdish forces in Afrin shelled the town on Sunday.")
    assert at(evs, "fighting") or at(evs, "shelled"), dump(evs)
    assert at(evs, "shelled"), dump(evs)


def test_a_national_of_a_named_country_is_a_private_person_not_the_state():
    evs = events_of("A UK national was arrested by Turkish police in Istanbul on Friday.")
    got = at(evs, "arrested")
    assert got and got[0].target is not None and got[0].target.code == "GBRCVL", dump(evs)


def test_an_act_under_a_supposed_gerund_subject_is_not_done():
    evs = events_of("Having a former fighter like him work with the Iraqi government to speak out against the "
                    "militants would be a powerful message.")
    assert not at(evs, "speak out"), dump(evs)


def test_borders_pushed_out_by_a_growing_city_are_no_force():
    evs = events_of("A wave of oil companies and hotels has flooded the city, changing its character and pushing its "
                    "borders out into the surrounding desert.")
    assert not at(evs, "push"), dump(evs)


def test_an_uprising_named_inside_a_characterisation_stays():
    evs = events_of("Homs is seen as the cradle of the Syrian uprising against Assad.")
    assert at(evs, "uprising"), dump(evs)


def test_nationals_who_fought_with_a_group_stay_its_members():
    evs = events_of("Three Dutch nationals who fought with Islamic State were killed by an air strike near Raqqa.")
    assert not any(e.target is not None and e.target.code == "NLDCVL" for e in evs), dump(evs)


def test_a_country_named_alone_stays_the_state():
    evs = events_of("Iranian police detained a diplomat of the UK in Tehran on Tuesday.")
    assert not any(e.target is not None and e.target.code == "GBRCVL" for e in evs), dump(evs)


def test_a_post_guarded_in_a_contact_relative_on_the_object_is_no_protection():
    evs = events_of("Isis fighters shelled the bridge that Iraqi soldiers were guarding near Mosul.")
    assert at(evs, "shelled") and not at(evs, "guarding"), dump(evs)


def test_soldiers_guarding_prisoners_stay_an_act():
    evs = events_of("Iraqi soldiers were guarding the checkpoint when it was attacked.")
    assert at(evs, "guarding"), dump(evs)
