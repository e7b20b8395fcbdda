"""Session 24 (shared24), issue 14. Sentences written for these tests.

* dismantling another side's groups, factions or organisations is force (190.dismantle-foe, data/lexicon/19_fight.tsv),
  and threatening an offensive to do it is a threat of force (138), not an intent to stand down (0356); one's own
  factions dismantled stay standing down, and a singular body such as an advisory group is no foe;
* "the families of two Danish volunteers killed fighting X have criticised ...": the parser makes "killed" a past
  tense with the families for subject; the participle is a reduced relative on the noun of the "of" phrase right
  before it, so the volunteers were killed and fought, not their families (coding/misparses.py misread_harm_passive).
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump, events_of


def test_a_threatened_offensive_to_dismantle_groups_is_a_threat_of_force():
    evs = all_events_of("Ankara has threatened a military offensive to dismantle Armenian groups it calls a "
                        "terrorist threat.")
    got = [e.cameo for e in at(evs, "dismantle")]
    assert got == ["138"], dump(evs)


@pytest.mark.parametrize("text", [
    "Nigerian troops dismantled Boko Haram groups in the north on Monday.",
    "The Malian army dismantled several jihadist factions near Gao last year.",
])
def test_dismantling_another_sides_groups_is_force(text):
    evs = all_events_of(text)
    assert [e.cameo for e in at(evs, "dismantled")] == ["190"], dump(evs)


@pytest.mark.parametrize("text", [
    "Rebel commanders agreed to dismantle their factions under the deal.",
    "The new government dismantled the advisory group last month.",
])
def test_own_factions_or_a_committee_dismantled_are_no_force(text):
    evs = all_events_of(text)
    assert not [e for e in at(evs, "dismantle") if e.cameo.startswith("19")], dump(evs)


def test_the_fallen_volunteers_fought_not_their_families():
    evs = events_of("The families of three Danish volunteers killed fighting al-Shabaab in Somalia have criticised "
                    "the ministry.")
    fought = at(evs, "fighting")
    assert fought and all(e.source is not None and "volunteers" in e.source.text or e.source.text == "Danish"
                          for e in fought), dump(evs)
    assert not any(e.source is not None and "families" in e.source.text for e in evs if e.cameo.startswith("19")), \
        dump(evs)
    killed = at(evs, "killed")
    assert not killed or all(e.target is not None and e.target.country == "DNK" for e in killed), dump(evs)


def test_a_killed_fighter_who_is_the_subject_himself_stays_so():
    evs = events_of("The Kenyan soldier killed fighting al-Shabaab near Lamu was buried on Friday.")
    assert not any(e.source is not None and e.source.text and "soldier" in e.source.text
                   for e in at(evs, "killed")), dump(evs)
