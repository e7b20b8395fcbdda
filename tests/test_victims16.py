"""The right kind of actor with the right country (issue 14, wrong target / wrong source): victims of an act named
with its place where that place is a capital or a country (knowledge/actor_country._act_place); the nationality of
private people named in a sentence, which is no country of the sentence's other actors (knowledge/actor_where.py);
the one helped when a helper "comes to" someone's aid (coding/noun_clauses.py, roles.tsv helper-verb). Sentences
written for these tests."""
from __future__ import annotations

from coded_sentences import actor_in, dyads_of, events_on


events = events_on("2019-03-01")


def dyads(text):
    return dyads_of(events(text))


def actor_with(text, word, role=None):
    return actor_in(events(text), word, role, exact=True)


# ---------------------------------------------------------------- victims where the act was, named by a capital
def test_victims_of_an_attack_in_a_capital_are_where_it_was():
    text = ("Western governments blamed the regime for the sarin strike in Damascus, which killed dozens of people, "
            "Paris said.")
    a = actor_with(text, "people", "target")
    assert a.country == "SYR", a.why
    assert "from the place of the act that did it" in a.why


def test_victims_of_a_bombing_in_a_country_named_with_it_are_of_that_country():
    text = "Officials in Washington and London said the suicide bombing in Afghanistan that killed 14 villagers was planned abroad."
    a = actor_with(text, "villagers", "target")
    assert a.country == "AFG", a.why


def test_a_capital_modifying_the_act_gives_its_victims_no_place():
    # "the Moscow raid" names who raided, not where: the victims are not placed by it
    text = "Kiev condemned the Moscow raid, which wounded 11 civilians, and London agreed."
    for e in events(text):
        if e.target is not None and e.target.text == "civilians":
            assert "from the place of the act that did it" not in (e.target.why or ""), e.target.why


# ---------------------------------------------------------------- a private person's nationality stays theirs
def test_a_private_person_s_nationality_is_no_country_of_the_police():
    text = "A French man, Luc Garnier, told reporters that the police had beaten the protesters outside the stadium."
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text in ("police", "protesters"):
                assert a.country != "FRA", a.why


def test_two_nationals_watching_do_not_give_the_soldiers_their_country():
    text = "Three Canadian women watched as soldiers detained the villagers near the market."
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text in ("soldiers", "villagers"):
                assert a.country != "CAN", a.why


def test_a_country_s_own_police_still_take_its_country():
    # a demonym on the actor's own phrase, or a state named by its country, still places the actors
    a = actor_with("Canadian police detained the villagers near the market on Monday.", "Canadian police", "source")
    assert a.country == "CAN", a.why


# ---------------------------------------------------------------- coming to someone's aid
def test_coming_to_a_capital_s_aid_is_help_given_to_it():
    got = dyads("Britain is coming to Kabul's aid against the insurgents, the minister said.")
    assert ("070", "GBR", "AFGGOV") in got, got


def test_rushing_to_the_aid_of_a_government_helps_that_government():
    got = dyads("Within days Egypt rushed to the aid of the Libyan government with arms and money.")
    assert any(c[:2] == "07" and s == "EGY" and t == "LBYGOV" for c, s, t in got), got


def test_coming_to_a_country_s_defence_defends_it():
    got = dyads("At the Security Council, China came to Venezuela's defence on Tuesday.")
    assert any(s == "CHN" and t == "VEN" for c, s, t in got), got


def test_coming_to_an_end_is_no_help():
    got = dyads("The fighting in the north came to an end when the two armies agreed a truce.")
    assert not any(c[:2] == "07" for c, s, t in got), got


# ---------------------------------------------------------------- a doer found later is set aside for its victims
def test_victims_of_an_offensive_named_by_its_doer_are_where_the_places_lie():
    text = ("At least 40 villagers have been killed in the second week of Iran's offensive against a rebel-held district "
            "in western Iraq, monitors said.")
    a = actor_with(text, "villagers", "target")
    assert a.country == "IRQ", a.why


def test_victims_take_no_country_from_a_mention_alone_once_the_doer_is_set_aside():
    # no place is named: the victims stay bare, never the doer's nor a mention's
    text = "Dozens of villagers were killed in Iran's offensive, officials in Washington said."
    for e in events(text):
        if e.target is not None and e.target.text == "villagers":
            assert e.target.country not in ("IRN", "USA"), e.target.why


# ---------------------------------------------------------------- the doer of force against an actor is not its own
def test_the_allies_of_those_bombed_are_not_of_the_bombers_country():
    text = "Kenyan jets bombed a convoy of militants driving south to support the fighters besieging the town."
    for e in events(text):
        a = e.source
        if a is not None and a.text == "fighters":
            assert a.country != "KEN", a.why


def test_gunmen_shot_at_keep_no_country_of_the_troops_in_their_own_attack():
    got = dyads("Egyptian troops opened fire on a band of gunmen who had attacked a checkpoint near the border.")
    assert not any(s == "EGYUAF" for c, s, t in got), got
