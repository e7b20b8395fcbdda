"""Sides the article makes plain (issue 14, item 2; coding/sides.py): an act with no source or no target takes the
missing side from the article's other tellings of the same kind of act, only where they leave one answer.
Articles written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-06-14")


def test_a_fighter_killed_with_no_doer_is_killed_by_the_enemy_he_fought():
    evs = events_of(
        "Tom Riley, a former soldier from Leeds, fought Islamic State militants near Raqqa for a year. "
        "In the spring he fought Isis again in the desert east of the Euphrates. "
        "His mother said he loved the people he met there. "
        "She said he wanted to become a teacher. "
        "Riley was killed on Saturday, his family said.")
    killed = at(evs, "killed")
    assert killed and {e.source.code for e in killed if e.source} == {"IMGINSISI"}, dump(evs)
    e = [x for x in killed if x.source][0]
    assert e.source.why.startswith("from the article:") and "sentence" in e.source.why, e.source.why
    assert "source from the article" in e.rule


def test_the_one_doer_of_the_articles_violence_did_an_act_told_without_one():
    evs = events_of(
        "Russian jets bombed the town of Maarat al-Numan on Monday. "
        "On Tuesday Russian aircraft struck a market in Saraqeb. "
        "Aid workers said they were running out of tents. "
        "The United Nations called for a ceasefire in the province. "
        "Two hospitals have been bombed since the start of the month.")
    bombed = [e for e in at(evs, "bombed") if e.sentence == 4]
    assert bombed and all(e.source is not None and e.source.country == "RUS" for e in bombed), dump(evs)
    assert "one doer of the article's acts" in bombed[0].source.why


def test_two_doers_of_violence_leave_an_act_told_without_one_empty():
    evs = events_of(
        "Russian jets bombed the town of Maarat al-Numan on Monday. "
        "Syrian government jets bombed the city of Daraa on Tuesday. "
        "Aid workers said they were running out of tents. "
        "The United Nations called for a ceasefire in the province. "
        "Two hospitals have been bombed since the start of the month.")
    bombed = [e for e in at(evs, "bombed") if e.sentence == 4]
    assert all(e.source is None for e in bombed), dump(evs)


def test_the_counterpart_of_a_planned_meeting_is_the_one_named_next_to_it():
    evs = events_of(
        "Vladimir Putin will meet with Recep Tayyip Erdoğan in Sochi on Monday. "
        "Putin is due to discuss the fate of Idlib province.")
    discuss = at(evs, "discuss")
    assert discuss and {e.target.code for e in discuss if e.target} == {"TURGOV"}, dump(evs)
    assert "target from the article" in [e for e in discuss if e.target][0].rule


def test_a_meeting_told_far_from_its_counterpart_takes_none():
    evs = events_of(
        "Vladimir Putin will meet with Recep Tayyip Erdoğan in Sochi on Monday. "
        "The two leaders have clashed over Syria. "
        "Turkey backs rebels in the north-west. "
        "Russia backs the government in Damascus. "
        "Putin is due to discuss the future of Idlib province.")
    discuss = at(evs, "discuss")
    assert all(e.target is None for e in discuss), dump(evs)


def test_the_one_side_that_does_a_specific_act_did_it_where_others_fight():
    # rebels fight too, but only Russia bombs from the air in this article
    evs = events_of(
        "Russian jets bombed the town of Maarat al-Numan on Monday. "
        "Rebel fighters attacked government districts of Aleppo on Tuesday. "
        "On Wednesday Russian jets bombed the town of Ariha. "
        "The United Nations called for a ceasefire in the province. "
        "Two hospitals have been bombed since the start of the month.")
    bombed = [e for e in at(evs, "bombed") if e.sentence == 4]
    assert bombed and all(e.source is not None and e.source.country == "RUS" for e in bombed), dump(evs)


def test_one_telling_of_an_act_elsewhere_is_not_enough():
    # one bombing by Russia, told once, in an article where rebels also fight: whose bombs these were is not plain
    evs = events_of(
        "Russian jets bombed the town of Maarat al-Numan on Monday. "
        "Rebel fighters attacked government districts of Aleppo on Tuesday. "
        "Aid workers said they were running out of tents. "
        "The United Nations called for a ceasefire in the province. "
        "Two hospitals have been bombed since the start of the month.")
    bombed = [e for e in at(evs, "bombed") if e.sentence == 4]
    assert all(e.source is None for e in bombed), dump(evs)


def test_harm_to_the_story_s_places_in_a_quote_takes_the_article_s_one_doer():
    # (a witness tells of harm the article names the one doer of: coding/quoted_doers.py narrative_lends; before
    # session 21 a quote took no side from the narrative at all)
    evs = events_of(
        "Russian jets bombed the town of Maarat al-Numan on Monday. "
        "On Tuesday Russian aircraft struck a market in Saraqeb. "
        "Aid workers said they were running out of tents. "
        "“Two hospitals have been bombed since the start of the month,” a doctor said.")
    bombed = [e for e in at(evs, "bombed") if e.sentence == 3]
    assert bombed and all(e.source is not None and e.source.country == "RUS" for e in bombed), dump(evs)


def test_an_act_in_a_quote_takes_no_side_from_the_narrative_for_a_side_s_own_fighters():
    evs = events_of(
        "Russian jets bombed the town of Maarat al-Numan on Monday. "
        "On Tuesday Russian aircraft struck a market in Saraqeb. "
        "Aid workers said they were running out of tents. "
        "“Two of our officers were killed near the river on Friday,” a rebel spokesman told reporters.")
    killed = [e for e in at(evs, "killed") if e.sentence == 3]
    assert all(e.source is None or "from the article" not in (e.source.why or "") for e in killed), dump(evs)


def test_an_act_told_as_a_claim_takes_no_side():
    evs = events_of(
        "Kurdish-led forces attacked Islamic State positions near Hajin on Monday. "
        "On Tuesday the Kurdish-led forces stormed Isis positions in Baghuz. "
        "Aid workers said they were running out of tents. "
        "The senator disputed the president's claim that the militants had been defeated.")
    defeated = at(evs, "defeated")
    assert all(e.source is None for e in defeated), dump(evs)


def test_a_meeting_to_discuss_a_place_takes_its_counterpart():
    # "Idlib" is what they discuss, not whom they discuss it with: the counterpart is the other party of the meeting
    evs = events_of("Recep Tayyip Erdoğan and Vladimir Putin are due to meet in Sochi on Friday to discuss Idlib.")
    # (the meeting and what it is to discuss are one announced act: acts.fold_means_and_intentions)
    discuss = at(evs, "meet") + at(evs, "discuss")
    assert {(e.source.code, e.target and e.target.code) for e in discuss} == {("RUSGOV", "TURGOV"),
                                                                             ("TURGOV", "RUSGOV")}, dump(evs)


def test_another_act_of_its_own_sentence_gives_no_doer():
    # two shootings told side by side ("while") are two acts: the doer of one is not the other's
    evs = events_of(
        "Russian jets bombed the town of Saraqeb on Monday. "
        "Russian jets bombed the town of Ariha on Tuesday. "
        "A journalist was shot in 2019, while a doctor was shot by Syrian rebels last year.")
    journalist = [e for e in at(evs, "shot") if e.target is not None and "journalist" in (e.target.text or "")]
    assert journalist and all(e.source is None for e in journalist), dump(evs)


def test_an_act_in_another_country_takes_no_doer_from_this_one():
    evs = events_of(
        "Russian jets bombed the Syrian town of Saraqeb on Monday. "
        "On Tuesday Russian jets bombed the Syrian town of Ariha. "
        "Aid workers said they were running out of tents. "
        "Two hospitals in Afghanistan have been bombed since the start of the year.")
    bombed = [e for e in at(evs, "bombed") if e.sentence == 3]
    assert bombed and all(e.source is None for e in bombed), dump(evs)


HARASTA = (
    "Government forces shelled the besieged town of Harasta on Monday. "
    "On Tuesday Syrian government jets bombed a market in Harasta. "
    "Rebels fired mortars at Damascus on Wednesday. "
    "Rebel fighters also shelled army positions on Thursday. "
    "{extra}"
    "Aid workers said they were running out of tents. "
    "Nine civilians have been killed there since last winter.")


def test_harm_to_the_story_towns_own_people_takes_the_one_side_told_attacking_that_town():
    evs = events_of(HARASTA.format(extra=""))
    killed = [e for e in at(evs, "killed") if e.sentence == 5]
    assert killed and all(e.source is not None and e.source.country == "SYR" and e.source.sector in ("GOV", "MIL")
                          for e in killed), dump(evs)
    assert "the article's place" in killed[0].source.why


def test_the_story_town_attacked_by_two_sides_leaves_harm_told_without_a_doer_empty():
    evs = events_of(HARASTA.format(extra="Rebels also shelled army posts in Harasta on Friday. "))
    killed = [e for e in at(evs, "killed") if e.sentence == 6]
    assert killed and all(e.source is None for e in killed), dump(evs)
