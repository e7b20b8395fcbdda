"""Captives named far back and captives in a custody told by a relative clause (issue 14, no target on detention):
"the two men", "the pair", "both men" after a lead that counted them more than four sentences before stand for that
count where it names their country or group (coding/counted_people.py); "the citizens I met in Kurdish custody",
"the men who are in custody" are the ones held (coding/held_in.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at as by_trigger, dump, events_on


events_of = events_on("2022-03-09")

_FILLER = ("Their families said they had not heard from them for months. A lawyer for one of the families said he "
           "had written to the foreign ministry. The ministry did not answer his letter. Officials in Ottawa "
           "declined to comment on the case. A spokesman for the prime minister said the matter was under review. ")


def test_the_two_men_far_after_their_counted_lead():
    evs = events_of("Two Canadian al-Shabaab fighters fled the town of Jilib last year. " + _FILLER
                    + "Officials said the two men were captured by Kenyan soldiers near the border.")
    got = by_trigger(evs, "captured")
    assert got and got[0].target is not None and got[0].target.code == "SOMINS", dump(evs)
    assert "counted before as 'Two ... fighters'" in got[0].target.why, dump(evs)


def test_both_men_far_after_two_named_by_their_country():
    evs = events_of("Two Norwegian men were sentenced in Nairobi last year. " + _FILLER
                    + "Both men were arrested by Kenyan police in Mombasa on Friday.")
    got = by_trigger(evs, "arrested")
    assert got and got[0].target is not None and got[0].target.country == "NOR", dump(evs)


def test_a_far_count_that_names_nobody_gives_no_target():
    # two bare men far back say nothing of who they are: still no target
    evs = events_of("Two men were sentenced in Nairobi last year. " + _FILLER
                    + "Both men were arrested by Kenyan police in Mombasa on Friday.")
    got = by_trigger(evs, "arrested")
    assert got and (got[0].target is None or "counted before" not in (got[0].target.why or "")), dump(evs)


def test_a_nearer_count_still_decides_over_a_far_one():
    # the count just before ("two police officers") decides, though it names no country: not the far Norwegians
    evs = events_of("Two Norwegian men were sentenced in Nairobi last year. " + _FILLER
                    + "Two police officers went to the hotel. Both men were arrested there on Friday.")
    got = by_trigger(evs, "arrested")
    assert got and (got[0].target is None or got[0].target.country != "NOR"), dump(evs)


def test_the_citizens_i_met_in_custody_are_the_ones_held():
    evs = events_of("\u201cEight of the 11 Canadian citizens I have met in Somali custody are children,\u201d "
                    "the lawyer said.")
    got = by_trigger(evs, "custody")
    assert got and got[0].target is not None and got[0].target.code == "CANCVL", dump(evs)
    assert "held in the 'custody'" in got[0].target.why, dump(evs)


def test_the_men_who_are_in_custody_are_the_ones_held():
    evs = events_of("The Dutch women who are in Kurdish custody have asked to go home.")
    got = by_trigger(evs, "custody")
    assert got and got[0].target is not None and got[0].target.country == "NLD", dump(evs)


# ---- people held named by the noun itself (coding/captive_nouns.py)

def test_a_state_holders_detainees_are_its_civilians():
    evs = events_of("Campaigners called on the UN to draw attention to the plight of Mugabe's detainees.")
    got = by_trigger(evs, "detainees")
    assert got and got[0].target is not None and got[0].target.code == "ZWECVL", dump(evs)
    assert "held by 'Mugabe'" in got[0].rule, dump(evs)


def test_prisoners_held_abroad_are_nobody_in_particular():
    # held in another country than the holder's: the prisoners may be anyone's
    evs = events_of("The Ethiopian government's prisoners were moved to a camp near Kismayo.")
    got = by_trigger(evs, "prisoners")
    assert got and got[0].target is None, dump(evs)


def test_a_militias_prisoners_are_nobody_in_particular():
    evs = events_of("The militia's prisoners were moved to a camp near Kismayo.")
    got = by_trigger(evs, "prisoners")
    assert got and got[0].target is None, dump(evs)


# ---- ground taken that a relative clause calls a side's stronghold (coding/holdout_relative.py)

def test_buildings_that_were_a_groups_last_holdouts():
    evs = events_of("Kenyan troops said on Friday that they had seized the port and a school beside it, which had "
                    "been the final holdouts of al-Shabaab in Kismayo.")
    got = by_trigger(evs, "seized")
    assert got and got[0].target is not None and got[0].target.code == "SOMINS", dump(evs)
    assert "holdouts" in got[0].rule, dump(evs)


def test_a_state_armys_bastion_names_no_holder():
    # a stronghold noun names a holder of no state only: the object's own reading stands
    evs = events_of("Kenyan troops seized the hospital, which was the last bastion of the Somali army.")
    got = by_trigger(evs, "seized")
    assert got and "bastion" not in got[0].rule, dump(evs)


# ---- an act of force that backed a side's act strikes that side's foe (coding/backing_force.py)

def test_airstrikes_backing_an_army_strike_its_foe():
    evs = events_of("Somalia's national army, backed by American airstrikes, has now pushed al-Shabaab out of most "
                    "of the Juba valley.")
    got = by_trigger(evs, "airstrikes")
    assert got and got[0].target is not None and got[0].target.code == "SOMINS", dump(evs)
    assert "the foe of 'army'" in got[0].rule, dump(evs)


def test_airstrikes_backing_the_capture_of_a_town_name_no_foe():
    # a town taken names no foe of its own here: the airstrikes keep no target from it
    evs = events_of("Kenyan troops, supported by French air strikes, captured Kismayo on Monday.")
    got = by_trigger(evs, "strikes")
    assert got and got[0].target is None, dump(evs)


def test_the_pair_after_two_men_from_a_capital_are_its_people():
    # "two men from Oslo": people of Norway, not the government the capital stands for
    evs = events_of("Two men from Oslo were sentenced last year. The pair were detained by Kenyan police in Mombasa "
                    "in January.")
    got = by_trigger(evs, "detained")
    assert got and got[0].target is not None and got[0].target.code == "NORCVL", dump(evs)


def test_an_advance_on_his_heartland_is_aimed_at_him():
    # "heartland" names a side's own ground, as "stronghold" does: the one "his" stands for holds it
    evs = events_of("President Bashir spoke on Monday. Rebel groups were advancing on his heartland of Darfur.")
    got = by_trigger(evs, "advancing")
    assert got and got[0].target is not None and got[0].target.entity == "omar-al-bashir", dump(evs)
    assert "heartland" in got[0].target.why, dump(evs)


def test_a_building_taken_as_a_groups_holdout_is_no_sector_target():
    # the clinic is the group's ground, not the health sector
    evs = events_of("Kenyan troops said they had captured the football ground and a clinic beside it, which were the "
                    "final holdouts of al-Shabaab in Kismayo.")
    got = by_trigger(evs, "captured")
    assert got and all(e.target is not None and e.target.code == "SOMINS" for e in got), dump(evs)


# ---- a fight whose purpose names the foe (coding/fight_purpose.py)

def test_rebels_fighting_to_overthrow_the_president_fight_him():
    evs = events_of("Gondar is the last town held by rebels fighting to overthrow Abiy Ahmed.")
    got = by_trigger(evs, "fighting")
    assert got and got[0].target is not None and got[0].target.country == "ETH", dump(evs)
    assert "the foe the fight is to 'overthrow'" in got[0].rule, dump(evs)


def test_fighting_to_protect_villages_names_no_foe():
    # what is defended is no foe
    evs = events_of("Police fought to protect the villages near Gondar.")
    got = by_trigger(evs, "fought")
    assert got and "the foe the fight" not in got[0].rule, dump(evs)
