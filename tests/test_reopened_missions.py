"""Reopening an embassy, consulate or mission in a country, or diplomatic channels with one, is diplomatic
recognition of that country (data/lexicon/05_diplomatic-cooperation.tsv, 054.reopen-*).

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire


def _events(text: str):
    return [e for e in eventwire.code_text(text, date="2020-06-01").events if e.cameo.startswith("054")]


def test_embassy_reopened_in_a_capital_targets_that_state():
    evs = _events("Portugal reopened its embassy in Luanda on Monday.")
    assert any(e.source and e.source.code.startswith("PRT") and e.target and e.target.code.startswith("AGO")
               for e in evs), [(e.source, e.target) for e in evs]


def test_channels_reopened_with_a_state_target_it():
    evs = _events("The Cuban cabinet reopened diplomatic channels with Panama in March.")
    assert any(e.target and e.target.code.startswith("PAN") for e in evs), [(e.source, e.target) for e in evs]


def test_reopened_border_crossing_is_no_recognition():
    assert not _events("Chile reopened the border crossing at Los Libertadores on Monday.")


def test_the_doers_own_mission_is_never_its_target():
    # the place names no state the lists know as a seat, so the object "its embassy" is all that is left: the
    # doer's own mission, not a party the act is done to
    evs = _events("Chile reopened its embassy in La Paz.")
    assert evs and not any(e.target and e.target.country == "CHL" for e in evs), [(e.source, e.target) for e in evs]


def test_only_its_or_their_makes_an_object_the_doers_own(nlp):
    # "her citizenship" is the woman's, the one the order is aimed at: never taken for the minister's own thing
    from eventwire.coding.target_chain import _own_thing
    from eventwire.model import Actor
    doer = [Actor.national("GBR", "GOV")]
    hit = [Actor.national("GBR", "CVL")]
    her = nlp("The minister ordered her citizenship revoked.")
    its = nlp("Britain reopened its embassy in the city.")
    noun_her = next(t for t in her if t.lower_ == "citizenship")
    noun_its = next(t for t in its if t.lower_ == "embassy")
    assert not _own_thing(noun_her, hit, doer)
    assert _own_thing(noun_its, [Actor.national("GBR", "GOV")], doer)
