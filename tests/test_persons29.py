"""What a described person or group is (issue 14 item 3, persons29): a stated citizenship describes a person on later
mentions (data/coding/person_descriptors.tsv `citizen`); a state organ that revokes a citizenship makes the holder its
national (knowledge/nationality.py); a force the story calls backed by a foreign state is the armed group of the story
that state backs (knowledge/backed_group.py); "the group's fighters" the act's other party battles are the other
group's (knowledge/actor_groups.py). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_a_stated_citizenship_describes_later_mentions():
    evs = events_of("Tom Harlow is a British citizen who travelled to Syria in 2014. Kurdish forces captured Harlow "
                    "in March.")
    got = at(evs, "captured")
    assert got and got[0].target.code == "GBRCVL", dump(evs)


def test_an_apposed_citizenship_describes_later_mentions():
    evs = events_of("Tom Harlow, a Canadian citizen, travelled to Syria in 2014. Kurdish forces captured Harlow in "
                    "March.")
    got = at(evs, "captured")
    assert got and got[0].target.code == "CANCVL", dump(evs)


def test_a_citizenship_revoked_by_a_state_organ_is_that_state_own():
    evs = events_of("Tom Harlow travelled to Syria in 2014. The British home secretary revoked Harlow's citizenship "
                    "on Tuesday.")
    got = at(evs, "revoked")
    assert got and got[0].target.code == "GBRCVL", dump(evs)
    assert "a state takes away only its own" in got[0].target.why


def test_a_citizenship_revoked_by_no_state_gives_no_country():
    evs = events_of("Tom Harlow travelled to Syria in 2014. His lawyers said someone had revoked Harlow's "
                    "citizenship.")
    got = at(evs, "revoked")
    assert not got or got[0].target is None or got[0].target.country is None, dump(evs)


def test_us_backed_forces_are_the_us_backed_group_the_story_names():
    evs = events_of("Hundreds of Isis fighters were captured in Syria by US-backed forces last month. The Syrian "
                    "Democratic Forces (SDF) say they hold more than 800 foreign fighters.")
    got = at(evs, "captured")
    assert got and got[0].source.code == "SYRREB", dump(evs)
    assert "the story names that 'US' backs" in got[0].source.why


def test_forces_backed_by_washington_are_not_the_state_army():
    evs = events_of("Turkish troops shelled positions held by forces backed by Washington near Manbij on Monday. The "
                    "Syrian Democratic Forces said five of its fighters were killed.")
    got = at(evs, "shelled")
    assert got and got[0].target.code == "SYRREB", dump(evs)


def test_a_group_the_story_calls_backed_is_the_backed_fighters():
    evs = events_of("The US-backed Syrian Democratic Forces (SDF) seized the town on Monday. Turkish jets later "
                    "bombed US-backed fighters near the border.")
    got = at(evs, "bombed")
    assert got and got[0].target.code == "SYRREB", dump(evs)


def test_russian_backed_forces_with_no_russian_backed_group_stay_the_army():
    evs = events_of("A clash between Russian-backed forces and US troops killed dozens near Deir ez-Zor. The Syrian "
                    "Democratic Forces said its fighters were not involved.")
    got = at(evs, "clash")
    assert got and any(e.source is not None and e.source.code == "SYRMIL" for e in got), dump(evs)


def test_us_backed_forces_in_a_story_naming_no_group_are_left_alone():
    evs = events_of("US-backed forces captured the town of Tabqa on Sunday.")
    got = at(evs, "captured")
    assert got and got[0].source.code != "SYRREB", dump(evs)


def test_the_group_fighters_battled_by_the_sdf_are_the_other_group():
    evs = events_of("The Syrian Democratic Forces hold hundreds of foreign Islamic State fighters and are battling "
                    "the group's remaining fighters in the town of Baghuz.")
    got = at(evs, "battling")
    assert got and got[0].target.code == "IMGINSISI", dump(evs)
    assert "not the act's other party" in got[0].target.why


def test_a_listed_backed_group_of_another_country_is_not_the_force():
    evs = events_of("Saudi Arabia accuses Iran of backing the Houthis in Yemen. In Iraq, the central government has "
                    "struggled to rein in Iranian-backed militias accused of killing protesters in Baghdad.")
    got = at(evs, "accused")
    assert got and got[0].target is not None and got[0].target.code == "IRQUAF", dump(evs)


def test_forces_working_with_us_troops_are_the_group_the_us_backs():
    evs = events_of("Turkey regards the YPG as a terrorist group. Even those forces working with US and British "
                    "troops to defeat Islamic State in Syria were never given heavy weapons.")
    got = at(evs, "defeat")
    assert got and got[0].source.code == "SYRREB", dump(evs)
