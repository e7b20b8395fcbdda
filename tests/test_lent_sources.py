"""Sources lent from elsewhere in the article, held to what the article makes plain (issue 14, precision of sources):
an implicit state agent needs a place, not the country a story is about; an arrest where armed irregulars also hold
people is not plainly the state's; a toll after an act done to another named person takes no doer; a story's places
give no doer a country. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2022-04-11")


def dump(evs):
    return [(e.sentence, e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.code)
            for e in evs]


def at(evs, sentence, word):
    return [e for e in evs if e.sentence == sentence and word in e.trigger_text]


def test_the_country_a_story_is_about_is_not_where_its_arrests_happened():
    text = ("Iraqi officials met tribal leaders in Baghdad on Monday. The economy of Iraq is still weak. "
            "Opposition activists were rounded up in the villages.")
    evs = events_of(text)
    up = at(evs, 2, "rounded")
    assert up, dump(evs)
    assert all(e.source is None for e in up), dump(evs)


def test_an_arrest_where_the_clause_places_it_is_still_the_state_s():
    evs = events_of("Iraqi officials met tribal leaders in Baghdad on Monday. Shepherds were arrested in Basra.")
    got = at(evs, 1, "arrested")
    assert got and got[0].source is not None and got[0].source.code == "IRQCOP", dump(evs)
    assert "implicit agent: the state where it happened" in got[0].source.why


def test_an_arrest_is_not_plainly_the_state_s_where_irregulars_hold_people_there():
    text = ("Islamic State fighters detained hundreds of people in Raqqa in 2015. "
            "Many Syrians were detained daily for smoking in public.")
    evs = events_of(text)
    got = at(evs, 1, "detained")
    assert got, dump(evs)
    assert all(e.source is None or e.source.code != "SYRCOP" for e in got), dump(evs)
    assert all("implicit agent taken back" in e.rule for e in got if e.source is None)


def test_irregulars_holding_people_elsewhere_leave_the_state_s_arrest_alone():
    text = ("Kurdish militias detained dozens of men in Hasakah last year. "
            "Two journalists were arrested in Cairo on Sunday.")
    evs = events_of(text)
    got = at(evs, 1, "arrested")
    assert got and got[0].source is not None and got[0].source.code == "EGYCOP", dump(evs)


def test_the_victims_own_nationality_gives_the_police_no_country():
    evs = events_of("Many Syrians were detained daily for smoking in public.")
    for e in at(evs, 0, "detained"):
        assert e.source is None or e.source.country != "SYR", dump(evs)


def test_a_toll_after_an_act_done_to_another_named_man_takes_no_doer():
    text = ("Omar Haddad was later reported to have been killed in a coalition air raid near the border. "
            "Despite reports that Karim Nasser had been killed, his sister said he was alive.")
    evs = events_of(text)
    got = at(evs, 1, "killed")
    # (since nonevent30 a report set aside by "despite" is no event at all: coding/unheld_states.py; any event coded
    # there must still take no doer from the first sentence's raid)
    assert all(e.source is None for e in got), dump(evs)


def test_a_toll_after_an_act_on_a_town_still_takes_its_doer():
    evs = events_of("Russian jets pounded the town of Saraqeb on Tuesday. At least ten civilians were killed.")
    got = at(evs, 1, "killed")
    assert got and got[0].source is not None and got[0].source.country == "RUS", dump(evs)


def test_a_story_s_places_give_its_doers_no_country():
    text = ("Syrian monitors and Syrian doctors said shelling hit Aleppo and Homs on Monday. British officials and "
            "British aid workers visited Idlib. Gunmen raided a farm.")
    evs = events_of(text)
    raid = at(evs, 2, "raided")
    assert raid and raid[0].source is not None, dump(evs)
    assert raid[0].source.code == "UAF", dump(evs)
