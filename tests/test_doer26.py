"""Doers the article names outside the act's own clause (issue 14, no source; branch doer27): an act done during a
side's rule or campaign, a passive coercion verb in a relative clause on an act noun with its doer, a killing in a
protest (the state's security forces), an act done by the victims' own kin, and bare passive acts after an atrocity
named with its doer. Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _sources(evs, word):
    return [e.source.code if e.source is not None else None for e in at(evs, word)]


def test_detained_during_a_groups_reign_of_terror():
    evs = events_of("Relatives say hundreds of people detained during al-Shabaab's reign of terror in Jilib remain "
                    "missing.")
    got = at(evs, "detained")
    assert got and got[0].source is not None and got[0].source.code == "SOMINS", dump(evs)
    assert "reign" in got[0].source.why and "setting" in got[0].rule, got[0].rule


def test_abducted_under_a_groups_rule():
    evs = events_of("Hundreds of villagers were abducted under Boko Haram rule in Borno.")
    assert _sources(evs, "abducted") == ["NGAINS"], dump(evs)


def test_the_siege_of_a_town_names_no_doer():
    evs = events_of("Hundreds of people were detained during the siege of Aleppo last year.")
    assert all(s is None or s.startswith("SYR") for s in _sources(evs, "detained")), dump(evs)
    assert not any("setting" in e.rule for e in at(evs, "detained")), dump(evs)


def test_summoned_to_witness_acts_by_a_named_doer():
    evs = events_of("Crowds gathered at the square where thieves were flogged after trials by the militants that "
                    "residents were summoned to witness.")
    got = at(evs, "summoned")
    assert got and got[0].source is not None and got[0].source.sector == "INS", dump(evs)
    assert "relative clause" in got[0].source.why, got[0].source.why


def test_protesters_shot_dead_during_rallies():
    evs = events_of("Five demonstrators were shot dead during the rallies in Minsk on Sunday.")
    got = at(evs, "shot")
    assert got and got[0].source is not None and got[0].source.code == "BLRCOP", dump(evs)
    assert "security forces" in got[0].source.why, got[0].source.why


def test_a_stampede_at_a_rally_is_nobodys_killing():
    evs = events_of("Ten people were killed in a stampede during a rally in Lagos on Sunday.")
    assert all(e.source is None for e in at(evs, "killed")), dump(evs)


def test_children_abducted_by_their_father():
    evs = events_of("The fate of two British boys abducted by their father and taken to Libya is unknown.")
    got = at(evs, "abducted")
    assert got and got[0].source is not None and got[0].source.code == "GBRCVL", dump(evs)
    assert got[0].source.text == "their father", got[0].source.text


def test_passive_acts_after_a_crime_named_with_its_doer():
    evs = events_of("In the long list of the junta's crimes, the village of Nyala stands out. Its men were rounded "
                    "up and executed.")
    got = at(evs, "executed")
    assert got and got[0].source is not None and got[0].source.code == "SDNMIL", dump(evs)
    assert "crimes" in got[0].source.why and "1 sentence before" in got[0].source.why, got[0].source.why


def test_an_act_by_another_side_in_between_keeps_the_crime_apart():
    evs = events_of("Residents recalled the massacre by the militia in 2015. Then the army took the town. About 300 "
                    "men were rounded up.")
    assert not any("crime named before" in e.rule for e in evs), dump(evs)


def test_no_crime_named_no_doer_borrowed():
    evs = events_of("The militia withdrew from Tora in 2015. About 300 men were rounded up and shot.")
    assert not any("crime named before" in e.rule or "setting" in e.rule for e in evs), dump(evs)


def test_killed_in_protests_told_with_arrests():
    evs = events_of("Hundreds of people have been detained and at least 12 killed in the gravest threat to the "
                    "Belarusian government in decades, in ten days of protests that began over fuel prices.")
    got = at(evs, "killed")
    assert got and all(e.source is not None and e.source.code == "BLRCOP" for e in got), dump(evs)


def test_visitor_named_in_an_apposition_after_as():
    evs = events_of("A new quarrel between the two neighbours broke out as the Russian defence minister, Sergei "
                    "Shoigu, visited Ankara to smooth over a dispute about Idlib.")
    got = at(evs, "visited")
    assert got and got[0].source is not None and got[0].source.code == "RUSGOV", dump(evs)


def test_who_after_a_place_noun_is_the_people_before_it():
    evs = events_of("Reporters spoke to Kurdish fighters in the village who had repelled an attack by Turkish-backed "
                    "militias.")
    got = at(evs, "repelled")
    assert got and got[0].source is not None and got[0].source.text == "Kurdish fighters", dump(evs)


def test_who_after_a_place_in_a_persons_phrase():
    evs = events_of("The monitor works with a network of Syrian activists on the ground who have documented abuses by "
                    "government forces in Deraa.")
    got = at(evs, "documented")
    assert got and got[0].source is not None and "activists" in got[0].source.text, dump(evs)


def test_killed_in_march_is_no_protest():
    evs = events_of("Eight farmers were shot dead near Maiduguri in March, villagers said.")
    assert not any("setting" in e.rule for e in evs), dump(evs)


def test_gathering_documentation_is_no_rally():
    evs = events_of("Syrian activists have visited abandoned prisons in Deraa to photograph the cells and gather any "
                    "documentation about the missing.")
    assert not any(e.cameo.startswith("14") for e in at(evs, "gather")), dump(evs)
