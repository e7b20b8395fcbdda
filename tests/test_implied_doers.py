"""Doers named on another word than the subject (coding/implied_doers.py, coding/claimed.py): the owner of a weapon
sent in the passive, the announcer of an act told in the passive, the one that claimed an act in the passive or with
a bare claim of responsibility. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import all_events_of, at, dump, events_of, sources_at as sources, targets_at as targets


# 1. a weapon sent in the passive: its owner sent it

def test_nationality_of_missiles_fired():
    evs = events_of("Late on Thursday two Israeli missiles were fired at a weapons depot outside Hama.")
    assert sources(evs, "fired") == {"ISRMIL"}, dump(evs)
    assert "ISR" not in targets(evs, "fired") and "ISRMIL" not in targets(evs, "fired"), dump(evs)


def test_group_rockets_launched():
    evs = events_of("A volley of Hezbollah rockets was launched towards the northern Israeli town of Safed at dawn.")
    assert sources(evs, "launched") == {"LBNUAF"}, dump(evs)
    assert targets(evs, "launched") == {"ISR"}, dump(evs)


def test_possessor_of_missiles_with_a_count():
    evs = events_of("Three of the Houthis' ballistic missiles were fired toward Jizan in the early hours of Monday.")
    assert sources(evs, "fired") == {"YEMREB"}, dump(evs)


def test_shells_lobbed_by_a_state():
    evs = events_of("Before noon, several Turkish shells were lobbed over the frontier into the Kurdish-held town of Tal Abyad.")
    assert sources(evs, "lobbed") == {"TURMIL"}, dump(evs)


def test_no_doer_from_the_maker_of_a_weapon():
    evs = events_of("Two Iranian-made drones were launched at an oil terminal on the Red Sea coast overnight.")
    assert all(e.source is None or e.source.country != "IRN" for e in at(evs, "launched")), dump(evs)


def test_no_doer_from_an_unowned_weapon():
    evs = events_of("Mortar rounds were fired at a police post on the edge of Tikrit on Saturday evening.")
    assert sources(evs, "fired") <= {None}, dump(evs)


# 2. an act announced by its doer in the passive

def test_capital_announced_an_invitation():
    evs = events_of("On Wednesday Ankara announced that rebel commanders from Idlib would be invited to talks in Istanbul.")
    assert sources(evs, "invited") == {"TURGOV"}, dump(evs)


def test_seat_of_power_said_an_envoy_was_summoned():
    evs = events_of("The Kremlin said on Tuesday that the Ukrainian charge d'affaires had been summoned over the detentions.")
    assert sources(evs, "summoned") == {"RUSGOV"}, dump(evs)


def test_leader_said_missiles_would_be_fired():
    evs = events_of("Speaking in Washington, Trump said cruise missiles would be launched against Syria if the gas attacks continued.")
    assert {e.source.country for e in at(evs, "launched") if e.source} == {"USA"}, dump(evs)


def test_announcer_to_whom_it_was_done_is_no_doer():
    evs = events_of("The Foreign Office said it had not been consulted before the strikes, and later that it had been consulted.")
    assert all(e.source is None or e.source.country != "GBR" for e in at(evs, "consulted")), dump(evs)


def test_monitor_that_tells_is_no_doer():
    evs = events_of("Amnesty International said 30 detainees had been freed from a prison in Homs on Monday.")
    assert all(e.source is None or not e.source.code.startswith("NGO") for e in at(evs, "freed")), dump(evs)


def test_told_toll_is_not_the_announcer_s():
    evs = events_of("The Turkish defence ministry said eleven militants had been killed near the border on Friday.")
    assert all(e.source is None or e.source.country != "TUR" or "announced" not in e.rule for e in at(evs, "killed")), \
        dump(evs)


# 3. a claim in the passive, or a bare claim of responsibility

def test_attack_claimed_by_a_group():
    evs = events_of("A car bomb tore through a bus station in Quetta on Friday, killing nine travellers, in an attack "
                    "claimed by Islamic State.")
    assert {e.source.code for e in evs if e.source and e.cameo.startswith(("18", "19"))} == {"IMGINSISI"}, dump(evs)


def test_relative_clause_claim():
    evs = events_of("The ambush on the convoy, which was later claimed by the Pakistani Taliban, left six soldiers dead "
                    "and killed a driver.")
    assert sources(evs, "killed") == {"PAKINS"}, dump(evs)


def test_bare_claim_of_responsibility():
    evs = events_of("Fourteen guests were killed at a beach hotel in Mogadishu on Sunday, and al-Shabaab later claimed "
                    "responsibility.")
    assert sources(evs, "killed") == {"SOMINS"}, dump(evs)


def test_bare_claim_reaches_back_one_sentence_only():
    evs = events_of("Eight farmers were shot dead near Maiduguri in March. In June a roadside bomb killed four policemen "
                    "near Damaturu. Officials spoke to reporters on Friday. Boko Haram claimed responsibility.")
    assert all(e.source is None for e in at(evs, "shot")), dump(evs)


# 4. a weapon with no owner in a sentence that names one side's campaign

def test_weapon_in_a_state_s_offensive():
    evs = events_of("Ankara's offensive against the Kurdish militia entered its second week, with airstrikes pounding "
                    "villages around Afrin.")
    assert sources(evs, "pounding") == {"TURMIL"}, dump(evs)


def test_weapon_in_a_coalition_s_campaign():
    evs = events_of("The Saudi-led coalition's campaign in Yemen grew deadlier in August, with airstrikes killing "
                    "dozens of fishermen near Hodeidah.")
    assert sources(evs, "killing") == {"SAUMIL"}, dump(evs)


def test_no_campaign_doer_where_two_sides_campaign():
    evs = all_events_of("The Russian offensive and the rebel counter-offensive both stalled, while shells hit the old "
                        "city.")
    got = at(evs, "hit")
    assert got and all(e.source is None or e.source.country != "RUS" for e in got), dump(evs)


# 4. people kept captive in a place a named armed group holds

def test_captives_held_in_a_town_held_by_a_named_group():
    evs = events_of("Kidal, held by Tuareg rebels of the MNLA since 2012, is cut off from the south. Dozens of "
                    "soldiers were imprisoned in Kidal for months.")
    assert sources(evs, "imprisoned") == {"MLISEP"}, dump(evs)


def test_captives_held_in_the_last_bastion_of_a_group():
    evs = events_of("Since June, several foreign hostages have been held in Hajin, the last bastion of Isis on the "
                    "Euphrates.")
    assert sources(evs, "held") == {"IMGINSISI"}, dump(evs)
    evs = events_of("Western hostages were kept in Hajin, the last bastion of Isis on the Euphrates, for two years.")
    assert sources(evs, "kept") == {"IMGINSISI"}, dump(evs)


def test_no_captor_from_a_place_a_state_holds():
    evs = events_of("Damascus remains under firm government control. Several activists are being held in Damascus "
                    "without charge.")
    assert sources(evs, "held") <= {"SYRCOP", None}, dump(evs)
