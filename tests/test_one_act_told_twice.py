"""One act told by two predicates of one sentence is one event (issue 14, "one event per act"): a policy taken up
and the act it consists of, an act and a participle that restates it, a meeting and what it is for, an act and a
quoted remark that tells it again; and a first conjunct's actor never takes in the next conjunct. Sentences written
for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events = events_on("2020-03-04")


def dyads(evs):
    return sorted((e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs)


def test_a_policy_taken_up_is_the_act_it_consists_of():
    got = events("Iran embraced a strategy over two decades of arming Shia militias in Iraq.")
    assert len(got) == 1
    e = got[0]
    assert e.cameo.startswith("07") and e.source.code == "IRN" and e.target is not None
    assert "embraced" in e.rule                       # explained: one act with the policy's verb


def test_another_partys_policy_is_not_the_speakers_act():
    got = events("Russia endorsed the American policy of arming the Kurds.")
    assert not any(e.cameo.startswith("07") and e.source is not None and e.source.code == "RUS" for e in got)


def test_a_participle_restating_the_act_as_a_noun_is_one_act():
    got = events("After the war, Egypt set out to rebuild and train the Libyan army, providing it with training, "
                 "vehicles and salaries.")
    assert len(got) == 1 and got[0].source.code == "EGY" and got[0].target.code.startswith("LBY")
    # an asserted act kept over the intended one it restates
    got = events("Qatar promised to train the Syrian rebels, giving them training and money.")
    assert len(got) == 1 and got[0].modality == "asserted" and got[0].target.code == "SYRREB"


def test_a_participle_of_the_same_root_is_one_act():
    got = events("The Arab League called for restraint, urging all sides to return to talks.")
    assert [e.cameo[:2] for e in got] == ["02"]


def test_a_participle_of_another_act_stays():
    got = events("Jordan closed the border crossing, accusing Syria of smuggling weapons.")
    assert any(e.cameo[:2] == "11" for e in got)


def test_a_meeting_and_its_purpose_are_one_act_each_way():
    got = events("The foreign ministers of Egypt and Jordan will meet in Amman on Monday to discuss the crisis.")
    assert dyads(got) == [("036", "EGYGOV", "JORGOV"), ("036", "JORGOV", "EGYGOV")]


def test_a_quoted_remark_tells_the_welcome_again():
    got = events('Among those to praise the Saudi offer was the German chancellor, Angela Merkel, who said: '
                 '"It is wise, and I agree with Riyadh."')
    assert len(got) == 1
    assert got[0].cameo[:2] == "05" and got[0].source.code == "DEUGOV" and got[0].target.code.startswith("SAU")


def test_a_quoted_remark_of_another_act_stays():
    got = events('Merkel praised the Saudi offer, saying: "We will send aid to Yemen next week."')
    assert len(got) >= 2


def test_a_first_conjunct_does_not_take_in_the_next():
    got = events("Last week Iran shelled militants and Kurdish fighters in Dohuk province.")
    targets = sorted(e.target.code for e in got if e.target is not None)
    assert len(targets) == 2 and not all("KUR" in t for t in targets)
    assert all(e.target.text in ("militants", "Kurdish fighters") for e in got)


def test_each_conjunct_keeps_its_own_actor_before_a_place_phrase():
    got = events("The army besieged civilians and rebels in the eastern suburbs of Homs.")
    assert sorted(e.target.code for e in got) == ["SYRCVL", "SYRREB"]


def test_a_shared_of_phrase_stays_with_the_first_conjunct():
    got = events("Moscow welcomed the defeat or surrender of Isis fighters in the valley.")
    assert [e.target.code for e in got if e.target is not None] == ["IMGINSISI"]


def test_a_bare_statement_keeps_the_quoted_act():
    got = events('In a statement on Monday, the Egyptian foreign ministry said: "We praise the Saudi initiative."')
    assert any(e.cameo[:2] == "05" for e in got)


def test_coordinated_purposes_of_a_journey_are_the_journey():
    got = events("The Chinese foreign minister is due to begin a tour of African capitals on Monday, largely to "
                 "reassure partners and explain the new lending rules.")
    assert [e.cameo[:2] for e in got] == ["03"] and len(got) == 1


def test_the_parties_of_talks_share_their_venue():
    got = events("The UN's Yemen envoy, Hans Lindqvist, announced he is convening three days of talks between the "
                 "government and opposition in Muscat next week.")
    talks = [e for e in got if e.trigger_text == "talks"]
    assert talks and all(e.source.code.startswith("YEM") and e.target.code.startswith("YEM") for e in talks)
