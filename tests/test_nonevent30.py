"""Acts named only in a description, a quoted saying, a report set aside, a habit, a question, a possessed thing's
doing, a state of being assured, kin told of a death or a class marked by alternatives are no events (issue 14 item
6, nonevent30; coding/unheld_states.py, non_events.tsv `relation`): sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_a_stance_that_describes_a_label_is_no_rejection():
    evs = events_of("Bolton is regarded as a hardliner, opposed to the Iran nuclear deal, and rarely gives "
                    "interviews.")
    assert not at(evs, "opposed"), dump(evs)


def test_a_stance_stated_with_a_copula_stays():
    evs = events_of("Jordan is opposed to any offensive on the border town.")
    assert at(evs, "opposed"), dump(evs)


def test_a_quoted_slogan_is_no_act():
    evs = events_of("The film sets the miners' courage against the grim logic of \u201cGaddafi or we burn "
                    "Libya\u201d.")
    assert not at(evs, "burn"), dump(evs)


def test_a_report_set_aside_by_despite_is_no_killing():
    evs = events_of("Despite reports last month that the commander had been killed, his brother said on Sunday "
                    "that he was still alive.")
    assert not at(evs, "killed"), dump(evs)


def test_a_report_not_set_aside_stays():
    evs = events_of("The commander was killed in an airstrike near Raqqa on Sunday, his brother said.")
    assert at(evs, "killed"), dump(evs)


def test_a_habit_in_the_present_is_no_deployment():
    evs = events_of("Officers often find ways around the troop cap, sometimes bringing in extra forces for a "
                    "few weeks.")
    assert not at(evs, "bringing"), dump(evs)


def test_a_deployment_done_stays():
    evs = events_of("The Pentagon brought in extra forces from Kuwait last week.")
    assert at(evs, "brought"), dump(evs)


def test_a_planned_attack_only_asked_about_is_no_threat():
    evs = events_of("Why did the minister say nothing about the army\u2019s planned assault on the refugees of "
                    "Daraa?")
    assert not at(evs, "assault"), dump(evs)


def test_a_planned_attack_told_stays():
    evs = events_of("The army\u2019s planned assault on Daraa will begin next week, officials said.")
    assert any(e.cameo[:2] == "13" for e in evs), dump(evs)


def test_what_a_possessed_rift_does_is_no_assault():
    evs = events_of("But Britain has its own bitter rift, slashing through the ruling party.")
    assert not at(evs, "slashing") and not at(evs, "rift"), dump(evs)


def test_a_party_assured_of_support_is_told_nothing():
    evs = events_of("The ruling party is already assured of the backing of the Kurdish bloc in parliament.")
    assert not at(evs, "assured"), dump(evs)


def test_an_assurance_given_stays():
    evs = events_of("The president assured Iraq of continued support on Monday.")
    assert at(evs, "assured"), dump(evs)


def test_kin_told_of_a_death_is_no_statement():
    evs = events_of("The soldier\u2019s family were informed of his death on Monday.")
    assert not at(evs, "informed"), dump(evs)


def test_a_class_marked_by_alternatives_is_no_act():
    evs = events_of("Refugees come from the countries that the US has bombed, or invaded, or both.")
    assert not at(evs, "bombed") and not at(evs, "invaded"), dump(evs)


def test_alternatives_without_or_both_stay():
    evs = events_of("The villages that the rebels have shelled lie empty.")
    assert at(evs, "shelled"), dump(evs)


def test_people_gathered_in_a_room_of_daily_life_hold_no_rally():
    evs = events_of("About 50 women gathered in a school gymnasium in Toronto last autumn.")
    assert not at(evs, "gathered"), dump(evs)


def test_protesters_gathered_in_a_square_rally():
    evs = events_of("Thousands of protesters gathered in Tahrir Square on Friday.")
    assert any(e.cameo[:2] == "14" for e in evs), dump(evs)


def test_the_writer_praised_at_a_checkpoint_is_no_endorsement():
    evs = events_of("Militants stopped me at a checkpoint near Mosul. They were amazed, praised me and let me go.")
    assert not at(evs, "praised"), dump(evs)


def test_praise_told_in_a_quotation_stays():
    evs = events_of("\u201cThe president praised me for my work,\u201d the minister said.")
    assert at(evs, "praised"), dump(evs)


def test_what_often_befalls_a_class_is_a_habit():
    evs = events_of("Smugglers who try to cross the border at night often get shot.")
    assert not at(evs, "shot"), dump(evs)


def test_a_generic_class_described_by_an_act_under_a_habit_is_no_act():
    evs = events_of("Armed groups sanctioned by Washington are usually forced to move their money through Dubai.")
    assert not at(evs, "sanctioned"), dump(evs)


def test_definite_groups_armed_by_a_state_keep_their_arming():
    evs = events_of("The rebel groups armed by Turkey often fight each other.")
    assert at(evs, "armed"), dump(evs)
