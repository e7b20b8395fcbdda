"""Event location: a clause that only says where a noun of the act stands counts as the act's own words
(knowledge/place_located.py); "to the north of X" locates as "north of X" does (event_attach._to_the_side); a
name the gazetteer does not know, followed by "region" or "province", is a province, wider than the town named
before it (event_location._unknown_rank). Texts written for these tests."""

from parsed_places import place_of, token_of


_at, _place = token_of, place_of


def test_the_target_located_near_a_village_is_struck_there_not_in_the_launch_province(nlp):
    text = ("Government troops launched an assault in Cabo Delgado province on Friday, targeting the rebel camps "
            "located near the village of Muidumbe.")
    assert _place(nlp, text, "targeting") == "Muidumbe"


def test_a_situated_participle_with_a_direction_names_the_ground(nlp):
    text = ("Government troops launched an assault in Cabo Delgado province on Friday, targeting rebel camps "
            "situated east of the town of Muidumbe.")
    assert _place(nlp, text, "targeting") == "Muidumbe"


def test_where_the_doer_is_stationed_is_not_where_it_struck(nlp):
    text = "Troops stationed in Kandahar shelled villages in Helmand province on Monday."
    assert _place(nlp, text, "shelled") == "Helmand"


def test_to_the_north_of_a_town_locates_the_strike(nlp):
    assert _place(nlp, "The air force struck rebel positions to the north of Sirte on Monday.", "struck") == "Sirte"


def test_to_the_south_of_a_wadi_wins_over_the_raids_district(nlp):
    text = ("The air force launched raids in Sirte district on Monday, striking rebel positions to the south of "
            "Wadi Jarif.")
    assert _place(nlp, text, "striking") == "Wadi Jarif"


def test_an_unknown_region_after_the_town_is_wider_than_the_town(nlp):
    text = "Police raided a farm at Kivumu, in the rebel-held Masisi region, on Sunday."
    assert _place(nlp, text, "raided") == "Kivumu"


def test_the_located_clause_is_not_any_relative_clause(nlp):
    from eventwire.knowledge.place_located import located_ids
    doc = nlp("Rebels attacked a convoy that carried food to Gao on Monday.")
    trig = _at(doc, "attacked")
    assert located_ids(trig, {t.i for t in trig.subtree}) == frozenset()
    doc = nlp("Rebels attacked a convoy which was located outside Gao on Monday.")
    trig = _at(doc, "attacked")
    assert _at(doc, "Gao").i in located_ids(trig, {t.i for t in trig.subtree})


def test_based_on_is_no_ground(nlp):
    from eventwire.knowledge.place_located import located_ids
    doc = nlp("Canada imposed sanctions on Belarus based on reports from Grodno.")
    trig = _at(doc, "imposed")
    assert located_ids(trig, {t.i for t in trig.subtree}) == frozenset()
