"""The people an act of force told by a noun was done to (issue 14): the subject of a verb of suffering ("X, who died
in a US air strike": coding/suffered.py, data/coding/victims.tsv `suffer-verb`), and the victims of a strike named
through a counted span of time ("killed in ten days of a bombing campaign by X": noun_clauses.spanned_act, one act
with the campaign, acts.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_on


events = events_on("2021-05-04")


def force(text):
    return [e for e in events(text) if e.cameo[:2] in ("18", "19", "20")]


def test_a_named_person_who_died_in_a_strike_is_its_target():
    evs = force("Relatives of Hamid Karimi, who died in a Pakistani air strike in Khost in 2019, have asked for help.")
    assert len(evs) == 1, dump(evs)
    e = evs[0]
    assert e.source is not None and e.source.code == "PAK", dump(evs)
    assert e.target is not None and e.target.sector == "CVL" and "Karimi" in e.target.text, dump(evs)
    assert "who suffered it ('died')" in e.rule


def test_a_relative_pronoun_that_died_in_a_strike_is_the_one_its_clause_is_about():
    evs = force("Abdi Warsame, who is believed to have died in a US air strike in 2018, was a local elder.")
    assert len(evs) == 1 and evs[0].source.code == "USA", dump(evs)
    assert evs[0].target is not None and evs[0].target.text == "Abdi Warsame", dump(evs)


def test_a_described_victim_keeps_the_noun_fallback():
    # a noun for people already names the target (with its country): not read again as a private individual
    evs = force("Nine Yemeni fishermen died in a Saudi air strike on their boat off Hodeidah.")
    assert len(evs) == 1 and evs[0].target is not None and evs[0].target.code.startswith("YEM"), dump(evs)
    assert "suffered it ('died')" not in evs[0].rule


def test_a_toll_of_a_war_is_no_event():
    # a count of the dead with no act is no new event, and no victim makes one
    assert force("Hundreds of thousands of people have died in the civil war since 2011.") == []


def test_killed_in_days_of_a_campaign_is_one_act_of_its_doer():
    evs = force("More than 80 people have been killed in five days of a bombing campaign by the Ethiopian air force "
                "in Tigray.")
    assert len(evs) == 1, dump(evs)              # the killing and the campaign are one act
    e = evs[0]
    assert e.source is not None and e.source.code == "ETHMIL", dump(evs)
    assert e.target is not None and e.target.code == "ETHCVL", dump(evs)


def test_killed_in_days_of_one_of_the_raids_takes_their_doer():
    evs = force("At least 40 villagers were killed during two weeks of attacks by Boko Haram fighters in Borno state.")
    assert len(evs) == 1, dump(evs)
    assert evs[0].source is not None and evs[0].source.code == "NGAINS", dump(evs)
    assert evs[0].target is not None and evs[0].target.code == "NGACVL", dump(evs)


def test_a_span_with_no_act_gives_no_doer():
    # "three days of rain" names no act: the killing keeps no doer from it
    evs = force("Four farmers were killed in three days of heavy rain by the river in Sindh.")
    assert all(e.source is None for e in evs), dump(evs)


def test_shelling_told_as_a_gerund_in_a_span_gives_its_doer():
    evs = force("Local officials said 23 people were killed in three days of shelling by government forces in Idlib "
                "province.")
    assert len(evs) == 1, dump(evs)
    assert evs[0].source is not None and evs[0].source.code == "SYRMIL", dump(evs)
    assert evs[0].target is not None and evs[0].target.code == "SYRCVL", dump(evs)


def test_a_strike_with_no_named_doer_makes_no_event_of_its_victim():
    # a victim alone does not make an event of a noun nobody is said to have done
    assert force("Her brother had already died in a bombardment.") == []


def test_a_name_after_the_name_of_an_of_phrase_is_the_person_hit():
    # "another friend of X, NAME,": the parser hangs NAME on X; one name does not describe another
    evs = force("Another neighbour of Karimi, Yusuf Barre, was shot dead by Houthi snipers near Marib in 2014.")
    assert len(evs) == 1 and evs[0].source.code == "YEMREB", dump(evs)
    assert evs[0].target is not None and evs[0].target.text == "Yusuf Barre", dump(evs)
    assert "in apposition to 'neighbour'" in evs[0].target.why


def test_a_common_noun_in_the_of_phrase_keeps_its_own_apposition():
    # "an aide of the president, NAME": the name may be the president's; no person is taken from it
    for e in force("Another aide of the president, Ahmed Salah, was shot dead by gunmen in Mogadishu."):
        assert e.target is None or "Ahmed Salah" not in (e.target.text or ""), dump([e])


def test_doers_named_together_on_one_strike_share_its_victims():
    evs = force("In Marib, at least 90 civilians were killed in Saudi and Emirati air strikes in a few days last month.")
    assert len(evs) == 2, dump(evs)
    assert {e.source.code[:3] for e in evs} == {"SAU", "ARE"}, dump(evs)
    assert all(e.target is not None and e.target.code == "YEMCVL" for e in evs), dump(evs)


def test_an_act_told_again_at_its_victims_verb_is_one_event():
    # "900 died after the army deployed sarin": the act coded at "died" with its victims is the deploying, told once
    evs = force("Medics in Aden said 900 residents died after the army deployed sarin gas in the district.")
    assert len(evs) == 1, dump(evs)
    assert evs[0].source.code == "YEMMIL" and evs[0].target is not None and evs[0].target.code == "YEMCVL", dump(evs)


def test_a_faith_named_with_the_is_the_people_killed():
    # "the Christians": a plural name the tagger reads as a faith or people, no body's name
    evs = force("The Christians of the village were killed by al-Shabaab gunmen last spring.")
    assert len(evs) == 1 and evs[0].source.code == "SOMINS", dump(evs)
    assert evs[0].target is not None and evs[0].target.sector == "CVL", dump(evs)


def test_a_team_beaten_is_no_people_hit():
    assert force("The Rangers were beaten by Celtic on Sunday.") == []
