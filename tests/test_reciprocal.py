"""Acts parties do with or to each other (coding/reciprocal.py), on sentences written for these tests: both sides, in
both directions where the act is mutual, and never between co-agents of an act on a third party."""
from __future__ import annotations

from coded_sentences import events_of
from eventwire import code_text


def dyads(text, date="2021-03-04", root=None):
    evs = events_of(text, date)
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs
            if root is None or e.cameo.startswith(root)}


def countries(text, date="2021-03-04", root=None):
    evs = events_of(text, date)
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in evs
            if root is None or e.cameo.startswith(root)}


def test_coordinated_parties_of_a_war_fight_each_other():
    got = countries("Peru and Ecuador fought a short war over the border in 1995.", date="1995-03-01", root="19")
    assert got == {("PER", "ECU"), ("ECU", "PER")}


def test_coordinated_parties_clash_with_each_other():
    got = countries("Armenia and Azerbaijan clashed in the mountains on Sunday.", root="19")
    assert got == {("ARM", "AZE"), ("AZE", "ARM")}


def test_trading_fire_is_mutual():
    got = countries("Thailand and Cambodia traded fire near the disputed temple.", root="19")
    assert got == {("THA", "KHM"), ("KHM", "THA")}


def test_reaching_a_truce_is_mutual_whatever_the_root():
    res = code_text("Colombia and the guerrillas reached a truce in Havana.", date="2016-06-20")
    mutual = [e for e in res.events if e.source and e.target and "each other" in e.rule]
    assert mutual and {e.source.code for e in mutual} == {e.target.code for e in mutual}


def test_talks_among_three_parties_pair_every_two():
    got = countries("The talks among Egypt, Sudan and Ethiopia collapsed in April.", root="04")
    assert got >= {("EGY", "SDN"), ("SDN", "EGY"), ("EGY", "ETH"), ("ETH", "EGY"), ("SDN", "ETH"), ("ETH", "SDN")}


def test_coordinated_possessors_of_a_meeting_meet_each_other():
    got = countries("Biden and Putin's meeting lasted four hours.", root="04")
    assert got == {("USA", "RUS"), ("RUS", "USA")}


def test_a_deal_between_parties_signed_is_signed_by_them():
    got = countries("An accord between Serbia and Kosovo was signed in Washington.", date="2020-09-04", root="05")
    assert got == {("SRB", "XKX"), ("XKX", "SRB")} or got == {("SRB", "KOS"), ("KOS", "SRB")}


def test_with_names_an_ally_when_against_names_the_enemy():
    got = countries("Peshmerga fighters fought with American soldiers against the jihadists of Isis.", root="19")
    assert not any(t == "USA" for _, t in got), got


def test_a_third_party_fought_together_is_the_target_of_both():
    got = dyads("Kenya and Somalia fought al-Shabaab in the border region.", root="19")
    assert not {("KEN", "SOM"), ("SOM", "KEN")} & got, got
    assert {s for s, _ in got} == {"KEN", "SOM"} and {t for _, t in got} == {"SOMINS"}, got


def test_condemning_a_war_together_is_no_act_on_each_other():
    got = countries("Norway and Sweden condemned the war in Yemen.")
    assert not {("NOR", "SWE"), ("SWE", "NOR")} & got, got


def test_co_mediators_never_act_on_each_other():
    got = countries("Qatar and Egypt mediated a truce between the two factions.")
    assert not {("QAT", "EGY"), ("EGY", "QAT")} & got, got


def test_the_with_partner_of_talks_is_the_target():
    got = countries("Japan held talks with South Korea on Tuesday.", root="04")
    assert ("JPN", "KOR") in got


def test_each_other_makes_any_act_mutual():
    got = countries("Egypt and Turkey accused each other of meddling in Libya.", root="11")
    assert got == {("EGY", "TUR"), ("TUR", "EGY")}


def test_what_is_swapped_is_no_party():
    got = countries("Armenia and Azerbaijan swapped prisoners at the border.", root="08")
    assert got == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_clash_of_unarmed_people_is_one_of_words():
    res = code_text("Erdogan and Putin clashed over the future of Idlib.", date="2018-09-08")
    codes = {(e.source.country, e.target.country, e.cameo) for e in res.events if e.source and e.target}
    assert codes == {("TUR", "RUS", "110"), ("RUS", "TUR", "110")}, codes


def test_a_clash_of_forces_is_fighting():
    got = countries("Turkish and Greek troops clashed near the border.", root="19")
    assert got == {("TUR", "GRC"), ("GRC", "TUR")}


def test_a_possessed_deal_with_a_party_signed_is_signed_by_both():
    got = countries("Sudan's peace deal with South Sudan was signed in Addis Ababa.", date="2012-09-27", root="05")
    assert got == {("SDN", "SSD"), ("SSD", "SDN")}
