"""The members of one side acting on one another: the target is that same side (issue 14, no target, session 27:
coding/among_themselves.py)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_factions_accusing_each_other():
    evs = events_of("The rebel factions accused each other of betrayal as the front collapsed.")
    got = at(evs, "accused")
    assert got and got[0].target is not None and got[0].target.code == got[0].source.code == "REB", dump(evs)
    assert got[0].target.text == "each other"


def test_one_another_misparsed_as_a_number():
    evs = events_of("The two rebel factions have been fighting one another for control of the crossing.")
    got = at(evs, "fighting")
    assert got and got[0].target is not None and got[0].target.text == "one another", dump(evs)


def test_coordinated_parties_keep_their_pairs():
    evs = events_of("Rebel fighters and government troops are accusing each other of breaking the truce.")
    got = at(evs, "accusing")
    assert {(e.source.code, e.target.code) for e in got} == {("REB", "MIL"), ("MIL", "REB")}, dump(evs)


def test_singular_doer_takes_no_such_target():
    evs = events_of("The commander accused the rebels of betrayal.")
    got = at(evs, "accused")
    assert got and all("each other" not in (e.target.why or "") for e in got if e.target), dump(evs)

