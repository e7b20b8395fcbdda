"""The people an arrest, capture, search or inquiry is done to (issue 14 item 4, "the people arrested"): counted sets
("the pair", "the trio"), a person described by age ("the 24-year-old"), the relative clause on a counted
description ("the two men, who were stripped of ..."), a capture of a person being a detention (173), the possessor
of what is searched, the subject of a "whether" an inquiry asks, and the one "wanted for arrest".
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at as by_trigger, dump, events_on


events_of = events_on("2022-03-09")


# ---- counted sets: "the pair", "the trio" are the people counted before

def test_the_pair_are_the_two_counted_before():
    evs = events_of("Two Dutch Isis fighters slipped out of Hajin on Friday. The pair were detained by Kurdish "
                    "militiamen near the Iraqi border two days later.")
    got = by_trigger(evs, "detained")
    assert got and got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)
    assert "counted before" in got[0].target.why


def test_the_pair_are_two_people_counted_before_by_their_nationality():
    # "two British men" names no group, but says whose people they are: the pair are British private people
    evs = events_of("Two British men were sentenced in Nairobi last year. The pair were detained by Kenyan police "
                    "in Mombasa in January.")
    got = by_trigger(evs, "detained")
    assert got and got[0].target is not None and got[0].target.code == "GBRCVL", dump(evs)
    assert "counted before as 'Two ... men'" in got[0].target.why


def test_the_pair_after_two_bare_men_stays_uncoded():
    evs = events_of("Two men were sentenced in Nairobi last year. The pair were detained by Kenyan police "
                    "in Mombasa in January.")
    got = by_trigger(evs, "detained")
    assert got and (got[0].target is None or "counted before" not in (got[0].target.why or "")), dump(evs)


def test_the_trio_as_an_object():
    evs = events_of("Police said three Belgian jihadists had crossed into Turkey by bus. Turkish gendarmes arrested "
                    "the trio at a station in Gaziantep.")
    got = by_trigger(evs, "arrested")
    assert got and got[0].target is not None and got[0].target.country == "BEL", dump(evs)


def test_a_pair_with_no_count_before_stays_uncoded():
    evs = events_of("The pair were detained by Kurdish militiamen near the Iraqi border.")
    got = by_trigger(evs, "detained")
    assert got and got[0].target is None, dump(evs)


def test_a_relative_clause_on_the_two_men_is_about_them():
    evs = events_of("Two French Isis members were caught near the river Khabur. The two men, who have since "
                    "been stripped of French nationality, are now held in a prison in Hasakah.")
    got = by_trigger(evs, "stripped")
    assert got and got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)
    # the nationality taken away is its own state's act, whoever it is taken from
    assert got[0].source is not None and got[0].source.code == "FRAGOV", dump(evs)


# ---- a person described by age

def test_the_n_year_old_is_the_person_of_that_age_named_before():
    evs = events_of("Sam Hale, 24, a British Isis recruit from Leeds, left for Syria in 2015. Last April the "
                    "24-year-old was captured by Kurdish militias near Deir ez-Zor.")
    got = by_trigger(evs, "captured")
    assert got and got[0].cameo == "173", dump(evs)
    assert got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)
    assert "the person given the same age" in got[0].target.why


def test_the_n_year_old_as_an_object():
    evs = events_of("Jonas Berg, a Swedish convert who joined al-Shabaab, fled Mogadishu in June. Kenyan police "
                    "arrested the 31-year-old at a checkpoint near Garissa.")
    got = by_trigger(evs, "arrested")
    # (the person, a member of the group the description says he joined: victim28, PeopleIndex._member)
    assert got and got[0].target is not None and got[0].target.name == "Jonas Berg", dump(evs)
    assert got[0].target.code == "SOMINS", dump(evs)


# ---- capturing people is detaining them (173), capturing ground is force (190)

def test_capturing_a_pair_or_an_aged_person_is_detention():
    evs = events_of("Two Belgian Isis fighters tried to reach the Turkish border. The SDF captured the pair near "
                    "Manbij in March.")
    got = by_trigger(evs, "captured")
    assert got and got[0].cameo == "173" and got[0].target is not None, dump(evs)
    evs = events_of("Government forces captured a 17-year-old in the village of Kafr Nabl, activists said.")
    got = by_trigger(evs, "captured")
    assert got and got[0].cameo == "173", dump(evs)
    evs = events_of("Government forces captured the town of Kafr Nabl on Monday.")
    got = by_trigger(evs, "captured")
    assert got and got[0].cameo == "190", dump(evs)


def test_a_surname_named_in_full_before_is_a_person_captured():
    for text in ("Prosecutors named the suspects as Jamal Ouarda and Nabil Tarek. Iraqi troops captured Ouarda near "
                 "Tal Afar last year.",
                 "Investigators identified the accomplice as Samir Haddou, a baker from Tunis. Turkish forces "
                 "captured Haddou in Idlib in 2020."):
        evs = events_of(text)
        got = by_trigger(evs, "captured")
        assert got and got[0].cameo == "173", dump(evs)


# ---- what is searched, asked about, wanted

def test_the_possessor_of_a_searched_house_is_the_target():
    evs = events_of("Sam Hale, a British Isis recruit from Leeds, returned to Britain in May. Counter-terrorism "
                    "officers searched his house on Tuesday.")
    got = by_trigger(evs, "searched")
    assert got and got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)
    evs = events_of("Officers searched the home of Omar Nasser, a Jordanian opposition activist, on Sunday night.")
    got = by_trigger(evs, "searched")
    assert got and got[0].target is not None and got[0].target.country == "JOR", dump(evs)


def test_a_searched_house_with_no_owner_names_no_target():
    evs = events_of("Officers in Amman searched a house near the airport on Sunday night.")
    got = by_trigger(evs, "searched")
    assert not got or got[0].target is None, dump(evs)


def test_an_inquiry_whether_someone_did_something_is_about_them():
    evs = events_of("Anna Weber, a German woman who joined Isis, fled Baghuz in March. The federal police "
                    "examined whether Weber had taken part in the group's crimes.")
    got = by_trigger(evs, "examined")
    assert got and got[0].target is not None and got[0].target.name == "Anna Weber", dump(evs)
    assert got[0].target.code == "IMGINSISI", dump(evs)       # (the group she joined: victim28)
    evs = events_of("German prosecutors are investigating whether the Syrian intelligence officer ordered the "
                    "torture of detainees.")
    got = by_trigger(evs, "investigating")
    assert got and got[0].target is not None and got[0].target.country == "SYR", dump(evs)


def test_the_one_wanted_for_arrest_is_the_target():
    evs = events_of("Karim Haddad, an Isis recruiter from Melbourne, is wanted for arrest by the New Zealand "
                    "police and by Interpol.")
    got = by_trigger(evs, "arrest")
    assert got and got[0].source is not None and got[0].source.code == "NZLCOP", dump(evs)
    assert got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)


def test_the_counted_people_are_the_ones_questioned():
    evs = events_of("Two Belgian Isis fighters surrendered to Kurdish troops near Baghuz on Sunday. The two men have "
                    "since been questioned by the US military.")
    got = by_trigger(evs, "questioned")
    assert got and got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)
    evs = events_of("Three Tunisian militants were caught crossing into Algeria last week. Algerian intelligence "
                    "officers interrogated the trio for two days.")
    got = by_trigger(evs, "interrogated")
    assert got and got[0].target is not None and got[0].target.country == "TUN", dump(evs)


def test_a_charge_at_home_is_not_put_in_doubt_by_a_capture_told_nowhere():
    # (coding/state_agents.py: a charge, like a sentence, is the courts' act where the sentence places it)
    evs = events_of("In May the 22-year-old was seized by fighters of the YPG militia. Back in Britain, his "
                    "parents were later charged with funding terrorism after sending him money.")
    got = by_trigger(evs, "charged")
    assert got and got[0].source is not None and got[0].source.code == "GBRJUD", dump(evs)


def test_counted_people_in_custody_are_the_ones_held():
    # (coding/held_in.py: the ones held in a custody named by a noun, counted before)
    for text in ("Two Swedish Isis recruits were caught near Hajin in May. The two men are now in Kurdish custody.",
                 "Two Swedish Isis recruits were caught near Hajin in May. Now in US custody, the pair are said to "
                 "have named other recruits."):
        evs = events_of(text)
        got = by_trigger(evs, "custody")
        assert got and got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)
