"""A demonym that names private people is that country's people (CVL), not its state (coding/resolve.py,
`_private_person`). Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def dyads(text):
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in code_text(text).events]


def test_a_demonym_on_a_person_noun_is_that_country_s_people():
    assert ("19", "GBRCVL", "IMGINSISI") in dyads("A British volunteer fought Isis near Raqqa.")
    assert dyads("A Dutch tourist was detained by Iraqi police.") == [("17", "IRQCOP", "NLDCVL")]


def test_a_demonym_noun_without_the_is_people():
    assert dyads("Two Britons were arrested by Turkish police.") == [("17", "TURCOP", "GBRCVL")]
    assert dyads("Syrians and Iraqis protested in Berlin.") == [("14", "SYRCVL", None), ("14", "IRQCVL", None)]


def test_the_demonym_plural_and_state_sectors_stay_the_state():
    # "the Russians" and "the Americans" stand for the state or its forces; an official or a force keeps its sector
    assert dyads("The Russians bombed Aleppo.") == [("19", "RUS", "SYR")]
    assert ("03", "USA", "TUR") in dyads("The Americans agree with the Russians and Turks on the plan.")
    assert dyads("The Iranian foreign minister met Syrian officials.") == [("04", "IRNGOV", "SYRGOV")]
    assert dyads("Russian jets bombed Aleppo.") == [("19", "RUSMIL", "SYR")]


def test_a_state_description_after_its_people_is_the_state():
    text = '"The Turks are our neighbours," she said. "We fear an attack by the Turkish state."'
    assert all(e.source is None or e.source.code == "TUR" for e in code_text(text).events)
