"""A country for actors the article places by the sentence's frame (issue 14, item 3; knowledge/actor_country.py,
knowledge/actor_story.py): a side of the one conflict the sentence names, a people with a country's adjective, a
state's own people by their possessor, one who leaves a body, and the victims of an act named with its place.
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import actor_in, dyads_of, events_on


events = events_on("2019-03-01")


def dyads(text):
    return dyads_of(events(text))


def actor_with(text, word, role=None):
    return actor_in(events(text), word, role)


# ---------------------------------------------------------------- a side of the conflict the sentence names
def test_the_rebels_of_a_named_conflict_take_its_country_among_other_countries():
    text = ("In the long Yemeni conflict, Iran is arming the rebels and Saudi Arabia is bombing their bases while "
            "the United States sells weapons to Riyadh.")
    a = actor_with(text, "rebels")
    assert a.code == "YEMREB", a.why
    assert "a side of the conflict the sentence names" in a.why


def test_opposition_militias_of_a_civil_war_take_its_country():
    a = actor_with("During Libya's civil war, Egypt supported the army and Turkey backed opposition militias.", "militias")
    assert a.country == "LBY", a.why


def test_a_party_s_war_is_no_conflict_of_its_own_country():
    # "Russia's war" names the party, not the country the war is in: the rebels are no Russians
    text = "Russia's war has dragged on, and Iran and Turkey are arming the rebels while the United States watches."
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text and "rebels" in a.text:
                assert a.country != "RUS", a.why


def test_officials_are_no_side_of_the_conflict():
    # a conflict's sides are its government and those who fight it, not every official the sentence names
    text = "In the Syrian conflict, Iran and Turkey have armed the rebels, and officials from France condemned both."
    for e in events(text):
        for a in (e.source, e.target):
            if a is not None and a.text == "officials":
                assert a.country != "SYR", a.why


# ---------------------------------------------------------------- a people with a country's adjective
def test_a_people_named_with_a_country_takes_it_beside_its_ethnic_code():
    a = actor_with("The Turkish Kurds protested against the new law in Diyarbakir on Sunday.", "Kurds")
    assert a.code == "TURKUR", a.why
    assert "from its own modifier 'Turkish'" in a.why


def test_a_people_alone_keeps_no_country():
    # (a place its sentence names in one of its homelands places it: knowledge/people_country.py)
    a = actor_with("The Kurds protested against the new law in Diyarbakir on Sunday.", "Kurds")
    assert a.code == "TURKUR", a.why
    a = actor_with("The Kurds protested against the new law on Sunday.", "Kurds")
    assert a.code == "KUR" and a.country is None, a.why


def test_a_country_s_civil_society_groups_are_its_ngos_not_its_state():
    a = actor_with("Dozens of Lebanon's civil society groups have condemned the plan to deport refugees.",
                   "civil society", "source")
    assert a.code == "LBNNGO", a.why


# ---------------------------------------------------------------- possessors
def test_a_head_of_state_s_citizens_are_his_country_s():
    text = "Iran and Russia still back the Syrian president, who has bombed his own citizens for years."
    a = actor_with(text, "citizens")
    assert a.code == "SYRCVL", a.why


def test_the_country_s_population_takes_no_country_from_a_guess():
    # "the country" may be any country the sentence names: no state's people from a description
    text = "France urged Turkey to stop, saying Ankara's offensive had displaced the country's population."
    a = actor_with(text, "population")
    assert a.country != "FRA", a.why


def test_a_delegation_coordinated_with_a_country_s_envoy_is_that_country_s():
    text = "The US envoy and his delegation met Turkish officials in Ankara."
    codes = {a.code for e in events(text) for a in (e.source, e.target) if a is not None}
    assert "GOV" not in codes, dyads(text)


# ---------------------------------------------------------------- one who leaves a body
def test_a_judge_who_resigns_from_a_un_tribunal_is_the_un_s():
    a = actor_with("The veteran judge resigned from the UN tribunal last year, complaining of interference.",
                   "judge", "source")
    assert a.code == "IGOUNOJUD", a.why
    assert "from the body it left" in a.why


def test_a_minister_who_quits_a_cabinet_is_its_country_s():
    a = actor_with("The minister quit the Israeli cabinet after the vote.", "minister", "source")
    assert a.code == "ISRGOV", a.why


# ---------------------------------------------------------------- victims of an act named with its place
def test_victims_of_an_attack_named_with_its_place_are_where_it_was():
    text = ("France and Britain blamed the Iraqi government for the bombing in Mosul, which killed 30 people, "
            "according to Turkish monitors.")
    a = actor_with(text, "people")
    assert a.code == "IRQCVL", a.why
    assert "from the place of the act that did it" in a.why


def test_victims_of_men_from_a_town_are_not_placed_by_the_men_s_town():
    text = "The men from Basra who killed two people were arrested, British officials said, citing Kuwaiti police."
    for e in events(text):
        if e.target is not None and e.target.text == "people":
            assert "from the place of the act" not in (e.target.why or ""), e.target.why


# ---------------------------------------------------------------- a government's own forces fight at home
def test_government_troops_take_the_country_of_the_place_they_shell():
    a = actor_with("Turkish and Iranian officials said government troops shelled Idlib on Monday.", "troops", "source")
    assert a.code == "SYRMIL", a.why


def test_foreign_troops_take_no_country_from_the_place_they_shell():
    # (an army is an `abroad` sector: "troops shelled Idlib" in a sentence of several countries stays unplaced)
    a = actor_with("Turkish and Iranian officials said troops shelled Idlib on Monday.", "troops", "source")
    assert a.country != "SYR", a.why


def test_a_people_joined_to_a_country_by_a_slash_is_its_partner_not_its_own():
    a = actor_with("Ankara condemned the US/Kurdish alliance, and Turkish jets bombed Afrin.", "Kurdish")
    assert a.country != "USA", a.why


# ---------------------------------------------------------------- a side of the one conflict the story names
FILLER = "Aid agencies said food was running out. Doctors at the last clinic had no insulin. "


def test_rebels_take_the_country_of_the_one_conflict_the_story_names():
    text = "Yemen's civil war has killed thousands. " + FILLER + "Iran and Oman said the southern rebels had seized the port."
    a = actor_with(text, "rebels", "source")
    assert a.code == "YEMREB", a.why
    assert "a side of the one conflict the story names" in a.why


def test_rebels_of_a_story_of_two_conflicts_take_neither():
    text = ("Yemen's civil war has killed thousands, and the Libyan conflict drags on. " + FILLER
            + "Iran and Oman said the southern rebels had seized the port.")
    a = actor_with(text, "rebels", "source")
    assert a.country is None, a.why


def test_officials_take_no_country_from_the_story_s_conflict():
    text = "Yemen's civil war has killed thousands. " + FILLER + "Iran and Oman said officials had seized the port."
    for e in events(text):
        if e.source is not None and e.source.text == "officials":
            assert e.source.country != "YEM", e.source.why


def test_rebels_in_a_sentence_whose_places_lie_elsewhere_take_no_story_conflict():
    text = ("Yemen's civil war has killed thousands. " + FILLER
            + "Iran and Oman said the rebels had attacked officials in Benghazi.")
    a = actor_with(text, "rebels", "source")
    assert a.country != "YEM", a.why


def test_a_war_in_a_country_is_not_said_to_be_its_own():
    # "the war in Iraq" may be anyone's war there: it gives the rebels no country
    text = "The war in Iraq has killed thousands. " + FILLER + "Iran and Oman said the southern rebels had seized the port."
    a = actor_with(text, "rebels", "source")
    assert a.country != "IRQ", a.why
