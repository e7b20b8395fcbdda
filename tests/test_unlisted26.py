"""Doers the actor lists do not know, told by the story's own description of them (issue 14, no source, session 26).
Sentences written for these tests; each construction has a negative test where the plain reading stays."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2019-03-11")


def _sources(evs, word):
    return [e.source and e.source.code for e in at(evs, word)]


# -- an office with a party word: the party's country, the office's sector (knowledge/party_role.py)

def test_republican_chair_of_a_house_committee_is_a_us_legislator():
    evs = events_of("Dale Harrow, the Republican chair of the House armed services committee, criticised the "
                    "withdrawal plan on Tuesday.")
    assert _sources(evs, "criticised") == ["USALEG"], dump(evs)
    assert "party word 'Republican'" in at(evs, "criticised")[0].source.why


def test_conservative_chair_of_a_select_committee_is_a_uk_legislator():
    evs = events_of("Nora Pellow, the Conservative chair of the foreign affairs select committee, condemned the arms "
                    "sales.")
    assert _sources(evs, "condemned") == ["GBRLEG"], dump(evs)



def test_a_chair_with_no_party_word_and_no_story_country_stays_uncoded():
    evs = events_of("Dale Harrow, the chair of the House armed services committee, criticised the plan.")
    assert _sources(evs, "criticised") != ["USALEG"] or "party word" not in at(evs, "criticised")[0].source.why, \
        dump(evs)


def test_a_people_word_is_no_party():
    evs = events_of("Rezan Dilan, the Kurdish chair of the select committee, condemned the arms sales.")
    assert not [e for e in at(evs, "condemned") if e.source and "party word" in (e.source.why or "")], dump(evs)


# -- people whose "including" list names a party: that country's people, not the party (knowledge/included_members.py)

def test_figures_including_labour_mps_are_british_people_not_the_party():
    evs = events_of("A group of 50 public figures, including four Labour MPs, two bishops and the novelist Ann Ferris, "
                    "have urged the government to halt the deportations.")
    assert _sources(evs, "urged") == ["GBRCVL"], dump(evs)
    assert "including" in at(evs, "urged")[0].source.why     # (the list read: knowledge/included_members.py)


def test_campaigners_including_labour_mps_keep_their_sector_with_the_country():
    evs = events_of("More than 300 campaigners, including two Labour MPs, have urged ministers to reopen the inquiry.")
    assert [c[:3] for c in _sources(evs, "urged")] == ["GBR"], dump(evs)
    assert not [c for c in _sources(evs, "urged") if c == "GBRPTY"], dump(evs)


def test_the_party_itself_still_acts():
    evs = events_of("The Labour party urged the government to halt the deportations.")
    assert _sources(evs, "urged") == ["GBRPTY"], dump(evs)


# -- a former soldier told fighting again through a pronoun (actor_persons.left_arms, nonevent.private_pronoun_doer)

def test_former_soldier_who_fought_through_a_pronoun_is_the_doer():
    evs = events_of("The family of a former British soldier who was detained in Greece after he fought against "
                    "al-Shabaab in Somalia say he is innocent.")
    assert _sources(evs, "fought") == ["GBRUAF"], dump(evs)


def test_private_people_through_a_pronoun_are_still_no_doers_of_force():
    evs = events_of("Residents fled the town on Monday. They appeared to shoot anyone in the street.")
    assert not [e for e in at(evs, "shoot") if e.source and e.source.code.endswith("CVL")], dump(evs)


def test_a_party_word_another_story_country_shares_gives_no_country():
    evs = events_of("Canada's parliament returned on Monday after the summer recess in Ottawa. Jane Ruel, a Conservative "
                    "senator, criticised the government's budget.")
    assert not [e for e in at(evs, "criticised") if e.source and e.source.code.startswith("GBR")], dump(evs)
