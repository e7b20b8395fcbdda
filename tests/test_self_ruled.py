"""A ruling body that says it is no state's own ("the autonomous administration governing X") is the body of the
people without a state whose named bodies the story places in that country, not the state's government it may
appeal to (knowledge/actor_ruled._self_ruled; actor_country.tsv `self-rule`). Sentences written for eventwire."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_an_autonomous_body_in_a_story_of_the_ypg_is_the_kurds_body():
    evs = events_of("Turkish jets struck YPG positions near Kobani on Monday. The YPG has held the town since 2015. "
                    "\u201cWe call on the Syrian army to protect the border,\u201d the autonomous administration "
                    "governing Kobani said in a statement.", date="2018-02-20")
    got = [e.source.code for e in at(evs, "call") if e.source is not None]
    assert got == ["SYRKURGOV"], dump(evs)


def test_an_autonomous_body_in_a_story_of_no_stateless_people_stays_the_states():
    evs = events_of("The autonomous administration governing Raqqa condemned the Turkish shelling of the town on "
                    "Friday.", date="2018-02-20")
    got = [e.source.code for e in at(evs, "condemned") if e.source is not None]
    assert got == ["SYRGOV"], dump(evs)
