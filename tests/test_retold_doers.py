"""An act told again by a definite act noun ("wounded in the attack") takes the doer a later stage found for its first
telling (coding/retold_doers.py); an indefinite "an attack" is a new act and takes none. Articles written for these
tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-06-14")

CLAIMED = ("A car bomb exploded outside a market in Baidoa on Monday, killing six shoppers. "
           "Al-Shabaab claimed responsibility on its radio station for the bombing. ")


def test_the_attack_told_again_takes_the_doer_found_for_its_first_telling():
    evs = events_of(CLAIMED + "A soldier was also wounded in the attack.")
    first = [e for e in evs if e.sentence == 0 and e.cameo.startswith("18")]
    assert first and first[0].source is not None and first[0].source.code == "SOMINS", dump(evs)
    wounded = at(evs, "wounded")
    assert wounded and all(e.source is not None and e.source.code == "SOMINS" for e in wounded), dump(evs)
    assert "act told again" in wounded[0].rule and "sentence 0" in wounded[0].rule, dump(evs)


def test_an_indefinite_attack_is_a_new_act_with_no_borrowed_doer():
    evs = events_of(CLAIMED + "A soldier was also wounded in an attack on a checkpoint in Kismayo.")
    wounded = at(evs, "wounded")
    assert wounded and all(e.source is None for e in wounded), dump(evs)


def test_fighters_of_no_side_killed_in_the_attack_take_no_doer():
    # fighters killed in an act told again may be the attacker's own: no doer is lent to them
    evs = events_of(CLAIMED + "The attack also killed three fighters, a local elder said.")
    killed = [e for e in at(evs, "killed") if e.sentence == 2]
    assert all(e.source is None or e.target is None or e.target.country for e in killed), dump(evs)
