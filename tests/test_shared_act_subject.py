"""An act of force coordinated with a verb whose subject is an act told before ("the assault uprooted families and
killed villagers") takes that act's doer, as the first verb does (coding/doers.py _act_nouns); not for fighters of no
named side, who may be the attacker's own."""
from __future__ import annotations

from coded_sentences import at, dump, events_of, sources_at as sources


def test_second_verb_shares_the_act_subject():
    evs = events_of("Turkish troops launched an assault on the Kurdish enclave in January. "
                    "The assault has emptied whole villages and killed dozens of farmers.")
    assert sources(evs, "killed") == {"TURMIL"}, dump(evs)


def test_second_verb_shares_the_act_subject_other_wording():
    evs = events_of("Israeli jets carried out airstrikes on Gaza City overnight. "
                    "The airstrikes flattened two apartment blocks and wounded forty residents, medics said.")
    assert {e.source.country for e in at(evs, "wounded") if e.source} == {"ISR"}, dump(evs)


def test_fighters_of_no_side_take_no_doer():
    evs = events_of("Turkish troops launched an assault on the Kurdish enclave in January. "
                    "The assault has emptied whole villages and killed dozens of fighters.")
    assert all(e.source is None for e in at(evs, "killed") if e.target is not None and e.target.sector != "CVL"), \
        dump(evs)
