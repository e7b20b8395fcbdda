"""A verb's root chosen from the noun that selects its sense (issue 14, wrong root), session 16. Sentences written
for these tests.

Classes of sense choice:
* targeted by a measure: "target" with a ban, sanctions or an order in its in/by/with/under phrase (also through a
  batch noun: "a round of sanctions") is a restriction (163), not force (190); a target that is an account,
  server or network is hacking, no force at all;
* displaced by strife: people displaced by a war, fighting, drought or floods (in a by-phrase, or as the subject)
  were expelled by no one (no 201); displaced by troops stays an expulsion;
* refuge taken: "take refuge/shelter/sanctuary" under the light verb "take" grants nothing (no 075); "offered
  refuge" still does;
* talk to the press: "officials discussing the figures said", "spoke anonymously to discuss X" (a
  partnerless consultation verb describing a speaker, or the purpose of speaking) is no consultation (040);
* evacuated buildings: "evacuated a laboratory", "an embassy" is no humanitarian aid (073); evacuated civilians are;
* intervene: a state intervening in a country or a war, or armed forces intervening, is military force (190); a
  court intervening in a dispute is not."""
from __future__ import annotations

import pytest

from tests.coded_sentences import at, dump, events_of


def roots(text, word):
    return [e.cameo for e in at(events_of(text), word)]


@pytest.mark.parametrize("text, word", [
    ("Belarus was among the states targeted in the European Union's latest round of sanctions.", "targeted"),
    ("Seven Gulf shipping firms were targeted by an American export ban announced on Friday.", "targeted"),
    ("The treasury targeted five Iranian shipping companies with new sanctions on Thursday.", "targeted"),
])
def test_targeted_by_a_measure_is_a_restriction(text, word):
    got = roots(text, word)
    assert got and all(c == "163" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Government forces targeted rebel positions near the airport with heavy artillery.", "targeted"),
    ("Jihadist gunmen targeted a police convoy on the highway south of the capital.", "targeted"),
])
def test_targeting_with_force_stays_force(text, word):
    got = roots(text, word)
    assert got and all(c.startswith("19") for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("A hacking group linked to Pyongyang targeted the email accounts of South Korean defence officials.", "targeted"),
    ("Unknown intruders targeted the election commission's servers in the weeks before the vote.", "targeted"),
])
def test_targeting_accounts_is_no_force(text, word):
    assert not roots(text, word), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Nearly a million people have been displaced by the conflict in the east of the country.", "displaced"),
    ("More than 200,000 villagers have been displaced by fighting in the northern province since March.", "displaced"),
    ("Three years of drought and war have displaced half of the region's farmers.", "displaced"),
])
def test_displaced_by_strife_is_no_expulsion(text, word):
    assert not roots(text, word), dump(events_of(text))


def test_displaced_by_troops_stays_an_expulsion():
    text = "Government troops displaced thousands of villagers from the valley last spring."
    got = roots(text, "displaced")
    assert got and all(c == "201" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Families fleeing the shelling have taken refuge in schools near the Lebanese border, the UN said.", "taken"),
    ("The militia's commanders took refuge in a desert town after the city fell.", "took"),
    ("Hundreds of farmers took shelter in the cathedral as the storm approached the coast.", "took"),
])
def test_taking_refuge_grants_nothing(text, word):
    assert not [c for c in roots(text, word) + roots(text, "refuge") + roots(text, "shelter") if c == "075"], \
        dump(events_of(text))


def test_offering_refuge_still_grants_asylum():
    text = "Sweden offered refuge to forty Afghan interpreters and their families."
    got = roots(text, "offered")
    assert got and all(c == "075" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("France intervened militarily in Mali in 2013 to halt an advance by jihadist groups.", "intervened"),
    ("Moscow intervened in the Libyan conflict in 2019, tipping the balance toward Haftar.", "intervened"),
    ("Kenyan soldiers intervened when the gunmen began firing on the crowd.", "intervened"),
])
def test_intervening_militarily_is_force(text, word):
    got = roots(text, word)
    assert got and all(c == "190" for c in got), dump(events_of(text))


def test_a_court_intervening_is_no_force():
    text = "The supreme court intervened in the dispute over the election results."
    assert not roots(text, "intervened"), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("One of the diplomats discussing the proposal said that Germany would not block it.", "discussing"),
    ("Officials discussing the casualty figures told reporters the toll was likely to rise.", "discussing"),
    ("Two aides spoke anonymously to discuss the stalled talks with Tehran.", "discuss"),
])
def test_talk_to_the_press_is_no_consultation(text, word):
    assert not roots(text, word), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Merkel and Macron discussed the refugee crisis in Berlin on Tuesday.", "discussed"),
    ("The Egyptian foreign minister discussed the Gaza truce with his Qatari counterpart on Sunday.", "discussed"),
])
def test_discussing_with_a_partner_stays_consultation(text, word):
    got = roots(text, word)
    assert got and all(c == "040" for c in got), dump(events_of(text))


def test_evacuating_a_building_is_no_aid():
    text = "Government loyalists reportedly evacuated a weapons laboratory north of the capital days before the strikes."
    assert not [c for c in roots(text, "evacuated") if c.startswith("07")], dump(events_of(text))


def test_evacuating_civilians_stays_aid():
    text = "Relief workers evacuated hundreds of civilians from the besieged town on Monday."
    got = roots(text, "evacuated")
    assert got and all(c == "073" for c in got), dump(events_of(text))
