"""Issue 14 (no source): a relative clause the parser hung on a thing ("a buffer between the militias and Niger -
which has threatened ...") is done by the name right before "which"/"who" when the thing names no actor
(coding/relative_name.py); "that" on an act noun stays the act's.

Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_the_name_before_which_did_what_the_clause_says():
    evs = at(events_of("French troops have served as a shield between local militias and neighbouring Niger – which "
                       "has vowed to crush armed groups near the border."), "crush")
    assert evs and all(e.source is not None and e.source.code == "NER" for e in evs), dump(evs)


def test_a_name_in_a_phrase_before_which_on_a_place_noun():
    evs = at(events_of("The ceasefire line with Kenya, which has deployed troops there, held on Monday."), "deployed")
    assert evs and all(e.source is not None and e.source.code == "KEN" for e in evs), dump(evs)


def test_that_on_an_act_noun_stays_the_acts():
    evs = at(events_of("The Kenyan airstrike that killed eight people in Somalia was condemned."), "killed")
    assert evs and all(e.source is not None and e.source.code == "KEN" for e in evs), dump(evs)
