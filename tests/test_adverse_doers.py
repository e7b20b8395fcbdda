"""Acts of force whose doer is a hardship, a passion or a war (not an event: coding/figures.adverse_doer, the
`adversity` and `strife` kinds of data/lexicon/argument_kinds.tsv, the `toll` and `stretch` kinds of
data/coding/non_events.tsv). Sentences written for these tests; the plain toll of a war and the acts of named
parties stay."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of

FORCE = ("13", "15", "17", "18", "19", "20")


@pytest.mark.parametrize("text, word", [
    # a war or a fight as the doer of a verb of force other than killing, wounding or destroying: a figure
    ("It is a conflict that has steadily crushed Libya's poor and sick while enriching its warlords.", "crushed"),
    ("The Malian army, battered by the long fight against the jihadists, was placed on high alert.", "battered"),
    ("Eleven years of war have crushed the Yemeni economy.", "crushed"),
    # a war expels no one (as "displaced by fighting")
    ("Nine years of conflict have displaced a third of the people of Darfur.", "displaced"),
    ("Months of fighting drove 90,000 villagers from their farms in central Mali.", "drove"),
    # a hardship or a passion does no act of force
    ("Few in Caracas care about the Venezuelans destroyed by their rulers' greed.", "destroyed"),
    ("The squeeze targets Venezuelan allies, including Cuba and Nicaragua.", "targets"),
    ("The crisis has crushed the Lebanese middle class.", "crushed"),
    ("A storm of criticism battered the Egyptian government this week.", "battered"),
])
def test_force_by_a_war_or_a_hardship_is_no_event(text, word):
    evs = events_of(text)
    assert not [e for e in at(evs, word) if e.cameo[:2] in FORCE], dump(evs)


@pytest.mark.parametrize("text, word, root", [
    # the toll of a war is told in the plain sense (the project codes it with no doer named)
    ("The war has killed more than 400,000 people in Yemen.", "killed", "19"),
    ("The war has destroyed 300 schools in Yemen.", "destroyed", "17"),
    # a party named on the war makes it that party's act
    ("The Saudi-led war has crushed Yemen's poor.", "crushed", "19"),
    # an insurgency is its insurgents (the actor lists give it a sector)
    ("In the 1990s a rural insurgency terrorised villages across the hills of Nepal.", "terrorised", "13"),
    # people and attacks as doers stay acts of force
    ("Government troops crushed the protest in Khartoum on Monday.", "crushed", "17"),
    ("The Malian army, battered by jihadist attacks, was placed on high alert.", "battered", "18"),
    ("The rebels were crushed by the army near Gao.", "crushed", "19"),
])
def test_the_toll_of_a_war_and_acts_of_parties_stay(text, word, root):
    evs = events_of(text)
    assert [e for e in at(evs, word) if e.cameo[:2] == root], dump(evs)
