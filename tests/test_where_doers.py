"""Harm told in a "where" clause of the place an act of force was done at (coding/where_doers.py): that act's doer;
none where the clause names a doer of its own, or the act at the place is no act of force."""
from __future__ import annotations

from coded_sentences import at, dump, events_of, sources_at as sources


def test_where_clause_of_a_bombed_place_takes_the_bomber():
    evs = events_of("Government jets pounded the eastern suburbs of Aleppo, where 40 people were killed on Monday.")
    got = at(evs, "killed")
    assert got and sources(evs, "killed") == {"SYRMIL"}, dump(evs)
    assert all("the place its 'where' clause hangs on" in e.source.why for e in got), dump(evs)
    assert all("implicit agent: the doer of the act at the place ('pounded')" in e.rule for e in got), dump(evs)


def test_where_clause_inside_an_offensive_noun_takes_its_owner():
    evs = events_of("The Ethiopian army's offensive on the region of Tigray, where thousands of farmers were "
                    "uprooted from their villages in May, continues.")
    assert sources(evs, "uprooted") == {"ETHMIL"}, dump(evs)


def test_a_visit_is_no_act_at_the_place():
    evs = events_of("The Ethiopian prime minister visited the town of Humera, where 40 people were killed last year.")
    assert sources(evs, "killed") <= {None}, dump(evs)


def test_a_where_clause_with_its_own_doer_keeps_it():
    evs = events_of("Government jets pounded the suburbs of Aleppo, where rebel snipers killed two soldiers in May.")
    assert "SYRMIL" not in sources(evs, "killed"), dump(evs)
