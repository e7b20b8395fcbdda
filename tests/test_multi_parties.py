"""Parties of multi-party acts named as appositions, around a mediation, or as a gathering's host (issue 14):
coding/appos_list.py and coding/hosted.py, on sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-05-02")


def pairs(evs, root):
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in evs if e.cameo.startswith(root)}


def test_list_of_title_name_pairs_is_coordinated_signers():
    evs = events_of("The deal was signed by Turkey's foreign minister, Mevlut Cavusoglu, the Russian minister, "
                    "Sergei Lavrov, and Iran's Javad Zarif.")
    got = pairs(evs, "05")
    assert {("TUR", "RUS"), ("RUS", "IRN"), ("IRN", "TUR")} <= got, got


def test_list_of_pairs_as_objects_gives_each_a_target():
    evs = events_of("Erdogan met Russia's foreign minister, Sergei Lavrov, and Iran's Javad Zarif in Istanbul.")
    got = pairs(evs, "04")
    assert ("TUR", "RUS") in got and ("TUR", "IRN") in got, got


def test_true_apposition_stays_one_party():
    evs = events_of("Russia's foreign minister, Sergei Lavrov, met the Turkish president in Sochi.")
    got = pairs(evs, "04")
    assert ("RUS", "TUR") in got and not any(s == t for s, t in got), got
    assert len([e for e in evs if e.cameo.startswith("04")]) == 1


def test_mediation_takes_the_parties_of_the_fight_before():
    evs = events_of("The war between Iraq and Iran lasted eight years. The UN brokered a truce in 1988.")
    med = [e for e in evs if e.cameo.startswith("045")]
    assert {e.target.country for e in med if e.target} == {"IRQ", "IRN"}, [(e.source, e.target) for e in med]


def test_mediation_with_two_pairs_named_has_no_party():
    evs = events_of("The war between Iraq and Iran and the clashes between Israel and Hamas went on. "
                    "The UN brokered a truce in 1988.")
    med = [e for e in evs if e.cameo.startswith("045")]
    assert med and all(e.target is None for e in med)


def test_attending_hosted_talks_targets_the_host():
    evs = events_of("The rebels will attend a conference hosted by Russia in Sochi next week.")
    assert any(e.target is not None and e.target.country == "RUS" and "host" in e.rule for e in evs
               if e.cameo.startswith("03")), [(e.cameo, e.target, e.rule) for e in evs]


def test_sponsor_named_by_hyphenated_modifier():
    evs = events_of("A Yemeni government team will arrive in Geneva on Friday for UN-sponsored peace talks.")
    assert any(e.target is not None and e.target.code == "IGOUNO" for e in evs if e.cameo.startswith("03"))


def test_place_before_talks_is_no_host():
    evs = events_of("The Iraqi delegation will attend the Moscow talks next week.")
    assert all(e.target is None or e.target.country != "RUS" for e in evs)


def test_plural_role_of_listed_countries_gives_each_its_own():
    evs = events_of("The foreign ministers of the three countries, Iran, Russia and Turkey, met in Astana on Monday.")
    got = {(e.source.code, e.target.code) for e in evs if e.cameo.startswith("04") and e.source and e.target}
    assert {("IRNGOV", "RUSGOV"), ("RUSGOV", "TURGOV"), ("TURGOV", "IRNGOV")} <= got, got
    assert not any("KAZ" in (t or "") for _, t in got), got


def test_plural_noun_stands_for_the_names_it_lists():
    evs = events_of("The two presidents, Recep Tayyip Erdogan and Vladimir Putin, met in Ankara on Friday.")
    got = pairs(evs, "04")
    assert ("RUS", "TUR") in got and ("TUR", "RUS") in got, got


def test_truce_brokered_for_parties_that_agreed_it():
    evs = events_of("Israel and Hamas agreed to a ceasefire brokered by Egypt late on Sunday.")
    med = [e for e in evs if e.cameo.startswith("045")]
    assert med and {e.source.country for e in med} == {"EGY"}, [(e.source, e.target) for e in med]
    assert {e.target.code for e in med if e.target} == {"ISR", "PSEREB"}, [(e.source, e.target) for e in med]


def test_coordinated_modifiers_of_a_plural_head_are_each_a_party():
    evs = events_of("US and Taliban negotiators held a new round of talks in Qatar on Saturday.")
    got = {(e.source.code, e.target.code) for e in evs if e.cameo.startswith("04") and e.source and e.target}
    assert ("AFGINS", "USAGOV") in got and not any("QAT" in t for _, t in got), got


def test_group_among_coordinated_countries_keeps_its_code():
    evs = events_of("Negotiators from the US and Hamas met secretly in Doha last month.")
    got = {(e.source.code, e.target.code) for e in evs if e.cameo.startswith("04") and e.source and e.target}
    assert ("USAGOV", "PSEREB") in got and not any("PSEGOV" in (s, t) for s, t in got), got


def test_mediator_lends_no_country_to_the_parties():
    evs = events_of("Talks between the government and the rebels, mediated by Norway, resumed on Monday.")
    talks = [e for e in evs if e.cameo.startswith("04") and not e.cameo.startswith("045") and e.source and e.target]
    assert talks and not any(e.source.country == "NOR" or e.target.country == "NOR" for e in talks), \
        [(e.cameo, e.source.code, e.target.code) for e in talks]


def test_mediator_of_talks_the_parties_resumed():
    evs = events_of("The Afghan government and Taliban envoys resumed talks mediated by Qatar.")
    med = [e for e in evs if e.cameo.startswith("045")]
    assert {e.target.code for e in med if e.target} == {"AFGGOV", "AFGINS"}, [(e.source, e.target) for e in med]


def test_summit_of_listed_countries_held_is_their_meeting():
    evs = events_of("A trilateral summit of Russia, Turkey and Iran was held in Ankara on Monday.")
    got = pairs(evs, "04")
    assert {("RUS", "TUR"), ("TUR", "IRN"), ("IRN", "RUS")} <= got and (None, "RUS") not in got, got


def test_coordinated_modifiers_of_a_relational_noun_are_each_a_party():
    evs = events_of("The Turkish president met his Russian and Iranian counterparts in Ankara on Monday.")
    got = pairs(evs, "04")
    assert ("TUR", "RUS") in got and ("TUR", "IRN") in got, got


def test_mediation_with_no_parties_named_is_aimed_at_the_country_of_its_conflict():
    evs = events_of("Peace talks brokered by Norway and Cuba have stalled since the fighting in Colombia resumed.")
    assert pairs(evs, "045") == {("NOR", "COL"), ("CUB", "COL")}, pairs(evs, "045")
    evs = events_of("The Yemeni peace talks brokered by Oman broke down on Friday.")
    assert pairs(evs, "045") == {("OMN", "YEM")}, pairs(evs, "045")


def test_mediation_takes_no_venue_nor_its_own_country():
    evs = events_of("Talks brokered by Kenya and Ethiopia in Kampala have stalled.")
    assert all(t is None for _, t in pairs(evs, "045")), pairs(evs, "045")
    evs = events_of("Talks brokered by Nigeria's elders in Lagos have stalled.")
    assert all(t != "NGA" for _, t in pairs(evs, "045")), pairs(evs, "045")
