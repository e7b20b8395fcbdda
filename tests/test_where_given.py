"""Whose a sector-only actor is where another party's country or a meeting's venue lies beside it (issue 14, item 3):
the one aided never takes its giver's own country, and the parties of "talks between X and Y in PLACE" take no
country from the place where they meet."""
from __future__ import annotations

import pytest

from coded_sentences import events_on

MALI = ("Mali's army said on Monday that the north was calm. Mali's president met mayors in Bamako on Tuesday. "
        "Mali has faced years of unrest in Kidal and Gao. ")
NIGER = ("Niger's army said on Monday that the south was calm. Niger's president met mayors in Niamey on Tuesday. "
         "Niger has faced years of unrest in Tillaberi and Diffa. ")


events = events_on("2022-04-11")


def _actors(evs, word):
    return [a for e in evs for a in (e.source, e.target) if a is not None and a.text and word in a.text]


def test_the_one_aided_takes_not_its_givers_country():
    evs = events(NIGER + "After the campaign, Algeria sought to train the rebels, providing them with weapons and money.")
    got = [e.target for e in evs if e.cameo.startswith("07") and e.target is not None]
    assert got, [(e.cameo, e.source, e.target) for e in evs]
    assert all(t.country != "DZA" for t in got), [t.why for t in got]


def test_the_one_aided_by_the_storys_own_country_takes_none_from_the_story():
    evs = events(MALI + "Mali has provided the militias with weapons and money.")
    got = [e.target for e in evs if e.cameo.startswith("07") and e.target is not None
           and e.target.text and "militias" in e.target.text]
    assert got, [(e.cameo, e.source, e.target) for e in evs]
    assert all(t.country is None for t in got), [t.why for t in got]


@pytest.mark.parametrize("text, word, party", [
    ("She will host negotiations between the opposition and the regime in Geneva next month.", "regime", True),
    ("She will host negotiations between the opposition and the regime in Geneva next month.", "opposition", True),
    ("The minister held a meeting with the government in Geneva.", "government", True),
    ("The regime in Tehran rejected the talks on Monday.", "regime", False),
    ("Rebels attacked the government in the capital.", "government", False),
])
def test_the_parties_of_a_meeting_are_told_from_a_seat(nlp, text, word, party):
    from eventwire.knowledge.actor_country import _meeting_party
    head = next(t for t in nlp(text) if t.lower_ == word)
    assert _meeting_party(head) is party


def test_the_regime_in_a_capital_still_sits_there():
    evs = events("The regime in Tehran rejected the talks on Monday, officials said.")
    got = _actors(evs, "regime")
    assert got and got[0].country == "IRN", [(e.cameo, e.source, e.target) for e in evs]


def test_an_object_takes_no_country_from_its_own_verbs_doer():
    evs = events(NIGER + "Algeria sought to organise the militias aligned with it, providing them with guns and a "
                         "monthly salary.")
    got = [e.target for e in evs if e.cameo.startswith("07") and e.target is not None]
    assert got, [(e.cameo, e.source, e.target) for e in evs]
    assert all(t.country != "DZA" for t in got), [t.why for t in got]


@pytest.mark.parametrize("text, word, doer", [
    ("Algeria sought to organise the rebels.", "rebels", "Algeria"),
    ("Algeria gave weapons to the militias.", "militias", "Algeria"),
    ("The rebels were armed by Algeria.", "rebels", None),
    ("The militias said Algeria was calm.", "militias", None),
])
def test_the_doer_of_an_objects_verb(nlp, text, word, doer):
    from eventwire.knowledge.actor_doer import object_doer
    doc = nlp(text)
    spans = object_doer(next(t for t in doc if t.lower_ == word))
    assert ([doc.text[s:e] for s, e in spans] == [doer]) if doer else not spans


def test_an_intent_to_give_aid_places_the_ones_aided_where_they_are():
    # (033 is no meeting: the place on the ones aided is where they are, not a venue)
    evs = events("The UN said it stood ready to deliver aid to 25,000 people in Kidal next month.")
    got = [e.target for e in evs if e.cameo.startswith("033") and e.target is not None]
    assert got, [(e.cameo, e.source, e.target) for e in evs]
    assert got[0].code == "MLICVL", got[0].why


def test_the_one_stripped_of_a_citizenship_is_its_national():
    evs = events("Amira Kovac was stripped of UK citizenship by the Home Office in 2019.")
    got = [e.target for e in evs if e.cameo.startswith("17") and e.target is not None]
    assert got and got[0].code == "GBRCVL", [(e.cameo, e.source, e.target) for e in evs]
    assert "UK citizenship" in got[0].why


def test_a_citizenship_of_no_named_country_gives_none():
    evs = events("Ten suspects were stripped of their citizenship on Monday.")
    got = [e.target for e in evs if e.cameo.startswith("17") and e.target is not None]
    assert all(t.country is None for t in got), [t.why for t in got]


BRITONS = ("British officials said on Monday that two Britons from Leeds had returned to Britain. The British government "
           "said the men had travelled through Manchester and London. A British doctor who works in Idlib said he had "
           "seen the damage. ")


def test_victims_of_a_party_whose_towns_the_story_names_take_not_the_storys_country():
    evs = events(BRITONS + "Guards were required, he said, to shield hospitals targeted last month by Russian and "
                           "Syrian jets.")
    got = [e.target for e in evs if e.cameo.startswith("19") and e.target is not None
           and e.target.text and "hospitals" in e.target.text]
    assert got, [(e.cameo, e.source, e.target) for e in evs]
    assert all(t.country != "GBR" for t in got), [t.why for t in got]


def test_victims_of_a_foreign_party_still_take_the_storys_country():
    evs = events("Syria's army said on Monday that Homs was calm. Syria's president met mayors in Aleppo on Tuesday. "
                 "Officials in Moscow said the talks would go on. Russian jets bombed rebels on Wednesday.")
    got = [e.target for e in evs if e.cameo.startswith("19") and e.target is not None
           and e.target.text and "rebels" in e.target.text]
    assert got and got[0].code == "SYRREB", [(e.cameo, e.source, e.target) for e in evs]


def test_a_states_aid_to_its_own_police_keeps_the_storys_country():
    evs = events(MALI + "The Malian government is considering handing funds directly to local police units.")
    # (a course weighed, "is considering giving", is a policy option, 014, with the course's own target)
    got = [e.target for e in evs if e.cameo.startswith(("03", "07", "014")) and e.target is not None
           and e.target.text and "police" in e.target.text]
    assert got and got[0].code == "MLICOP", [(e.cameo, e.source, e.target) for e in evs]


def test_rebels_protecting_civilians_at_home_keep_the_storys_country():
    evs = events(MALI + "The rebels said their mission was to protect civilians against raids by the army.")
    got = [e.target for e in evs if e.cameo.startswith("07") and e.target is not None
           and e.target.text and "civilians" in e.target.text]
    assert got and got[0].code == "MLICVL", [(e.cameo, e.source, e.target) for e in evs]
