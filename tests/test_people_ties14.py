"""People described by a tie to a group stay people (coding/people_ties.py); armed nouns tied to a group stay the
group's (coding/affiliated.py). Sentences in the project's own words."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _target(evs, word):
    got = at(evs, word)
    assert got, dump(evs)
    return got[0].target


def test_citizens_with_group_connections_brought_home_are_the_state_s_own():
    evs = events_of("Kazakhstan has quietly taken back hundreds of its citizens with Isis connections since 2019.")
    t = _target(evs, "taken")
    assert t is not None and t.code == "KAZCVL", dump(evs)


def test_women_with_group_affiliations_are_not_the_group():
    evs = events_of("Belgium repatriated six women with Islamic State affiliations from a detention camp last week.")
    t = _target(evs, "repatriated")
    assert t is not None and t.sector == "CVL" and t.code != "IMGINSISI", dump(evs)


def test_women_linked_to_a_group_stay_people():
    evs = events_of("Kenyan officers arrested five women linked to al-Shabaab in Garissa on Thursday.")
    t = _target(evs, "arrested")
    assert t is not None and t.sector == "CVL" and t.code != "SOMINS", dump(evs)


def test_nationals_suspected_of_links_to_a_group_stay_nationals():
    evs = events_of("Ankara deported four Dutch nationals suspected of links to the Islamic State group on Friday.")
    t = _target(evs, "deported")
    assert t is not None and t.code == "NLDCVL", dump(evs)


def test_militants_affiliated_with_a_group_stay_the_group():
    evs = events_of("Ethiopian soldiers ambushed fighters allied to al-Shabaab near Dolow.")
    t = _target(evs, "ambushed")
    assert t is not None and t.code == "SOMINS", dump(evs)


def test_a_count_word_from_the_noun_table_heads_tied_people():
    # "tens" is a count of data/coding/nouns.tsv, like "hundreds": the tie still describes the citizens
    from eventwire.nlp import load
    from eventwire.coding.people_ties import people_noun
    doc = load()("Officials said tens of citizens with Isis connections were flown home.")
    heads = [t for t in doc if t.lower_ == "tens"]
    assert heads and people_noun(heads[0])
