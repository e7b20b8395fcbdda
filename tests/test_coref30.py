"""Coreference by role (issue 14 item 5): the object pronoun of an act done to people takes the earlier patients of
such an act, not its doer (knowledge/coref_patients.py); a bare "the group" far from the group's name is the story's
one named group (coref_topic.topic_group). Short stories written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, exactly_at

events_of = events_on("2023-09-12")
at = exactly_at


def _target(evs, trigger):
    e = at(evs, trigger)
    assert e, [(x.trigger_text, x.source, x.target) for x in evs]
    return e[0].target


def test_deport_them_is_the_men_arrested_not_the_police():
    evs = events_of("Kenyan police arrested two Somali men at a bus station in Mombasa on Tuesday. The interior "
                    "minister promised to deport them within a week.")
    t = _target(evs, "deport")
    assert t is not None and t.country == "SOM", t
    assert "patient of 'arrest'" in t.why


def test_expel_them_is_the_smugglers_detained():
    evs = events_of("Turkish troops detained three Syrian smugglers near the border on Monday. The governor said he "
                    "would expel them to Idlib.")
    t = _target(evs, "expel")
    assert t is not None and t.country == "SYR" and t.sector == "CRM", t


def test_released_them_is_the_refugees_rounded_up():
    evs = events_of("Egyptian police rounded up dozens of Sudanese refugees in Cairo last week. Officials later "
                    "released them without charge.")
    t = _target(evs, "released")
    assert t is not None and t.code == "SDNREF", t


def test_a_pronoun_of_a_verb_of_no_such_act_is_unchanged():
    # "praised them": no act done to people, the subject before stays the more salient
    evs = events_of("Greek coastguards rescued forty Afghan migrants off Lesbos on Friday. The prime minister praised "
                    "them on Saturday.")
    t = _target(evs, "praised")
    assert t is None or "patient of" not in (t.why or ""), t


def test_the_group_far_from_its_name_is_the_one_group_named():
    evs = events_of("Boko Haram fighters attacked a school in Borno state, seizing dozens of pupils. The government "
                    "condemned the raid. Parents gathered outside the school on Saturday. \"We want our children "
                    "back,\" said one mother. \"We have waited for days.\" Another father said he had not slept. Local "
                    "officials said talks were under way. One of the group's hostages, who was later freed, described "
                    "the ordeal.")
    e = at(evs, "freed")
    assert e and e[0].source is not None and e[0].source.code == "NGAINS", [(x.trigger_text, x.source) for x in evs]


def test_the_group_with_two_groups_named_stays_unlinked():
    evs = events_of("Hamas fighters attacked an army post near Gaza. Hezbollah fired rockets from Lebanon the same "
                    "day. Residents fled. \"We are afraid,\" said one man. \"Nobody helps us.\" Officials met on Sunday. "
                    "Later the group released three hostages.")
    e = at(evs, "released")
    assert not e or e[0].source is None or "the one group named" not in (e[0].source.why or ""), e


def test_release_them_is_the_fighters_a_relative_clause_says_were_captured():
    evs = events_of("The United States wants European countries to take back 500 Isis fighters that its Kurdish allies "
                    "captured in Syria. The camps are full. Otherwise the Kurds will be forced to release them.")
    t = _target(evs, "release")
    assert t is not None and t.code == "IMGINSISI" and "patient of 'capture'" in t.why, t
