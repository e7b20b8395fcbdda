"""Event location (issue 15): the ground a relative clause on the act's scene names ("killed in violence that has
gripped X", event_scene.py); a verb's against-phrase names whom a crowd opposed, not where it marched; a bare
direction set before the place an act names ("Elsewhere north of X, ... in Y") only measures from a landmark.
Texts written for these tests."""

from tests.parsed_places import place_of as _place


def test_killed_in_violence_that_gripped_a_country(nlp):
    text = "More than 300 people have been killed in separatist violence that has gripped northern Nigeria since May."
    assert _place(nlp, text, "killed") == "Nigeria"


def test_killed_in_air_raids_which_hit_a_town(nlp):
    text = "Eleven civilians were killed on Sunday in air raids which hit the market town of Saraqeb."
    assert _place(nlp, text, "killed") == "Saraqeb"


def test_killed_in_fighting_that_rocked_a_region_of_a_country(nlp):
    text = "At least 40 people have been killed in fighting that has rocked eastern Chad since March."
    assert _place(nlp, text, "killed") == "Chad"


def test_whoever_blamed_the_violence_is_no_ground(nlp):
    text = "Four policemen were killed in violence that Kenya blamed on militants from across the border."
    assert _place(nlp, text, "killed") is None


def test_marched_against_a_leader_is_whom_they_opposed(nlp):
    text = "Thousands of students marched against Bush in London on Saturday."
    assert _place(nlp, text, "marched") == "London"


def test_an_offensive_against_villages_still_takes_them(nlp):
    text = "Militants launched an offensive against the villages of Kafr Nabl and Hass on Wednesday."
    assert _place(nlp, text, "launched") in ("Kafr Nabl", "Hass")


def test_a_fronted_bare_direction_gives_way_to_the_act_s_own_town(nlp):
    text = "Elsewhere north of Baghdad, three soldiers were killed in a bomb attack in Balad."
    assert _place(nlp, text, "killed") == "Balad"


def test_the_town_before_its_direction_still_wins(nlp):
    text = "In Dura, south of Baghdad, a roadside bomb killed two policemen on Monday."
    assert _place(nlp, text, "killed") == "Dura"


def test_a_bare_direction_alone_still_locates(nlp):
    text = "Gunmen shot dead two farmers north of Baghdad on Monday."
    assert _place(nlp, text, "shot") == "Baghdad"


def test_a_state_after_the_man_a_crowd_marched_against_is_where_it_marched(nlp):
    text = "Thousands of nurses marched against Bush in California on Saturday, demanding higher wages."
    assert _place(nlp, text, "marched") == "California"


def test_what_a_crowd_marched_against_in_a_country_is_still_its_topic(nlp):
    text = "Students marched against the war in Iraq in London on Saturday."
    assert _place(nlp, text, "marched") == "London"


def test_a_noun_the_tagger_reads_as_a_verb_keeps_its_ground(nlp):
    text = "In recent days, airstrikes against the rebel-held Ghouta district near Damascus have killed dozens."
    assert _place(nlp, text, "killed") == "Ghouta"


def test_a_country_s_headquarters_is_whose_not_where(nlp):
    text = "A suicide bomber blew himself up outside the US headquarters in central Baghdad on Sunday, killing eight."
    assert _place(nlp, text, "blew") == "Baghdad"


def test_a_conflict_fought_to_control_a_town_is_not_placed_there(nlp):
    text = "Dozens of fighters have been killed during the conflict between the two militias to control Tel Birak."
    assert _place(nlp, text, "killed") is None


def test_a_conflict_that_split_a_whole_region_is_not_placed_there(nlp):
    text = "More than 100,000 people have been killed in the conflict, which has split the Middle East."
    assert _place(nlp, text, "killed") is None


def test_a_direction_after_the_trigger_is_not_set_aside(nlp):
    text = ("Two policemen were killed as they tried to defuse a bomb on one of the roads south of Baghdad that "
            "pilgrims use when returning from a festival in Karbala.")
    assert _place(nlp, text, "killed") == "Baghdad"


def test_another_act_in_the_same_war_is_not_the_act_s_own_clause(nlp):
    from eventwire.knowledge.places import event_location, find_places
    from tests.parsed_places import token_of
    text = "Turkey took the port from the rebels during the 1974 war, when it also seized the town of Kyrenia."
    doc = nlp(text)
    loc = event_location(doc, token_of(doc, "took").i, find_places(doc))
    assert loc is None or loc.text != "Kyrenia" or loc.precision != "clause"
