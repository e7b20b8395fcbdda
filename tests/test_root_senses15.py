"""A verb's root chosen from what its act is, not its word (issue 14, wrong root), session 15. Sentences written
for these tests.

Classes of sense choice (the act an argument's kind or the frame shows):
* a warning whose coordinated act is one of force is a threat (138), also where the parser hangs "and would punish
  them" on a relative clause inside the warning;
* support for an armed side is military cooperation (062): an `arming` modifier ("the armed opposition") makes an
  actor noun armed; "reinforced its support/backing" is the support noun's act, not a reinforcement of troops (154);
* force by the doer's kind: armed men defending anything but a stance (decision, record, policy) fight (190), also
  a town the tagger left untagged; "resistance" by armed men is fighting (190), by others dissent (140);
* speech, not legal or investigative acts: questioning claims or asking why is disapproval (110), not an
  investigation (091); launching or starting a petition is an appeal (020), not a lawsuit (115); starving a body of
  funds cuts economic aid (1621), not a siege (191)."""
from __future__ import annotations

import pytest

from tests.coded_sentences import at, dump, events_of


def roots(text, word):
    return [e.cameo for e in at(events_of(text), word)]


@pytest.mark.parametrize("text", [
    "The interior ministry warned that it would treat anyone who joins the armed groups as a criminal and would "
    "punish them accordingly.",
    "Pyongyang warned it would consider the naval drills a provocation and would retaliate with force.",
])
def test_a_warning_of_a_coordinated_act_of_force_is_a_threat(text):
    got = roots(text, "warned")
    assert got and all(c.startswith("13") for c in got), dump(events_of(text))


def test_a_warning_of_a_coming_hardship_stays_a_pessimistic_comment():
    text = "The charity warned that the camps would run out of clean water and that disease would spread."
    got = roots(text, "warned")
    assert got and all(c == "012" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Qatar continued to back the armed opposition in Libya throughout the war.", "back"),
    ("For years Tehran has supported the paramilitary opposition across the border.", "supported"),
])
def test_support_for_an_armed_side_is_military_cooperation(text, word):
    got = roots(text, word)
    assert got and all(c == "062" for c in got), dump(events_of(text))


def test_support_for_a_political_opposition_stays_endorsement():
    text = "The French president backed the opposition candidate in the Senegalese election."
    got = roots(text, "backed")
    assert got and all(c == "051" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "Moscow has reinforced its backing for the Serbian leadership in recent months.",
    "Beijing reinforced its support for the embattled junta after the coup.",
])
def test_reinforced_support_is_support_not_a_troop_build_up(text):
    got = roots(text, "reinforced")
    assert got and all(c.startswith("05") or c.startswith("06") for c in got), dump(events_of(text))


def test_reinforcing_an_army_stays_a_build_up():
    text = "Damascus reinforced its garrison in the eastern city with two armoured brigades."
    assert "154" in roots(text, "reinforced"), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The Chinese foreign ministry questioned the Australian claims that the hackers worked for its security service.",
    "Tehran questioned the account the Pentagon gave of the tanker seizure.",
])
def test_questioning_claims_is_disapproval(text):
    got = roots(text, "questioned")
    assert got and all(c == "110" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The ambassador questioned why no evidence had been shared with his government.",
    "Opposition lawmakers questioned how the minister could approve the arms sale without a vote.",
])
def test_questioning_why_is_disapproval(text):
    got = roots(text, "questioned")
    assert got and all(c == "110" for c in got), dump(events_of(text))


def test_questioning_suspects_stays_an_investigation():
    text = "Detectives questioned three suspects about the bombing of the bus station."
    assert "091" in roots(text, "questioned"), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Supporters of the jailed blogger have launched an online petition demanding his release.", "launched"),
    ("Students started a petition urging the university to cut its ties with arms makers.", "started"),
])
def test_a_launched_petition_is_an_appeal_not_a_lawsuit(text, word):
    evs = events_of(text)
    assert not any(e.cameo == "115" for e in evs), dump(evs)
    assert any(e.cameo.startswith("02") for e in at(evs, word)), dump(evs)


def test_a_launched_lawsuit_stays_a_lawsuit():
    text = "The rights group launched a lawsuit against the defence ministry over the drone strikes."
    assert "115" in roots(text, "launched"), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The donors starved the refugee agency of money for a year.",
    "Congress has starved the climate programme of funding since 2017.",
])
def test_starving_a_body_of_funds_cuts_aid(text):
    got = roots(text, "starved")
    assert got and all(c == "1621" for c in got), dump(events_of(text))


def test_starving_a_town_of_food_stays_a_siege():
    text = "Rebels starved the besieged town of food and medicine."
    assert "191" in roots(text, "starved"), dump(events_of(text))


def test_questioning_claims_read_as_a_verb_is_disapproval():
    # the parser may read "the Greek claims that ..." as a clause whose verb is "claims"
    text = "The Turkish foreign minister questioned the Greek claims that its jets had violated the airspace."
    got = roots(text, "questioned")
    assert got and all(c == "110" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The enclave in question is Idlib, defended by the same rebels who defended Aleppo until 2016.",
    "Veteran militiamen who defended Kobani in 2014 now guard the prisons.",
])
def test_armed_men_defending_a_town_the_tagger_missed_fight(text):
    got = roots(text, "defended")
    assert got and all(c == "190" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The insurgents' resistance against the army offensive in the delta lasted four months.",
    "Rebel commanders organised the resistance against the junta's troops in the hills.",
])
def test_resistance_by_armed_men_is_fighting(text):
    got = roots(text, "resistance")
    assert got and all(c == "190" for c in got), dump(events_of(text))


def test_resistance_by_teachers_stays_dissent():
    text = "Teachers mounted stiff resistance against the new curriculum."
    assert "140" in roots(text, "resistance"), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The rebels defended Saraqeb for weeks before it fell.",
    "Government troops defended the refinery through the night.",
])
def test_armed_men_defending_something_fight(text):
    got = roots(text, "defended")
    assert got and all(c == "190" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The militia leader defended his decision to free the hostages.",
    "The army defended its record on human rights at the hearing.",
])
def test_armed_men_defending_a_decision_or_record_speak(text):
    got = roots(text, "defended")
    assert got and all(c == "052" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The army warned the defectors that it would treat them as traitors and punish them.",
    "The militia warned the villagers that it would brand them as spies and jail them.",
])
def test_an_act_of_force_joined_to_the_warned_clause_makes_it_a_threat(text):
    # the force verb coordinated with the clause's own verb ("... and punish them"), with no "would" of its own
    got = at(events_of(text), "warned")
    assert got and got[0].cameo.startswith("13"), dump(events_of(text))
