"""Wrong country or sector on an actor (issue 14, cty26): sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of

SYRIA_KURDS = ("Kurdish fighters of the YPG held the line in Kobane on Monday as jihadists shelled the town. "
               "The YPG said its units in Raqqa and Hasakah had repelled three attacks. ")


def test_people_jailed_by_a_homeland_state_are_its_own():
    evs = events_of(SYRIA_KURDS + "Across the border, Turkey has jailed thousands of Kurds since the collapse of "
                                  "peace talks with the PKK.")
    got = at(evs, "jailed")
    assert got and got[0].target.code == "TURKUR", dump(evs)
    assert "coerces it at home" in got[0].target.why


def test_private_body_of_a_people_detained_by_a_homeland_police():
    evs = events_of(SYRIA_KURDS + "Turkish police detained dozens of Kurdish activists last week.")
    got = at(evs, "detained")
    assert got and got[0].target.code.startswith("TURKUR"), dump(evs)


def test_force_abroad_keeps_the_story_homeland():
    # shelling is no coercion at home: the Kurds of a story about Syria stay Syria's
    evs = events_of(SYRIA_KURDS + "The Turkish army shelled Kurdish villages on Tuesday.")
    got = at(evs, "shelled")
    assert got and got[-1].target.code == "SYRKUR", dump(evs)


def test_fighters_detained_by_a_homeland_state_stay_unplaced_by_it():
    # a people's fighters taken by a neighbour's army may be across the border: no country from the captor
    evs = events_of(SYRIA_KURDS + "Turkish troops detained six Kurdish fighters on Tuesday.")
    got = at(evs, "detained")
    assert got and not (got[0].target.code or "").startswith("TUR"), dump(evs)


def test_state_of_the_union_is_no_labour_union():
    evs = events_of("During his State of the Union address on Tuesday, the president announced he had signed an "
                    "executive order to keep the prison open.")
    assert not any(a is not None and a.sector == "LAB" for e in evs for a in (e.source, e.target)), dump(evs)


def test_a_union_still_speaks():
    evs = events_of("The union called a strike at the car plant in Detroit on Monday.")
    assert any(e.source is not None and e.source.sector == "LAB" for e in evs), dump(evs)


def test_a_person_told_of_an_act_keeps_its_actor_modifier():
    evs = events_of("Instead, the president caved in, informed Erdogan of the US withdrawal, and gave him a green light "
                    "to invade.")
    got = at(evs, "withdrawal")
    assert got and got[0].source is not None and got[0].source.code.startswith("USA"), dump(evs)



def test_one_phrase_shared_by_two_acts_is_one_actor():
    evs = events_of("The Assad regime has pressed its offensive in the north. On Tuesday Turkish forces fired on a "
                    "convoy of pro-regime forces entering the Afrin region.")
    fired, entering = at(evs, "fired"), at(evs, "entering")
    assert fired and fired[0].target.code == "SYRMIL", dump(evs)
    assert entering and entering[0].source.code == "SYRMIL", dump(evs)
    assert "same words read in the act 'fired'" in entering[0].source.why


def test_a_then_title_dates_the_act_for_the_other_party_too():
    # a former prime minister is former elite (ELI) at the story date, but the act told with "then-" on the other
    # party's title falls in that party's term, inside his own: he acted in office (GBRGOV)
    evs = events_of("Tony Blair briefed then-Conservative leader Iain Duncan Smith on the war plans, officials said.",
                    date="2018-04-12")
    got = at(evs, "briefed")
    assert got and got[0].source.code == "GBRGOV", dump(evs)
    assert "in office at the act" in got[0].source.why


def test_a_former_leader_with_no_dated_act_stays_former_elite():
    evs = events_of("The Russian ambassador mocked Tony Blair on Monday.", date="2018-04-12")
    got = at(evs, "mocked")
    assert got and got[0].target.code == "GBRELI", dump(evs)
