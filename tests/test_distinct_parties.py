"""Two different known actors that share a code are still two parties (issue 14; coding/coder.py): "Sunak
criticized Braverman" is GBRGOV -> GBRGOV, a dyad inside one government, while two unnamed actors of one code
("herders attacked farmers", both AGR) still give no self-directed dyad. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2023-11-13")


def dump(evs):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.target and e.target.text)
            for e in evs]


def test_two_named_officials_of_one_government_keep_the_dyad():
    evs = events_of("Rishi Sunak criticized Suella Braverman on Monday.")
    got = [e for e in evs if e.cameo.startswith("11")]
    assert got and got[0].target is not None and got[0].target.entity == "suella-braverman", dump(evs)
    assert got[0].source.entity == "rishi-sunak" and got[0].source.code == got[0].target.code, dump(evs)


def test_two_unnamed_actors_of_one_code_give_no_self_dyad():
    evs = events_of("Herders attacked farmers near the river.")
    assert evs and all(e.target is None for e in evs), dump(evs)
