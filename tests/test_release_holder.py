"""The captor an appeal for a captive's release is made of (coding/release_holder.py), and the parties of a truce or of
talks the story named before a mediation (coding/hosted.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of, targets_at as targets


def test_an_appeal_for_a_named_captive_s_release_is_made_of_the_captor():
    evs = events_of("Marta Lindqvist, a Swedish engineer, was detained by Ethiopian police in Gondar in March. "
                    "She had been repairing water pumps in the region for two years. "
                    "Sweden's foreign ministry made a plea for her freedom on Monday.")
    assert targets(evs, "plea") == {"ETHCOP"}, dump(evs)


def test_a_petition_calling_for_a_release_is_made_of_the_captor():
    evs = events_of("Marta Lindqvist, a Swedish engineer, was detained by Ethiopian police in Gondar in March. "
                    "Her family have launched a petition calling for Lindqvist's release.")
    assert "ETHCOP" in {e.target.code for e in evs if e.target and e.cameo.startswith("02")}, dump(evs)


def test_pressing_for_the_freeing_of_described_captives_is_aimed_at_their_captor():
    evs = events_of("Thirty Greenpeace activists were arrested by Russian coastguards in the Kara Sea. "
                    "The Dutch government pressed for the freeing of the Greenpeace activists.")
    assert targets(evs, "pressed") == {"RUS"}, dump(evs)


def test_a_release_asked_of_a_named_party_keeps_that_party():
    evs = events_of("Marta Lindqvist, a Swedish engineer, was detained by Ethiopian police in Gondar in March. "
                    "Her family appealed to the Swedish government for her release.")
    assert "ETHCOP" not in targets(evs, "appealed"), dump(evs)


def test_no_captor_for_another_captive():
    evs = events_of("Thirty Greenpeace activists were arrested by Russian coastguards in the Kara Sea. "
                    "The Dutch government called for the release of two fishermen held in Somalia.")
    assert "RUS" not in targets(evs, "called"), dump(evs)


def test_a_truce_ends_the_fight_the_story_named_sentences_before():
    evs = events_of("Fatah and Hamas fought for control of Gaza in 2007. Hundreds of people were killed. "
                    "Whole streets of Gaza City were left in ruins. "
                    "The internecine clashes went on for weeks until Egypt brokered a truce.")
    got = targets(evs, "brokered")
    assert len(got) == 2 and None not in got and not any(c.startswith("EGY") for c in got), dump(evs)


def test_allies_fighting_a_common_foe_are_no_parties_of_a_truce():
    evs = events_of("The United States and the Kurds fought Isis in Raqqa. Hundreds of people were killed. "
                    "Whole streets were left in ruins. Finally Turkey brokered a truce.")
    assert not ({"USA", "USAMIL", "SYRKUR"} & targets(evs, "brokered")), dump(evs)


def test_talks_brokered_later_are_between_the_parties_the_story_named():
    evs = events_of("Direct talks between Kabul and the Taliban opened in Doha. Dozens of people were killed in "
                    "Kabul on Monday. Many shops were burned. Qatar had brokered the talks.")
    assert targets(evs, "brokered") == {"AFGGOV", "AFGINS"}, dump(evs)


def test_a_refusal_to_engage_is_aimed_at_the_side_its_envoy_says_it_cannot_talk_to():
    evs = events_of("The Venezuelan delegation flatly refused to engage in Oslo, and the Venezuelan government's chief "
                    "envoy Jorge Rodriguez insisted it was impossible to talk to the opposition for now.")
    assert targets(evs, "refused") == {"VENOPP"}, dump(evs)
