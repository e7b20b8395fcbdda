"""Issue 14 (no source): the doer of an act of force told by the name hyphened to "led" on the act noun a passive
happened in ("killed in a Saudi-led airstrike"): the leader named on it did it; a backer ("Iranian-backed") did not.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text, word, source", [
    ("Eleven villagers were wounded during a French-led raid on the camp near Gao.", "wounded", "FRA"),
    ("Dozens of fishermen were killed in a Saudi-led airstrike on a market in Hodeidah.", "killed", "SAU"),
    ("Four herders were killed in a Kenyan-led offensive against al-Shabaab near Kismayo.", "killed", "KEN"),
    ("Three soldiers were killed in a UN-led operation against the rebels near Beni.", "killed", "IGOUNO"),
])
def test_the_leader_on_the_act_a_passive_happened_in_is_its_doer(text, word, source):
    evs = at(events_of(text), word)
    assert evs and all(e.source is not None and e.source.code == source for e in evs), dump(evs)


def test_a_backer_on_the_act_is_not_its_doer():
    evs = at(events_of("Twelve fighters died in an Iranian-backed assault on the town of Daraa."), "died")
    assert not any(e.source is not None and e.source.code.startswith("IRN") for e in evs), dump(evs)


def test_the_leader_as_the_act_subject_keeps_its_code():
    # the act itself as the subject is read with its modifiers, as before: the state, not its civilians
    evs = at(events_of("A Saudi-led airstrike killed twenty people in Saada on Monday."), "killed")
    assert evs and {e.source.code for e in evs} == {"SAU"}, dump(evs)
