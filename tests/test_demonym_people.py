"""A demonym that names private people is that country's people (CVL), not its state (knowledge/private_nationals.py,
`private_person`). Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text
from coded_sentences import root_dyads


dyads = root_dyads


def test_a_demonym_on_a_person_noun_is_that_country_s_people():
    assert ("17", "TURCOP", "GBRCVL") in dyads("A British volunteer was detained by Turkish police in Gaziantep.")
    assert dyads("A Dutch tourist was detained by Iraqi police.") == [("17", "IRQCOP", "NLDCVL")]


def test_a_demonym_noun_without_the_is_people():
    assert dyads("Two Britons were arrested by Turkish police.") == [("17", "TURCOP", "GBRCVL")]
    assert dyads("Syrians and Iraqis protested in Berlin.") == [("14", "SYRCVL", None), ("14", "IRQCVL", None)]


def test_the_demonym_plural_and_state_sectors_stay_the_state():
    # "the Russians" and "the Americans" stand for the state or its forces; an official or a force keeps its sector
    assert dyads("The Russians bombed Aleppo.") == [("19", "RUS", "SYR")]
    assert ("03", "USA", "TUR") in dyads("The Americans agree with the Turks and Russians on the plan.")
    assert dyads("The Iranian foreign minister met Syrian officials.") == [("04", "IRNGOV", "SYRGOV")]
    assert dyads("Russian jets bombed Aleppo.") == [("19", "RUSMIL", "SYR")]


def test_a_state_description_after_its_people_is_the_state():
    text = '"The Turks are our neighbours," she said. "We fear an attack by the Turkish state."'
    assert all(e.source is None or e.source.code == "TUR" for e in code_text(text).events)


def test_an_occupation_noun_with_a_demonym_is_a_private_person():
    assert dyads("Gunmen shot dead a Canadian engineer outside his hotel in Kabul.")[0][2] == "CANCVL"
    assert "NLDCVL" in [t for _, _, t in dyads("A Dutch waiter was wounded when a bomb went off in the cafe.")]


def test_one_person_named_by_a_demonym_noun_is_private_even_after_the():
    got = [t for _, _, t in dyads("The first Briton to die in the offensive was hit by sniper fire outside Manbij.")]
    assert "GBRCVL" in got and "GBR" not in got


def test_people_counted_by_a_demonym_are_private():
    got = [t for _, _, t in dyads("Government shelling killed hundreds of Syrians in Daraa last month.")]
    assert got and all(t == "SYRCVL" for t in got)
    got = [t for _, _, t in dyads("Police in Sofia arrested dozens of Bulgarians after the riot outside parliament on Friday.")]
    assert "BGRCVL" in got and "BGR" not in got


def test_a_pronoun_for_private_people_takes_their_civilian_code():
    got = dyads("The recruiter said he had sent 30 Tunisians to the front and they were all killed by airstrikes.")
    assert any(t == "TUNCVL" for _, _, t in got) and not any(t == "TUN" for _, _, t in got)
    got = dyads("She married a Chechen, who was later killed in an airstrike near Hajin.")
    assert any(t == "RUSCVL" for _, _, t in got) and not any(t == "RUS" for _, _, t in got)


def test_a_state_acting_and_a_named_minister_stay_the_state():
    assert ("19", "GBRMIL", "IMGINSISI") in dyads("British jets struck an Islamic State depot near Mosul on Sunday.")
    assert ("19", "GBR", "IMGINSISI") in dyads("The British bombed Islamic State positions near Mosul.") or \
        not any(s == "GBRCVL" for _, s, _ in dyads("The British bombed Islamic State positions near Mosul."))
    got = dyads("Foreign Secretary Jeremy Hunt accused Russia of lying on Tuesday.")
    assert got and got[0][1] == "GBRGOV"
