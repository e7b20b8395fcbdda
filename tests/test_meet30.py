"""The other side of meetings, orders, votes, testimony and pleas (issue 14 item 4, no target; session 30, meet30).
Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_parties_act_on_what_the_other_owns():
    # reciprocal._others_own: "the other's proposals", "each other's exercises"
    evs = events_of("Russia and Britain voted against the other's resolutions in the Security Council on Tuesday.")
    got = at(evs, "voted")
    pairs = {(e.source.code, e.target.code) for e in got if e.source and e.target}
    assert pairs == {("RUS", "GBR"), ("GBR", "RUS")}, dump(evs)
    evs = events_of("India and Pakistan criticised each other's military exercises on Monday.")
    pairs = {(e.source.code, e.target.code) for e in at(evs, "criticised") if e.source and e.target}
    assert pairs == {("IND", "PAK"), ("PAK", "IND")}, dump(evs)


def test_the_others_with_a_curly_apostrophe_and_western_allies():
    # (the parser reads "the other’s" as an adjective with a compound "’s"; igos.tsv "western allies")
    evs = events_of("China and Western allies led by Britain voted against the other’s resolutions on Friday.")
    got = at(evs, "voted")
    assert len(got) == 2 and all(e.source and e.target for e in got), dump(evs)
    assert {e.target.code[:3] for e in got} == {"CHN", "IGO"}, dump(evs)
    assert all(e.source.code[:3] != e.target.code[:3] for e in got), dump(evs)


def test_leader_meets_his_own_national_security_team():
    # roles.tsv member-body team/advisers; sectors.tsv "national security team" (no sports team)
    evs = events_of("Following a meeting with his national security team, Donald Trump issued a statement on Iran.")
    got = at(evs, "meeting")
    assert got and all(e.target and e.target.code == "USAGOV" for e in got), dump(evs)
    evs = events_of("Theresa May consulted her advisers at Downing Street on Sunday.")
    got = at(evs, "consulted")
    assert got and all(e.target and e.target.code == "GBRGOV" for e in got), dump(evs)


def test_national_football_team_stays_no_actor():
    evs = events_of("Donald Trump met the national football team at the White House.")
    got = at(evs, "met")
    assert all(e.target is None or e.target.sector != "GOV" for e in got), dump(evs)


def test_order_given_in_reply_is_addressed_to_the_first_speaker():
    # coding/replied_to.py
    evs = events_of('When John Bolton said he was ready, Donald Trump ordered: "Start the work."')
    got = at(evs, "ordered")
    assert got and all(e.target and e.target.entity and "bolton" in e.target.entity for e in got), dump(evs)
    evs = events_of("After Kenya offered a ceasefire, the Somali rebels refused.")
    got = at(evs, "refused")
    assert got and all(e.target and e.target.code == "KEN" for e in got), dump(evs)


def test_no_reply_to_oneself():
    evs = events_of("When he said he was ready, the Kenyan president ordered the troops forward.")
    got = at(evs, "ordered")
    assert all(e.target is None or e.target.code != "KENGOV" for e in got), dump(evs)


def test_summit_named_by_its_host_city_takes_the_parties_told_there():
    # coding/city_gathering.py
    evs = events_of("Hours after a summit in Tehran at which the Turkish president pleaded with Russia to halt the "
                    "offensive, the shelling resumed. A shopkeeper in Idlib said the Tehran summit had calmed nerves.")
    got = [e for e in at(evs, "summit") if e.sentence == 1]
    assert {e.target.code for e in got if e.target} == {"TURGOV", "RUS"}, dump(evs)
    assert all(e.source and e.source.code == "IRNGOV" for e in got), dump(evs)


def test_testimony_before_a_committee_is_to_the_legislature():
    # lexicon 010.testify-before, 010.appear-before-hearing; coding/hearing_body.py
    evs = events_of("The Pakistani army chief testified before the committee on Tuesday.")
    got = at(evs, "testified")
    assert got and all(e.target and e.target.code == "PAKLEG" for e in got), dump(evs)
    evs = events_of("The former Kenyan finance minister appeared before the parliamentary panel in a closed session.")
    got = at(evs, "appeared")
    assert got and all(e.cameo == "010" and e.target and e.target.code == "KENLEG" for e in got), dump(evs)


def test_appearing_before_a_crowd_or_judge_is_no_testimony():
    evs = events_of("The Kenyan singer appeared before a crowd of thousands in Nairobi.")
    assert not at(evs, "appeared"), dump(evs)


def test_plea_for_access_is_made_of_the_besieger():
    # coding/access_asked.py
    evs = events_of("The northern enclave has been besieged by Ethiopian government forces since 2016. Food prices "
                    "have soared. Aid agencies' pleas for access have gone unanswered.")
    got = at(evs, "pleas")
    assert got and all(e.target and e.target.code.startswith("ETH") for e in got), dump(evs)


def test_plea_for_access_with_no_siege_told_has_no_target():
    evs = events_of("Food prices have soared in the enclave. Aid agencies' pleas for access have gone unanswered.")
    got = at(evs, "pleas")
    assert all(e.target is None for e in got), dump(evs)
