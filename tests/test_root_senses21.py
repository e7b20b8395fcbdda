"""A verb's root chosen by who does it or what it is done with (wrong root), session 21 (root21). Sentences written
for these tests.

* a raid by the police or another law-enforcement body ("armed police raided the hotel", "an FBI raid on the
  office", "detectives carried out a raid") is coercion by law enforcers (17), not military force (190); a raid by
  troops or rebels stays force (coding/law_force.py, `subj:@police` rows);
* a warning from a voice that commands no force (a former office holder, a reporter, a charity: subject kind
  `counsel`, coding/counsel.py) is advice, an appeal (020), not a threat (130); a government's or an army's warning
  stays a threat;
* volunteering with an organisation is cooperation done (060; with an armed group 062), not an offer (030);
  volunteering at a shelter is no event;
* embarking on a journey (a tour, a trip, a visit) is travel (042); embarking on reforms or a campaign is no visit;
* a rampage by an armed group is fighting (190), not a riot (145);
* a coordinated verb with a tense of its own, set against the one before it by "but", does not share its negation
  ("will not join the strikes, but supports the inquiry": support, 051, not a refusal);
* a plan whose "to V" travels to do an act of force ("plan to cross the border to attack X") is that act announced
  (138), not a second, bare intention (030).
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word, want", [
    ("Riot police raided the hostel in which the Chilean activist was staying.", "raided", "17"),
    ("The senator was rattled by an FBI raid on his accountant's office.", "raid", "17"),
    ("Scotland Yard detectives carried out a raid on a flat in Leeds.", "carried out", "17"),
    ("Ethiopian troops raided the rebel camp before dawn.", "raided", "19"),
    ("Gunmen carried out a raid on an army post near Gao.", "carried out", "19"),
    ("The former Chilean president, Ricardo Lagos, warned President Boric to avoid any military adventure.",
     "warned", "02"),
    ("Michelle Bachelet, the former Chilean president, warned Boric against sending troops north.", "warned", "02"),
    ("A veteran reporter warned the ambassador to be careful in Kabul.", "warned", "02"),
    ("The Peruvian president warned the rebels against any attack on the pipeline.", "warned", "13"),
    ("The Peruvian army warned the guerrillas to lay down their arms.", "warned", "13"),
    ("The nurse volunteered with a Norwegian relief mission in the camps.", "volunteered", "06"),
    ("Dozens of foreign leftists have been volunteering with the Kurdish militia in Rojava.", "volunteering", "06"),
    ("The Qatari foreign minister embarked on a tour of five African capitals.", "embarked", "04"),
    ("The videos were filmed at the height of the militia's rampage across Mali and Niger.", "rampage", "19"),
    ("The militants rampaged through the border villages.", "rampaged", "19"),
    ("Football fans rampaged through the city centre after the match.", "rampaged", "14"),
])
def test_root_by_who_does_it(text, word, want):
    evs = all_events_of(text)
    got = [e.cameo[:2] for e in at(evs, word)]
    assert want in got, dump(evs)
    assert all(c == want for c in got), dump(evs)


def test_volunteering_at_a_shelter_is_no_event():
    evs = all_events_of("The off-duty soldiers are known to volunteer at homeless shelters in the city.")
    assert at(evs, "volunteer") == [], dump(evs)


def test_a_plan_to_travel_to_attack_is_the_attack_announced():
    evs = all_events_of("Sudanese troops plan to cross the border into Chad to attack what Khartoum calls rebel "
                        "havens.")
    assert at(evs, "plan") == [], dump(evs)
    assert [e.cameo for e in at(evs, "attack")] == ["138"], dump(evs)


@pytest.mark.parametrize("text", [
    "Since taking office the premier has embarked on an overhaul of the pension system.",
    "The junta embarked on a new campaign to choke off the rebels' oil income.",
])
def test_embarking_on_a_course_is_no_visit(text):
    evs = all_events_of(text)
    assert [e.cameo for e in at(evs, "embark") if e.cameo.startswith("04")] == [], dump(evs)


def test_a_tensed_conjunct_keeps_its_own_polarity():
    evs = all_events_of("Austria will not take part in any sanctions against Hungary, but supports European efforts to "
                        "defend the courts, the chancellor said.")
    assert [e.cameo[:2] for e in at(evs, "supports")] == ["05"], dump(evs)
    evs = all_events_of("Serbia will not recognise Kosovo or send an envoy to Pristina.")
    assert "05" not in [e.cameo[:2] for e in at(evs, "recognise")], dump(evs)
