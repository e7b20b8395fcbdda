"""Issue 14, wrong target: bare insurgents or extremists take the one armed group the sentence beside theirs names
(knowledge/story_group.adjacent_group). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def targets(text, word):
    evs = events_of(text)
    return [e.target and e.target.code for e in at(evs, word)], dump(evs)


def test_the_group_the_next_sentence_names_is_theirs():
    got, d = targets("Iraqi troops battled extremists in the desert west of Ramadi on Sunday. Islamic State had sent "
                     "reinforcements from across the border.", "battled")
    assert got == ["IMGINSISI"], d


def test_two_groups_beside_leave_the_place_country():
    got, d = targets("Iraqi troops battled extremists in the desert west of Ramadi on Sunday. Islamic State and "
                     "al-Qaida both sent reinforcements.", "battled")
    assert got == ["IRQRAD"], d


def test_a_phrase_that_says_whose_they_are_keeps_it():
    got, d = targets("Nigerian soldiers clashed with Chadian jihadists near the lake on Sunday. Islamic State had "
                     "sent reinforcements from across the border.", "clashed")
    assert got and all(g and g.startswith("TCD") for g in got), d
