"""Targets with a sector and no country (issue 14, item 3): the one backed is placed with its backers set aside, and
a target takes the story's country where the sentence names it and the other countries only as actors."""
from __future__ import annotations

from coded_sentences import events_of

MALI = ("Mali's army said on Monday that the north was calm. Mali's president met mayors in Bamako on Tuesday. "
        "Mali has faced years of unrest in Kidal and Gao. ")


def targets(text, cameo_prefix=""):
    evs = events_of(text, "2022-04-11")
    return [(e.cameo, e.source, e.target) for e in evs if e.target is not None and e.cameo.startswith(cameo_prefix)]


def test_the_one_backed_takes_the_sentences_other_country_not_its_backers():
    # (backing militias is military cooperation, 062; backing a government or a plan, 051)
    got = targets("Fighting went on near Kidal, where militias backed by Algeria held the market.", ("05", "06"))
    assert got, targets("Fighting went on near Kidal, where militias backed by Algeria held the market.")
    for _, src, tgt in got:
        assert src.country == "DZA"
        assert tgt.code == "MLIUAF", tgt.why
        assert "backer set aside" in tgt.why


def test_the_one_backed_never_takes_its_backers_country():
    for _, src, tgt in targets("Militias backed by Algeria held the market on Sunday.", ("05", "06")):
        assert tgt.country != "DZA", tgt.why


def test_a_target_takes_the_story_country_the_sentence_names_beside_other_actors():
    got = [t for _, _, t in targets(MALI + "Volunteers rescued villagers from airstrikes by Malian and French jets.")
           if t.text and "villagers" in t.text]
    assert got and got[0].code == "MLICVL", [t.why for t in got]
    assert "the other countries only as actors" in got[0].why


def test_a_foreign_doer_keeps_the_story_country_from_its_target():
    got = [t for _, _, t in targets(MALI + "The French army detained villagers, Malian officials said.")
           if t.text and "villagers" in t.text]
    assert got and got[0].country is None, [t.why for t in got]


def test_a_place_of_another_country_keeps_the_story_country_from_the_target():
    got = [t for _, _, t in targets(MALI + "Volunteers rescued villagers in Mali and Niger from airstrikes by Malian jets.")
           if t.text and "villagers" in t.text]
    assert got and got[0].country is None, [t.why for t in got]


def test_the_one_backed_by_no_known_backer_takes_no_country_from_the_story():
    # ("local forces" would be of the place they are in: tests/test_local_actor24.py)
    got = [t for _, _, t in targets(MALI + "About 300 advisers are there, training forces.")
           if t.text and "forces" in t.text]
    assert all(t.country is None for t in got), [t.why for t in got]


def test_someone_met_before_takes_no_country_from_the_story():
    got = [t for _, _, t in targets(MALI + "Volunteers rescued her family from airstrikes by Malian and French jets.")
           if t.text and "family" in t.text]
    assert all(t.country is None for t in got), [t.why for t in got]


def test_a_doer_of_the_story_country_gives_it_not_to_its_target():
    text = ("Canada's finance minister spoke on Monday. Canada's cabinet met in Ottawa. "
            "The Canadian government lifted sanctions on firms linked to a Russian banker.")
    got = [t for _, _, t in targets(text) if t.text and "firms" in t.text]
    assert all(t.country != "CAN" for t in got), [t.why for t in got]
