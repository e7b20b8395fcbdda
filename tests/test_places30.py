"""Event location: a place named for an act at another time than the event locates nothing
(knowledge/other_time.py): a "before"/"until" clause, a "following"/"before" phrase with its act; a place in the
title of a named participant (knowledge/title_place.py). Texts written for these tests."""

from parsed_places import place_of


def test_a_before_clause_keeps_its_place(nlp):
    text = "Two soldiers were killed on Monday before the rebels withdrew towards their bases in Gao."
    assert place_of(nlp, text, "killed") is None


def test_a_before_phrase_with_its_act_keeps_its_place(nlp):
    text = ("Two policemen were wounded in the clashes on Friday, before the army evacuated the barracks near "
            "Kidal.")
    assert place_of(nlp, text, "wounded") is None


def test_a_following_phrase_keeps_its_place(nlp):
    text = ("The militants launched a counter-attack against the army on Friday, following its failed bid to "
            "retake two villages near Kidal.")
    assert place_of(nlp, text, "launched") is None


def test_the_scene_of_the_event_itself_still_counts(nlp):
    text = "A farmer was shot dead on Sunday while he was driving his cattle near the town of Wajir."
    assert place_of(nlp, text, "shot") == "Wajir"



def test_a_place_in_a_named_victims_title_does_not_locate_the_killing(nlp):
    text = ("Ahmed Saleh, the commander of the militia's operations in Baidoa, was killed on Monday when a drone "
            "struck his car.")
    assert place_of(nlp, text, "killed") is None


def test_a_place_in_the_victims_title_gives_way_to_the_scene(nlp):
    text = ("Soldiers shot dead Omar Farah, a senior member of the movement in Kismayo, at a checkpoint near "
            "the town of Afgooye.")
    assert place_of(nlp, text, "shot") == "Afgooye"


def test_a_workplace_in_the_title_still_locates(nlp):
    text = "Mark Ellis, a security guard at the Grand Hotel in Nairobi, was shot dead outside its gates on Sunday."
    assert place_of(nlp, text, "shot") == "Nairobi"
