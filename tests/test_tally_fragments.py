"""Issue 14 (wrong role): in a verbless tally of what an attack left ("five dead, 20 wounded and two mosques
burned"), the noun before a participle is what was done to, not the doer (coding/tally_fragments.py); a clause with
no count before it keeps its subject.

Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_burned_mosques_in_a_tally_are_the_target():
    evs = at(events_of("Five dead, 20 wounded and two mosques burned: the attack on the Nigerian town lasted an hour."),
             "burned")
    assert evs and all(e.source is None for e in evs), dump(evs)
    assert evs[0].target is not None and evs[0].target.code.startswith("NGA"), dump(evs)


def test_a_tally_piece_is_never_its_noun_s_own_act():
    evs = at(events_of("More than 30 dead, 100 wounded and four schools shelled in the Yemeni port on Sunday."),
             "shelled")
    assert all(e.source is None or e.source.sector != "EDU" for e in evs), dump(evs)


def test_a_clause_with_no_count_before_it_keeps_its_subject():
    evs = at(events_of("Militants stormed the Somali town and police retreated."), "stormed")
    assert evs and evs[0].source is not None and evs[0].source.sector == "INS", dump(evs)
