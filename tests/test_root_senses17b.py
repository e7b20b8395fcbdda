"""A verb's root chosen by its object, its complement or its tense (issue 14, wrong root), session 17 (root17b).
Sentences written for these tests.

* draft: a text drafted (a measure, a profile, any object no row names) is no event; people drafted, or drafted
  "into" a force, are a mobilisation (154);
* burn: people burned are assaulted (182), not property destroyed (1712);
* occupy: a station or terminal occupied is a sit-in (144), not occupied territory (192);
* dismiss: a worth dismissed (value, importance) is a comment (010), not a rejection (120);
* order: an order that a right be revoked or stripped revokes it (172), not a demand (100);
* take up positions: a posture (150), not fighting (190);
* "talk of" (a noun): no talks (040) (root18: "the pamphlet talks[NNS] of" is the verb, a statement, 010);
* "will already have V-ed": an inference about what is done, not an intention (032);
* a relative pronoun object of a "to V" under a relative clause stands for its noun ("the pact that he wants to
  destroy": a pact, no act of force).
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


def roots(text, word):
    evs = all_events_of(text)
    return [e.cameo for e in at(evs, word)], dump(evs)


@pytest.mark.parametrize("text, word, want", [
    ("The Liberal caucus is drafting an emergency measure that would keep the ports open until April.", "drafting",
     None),
    ("A fuller dossier on the cartel boss and his couriers had been drafted by Mexican and Spanish detectives by 2014.",
     "drafted", None),
    ("The junta drafted thousands of young men into the army last spring.", "drafted", "154"),
    ("Witnesses said the militiamen burned prisoners alive in the market square.", "burned", "182"),
    ("Hundreds of Tamil activists occupied Euston station on Saturday.", "occupied", "144"),
    ("The senator dismissed the strategic importance of Somalia to Washington.", "dismissed", "010"),
    ("The interior minister, Priya Desai, ordered his citizenship revoked last week.", "ordered", "172"),
    ("The interior minister ordered that her passport be revoked after she fled to Yemen.", "ordered", "172"),
    ("Kenyan troops were taking up positions along the ridge, readying for an assault on the militants.", "taking",
     "150"),
    ("The rebels' pamphlet talks of a long war, with hidden units ready to strike whenever the army leaves.", "talks",
     "010"),    # (root18: the verb read as a plural noun is a statement, coding/misparses.plural_noun_verb_subject)
    ("The Foreign Office will already have passed some intelligence to Canadian officials.", "passed", "064"),
    ("Brazil has stood by the 2016 trade pact with Peru that the president wants to destroy.", "destroy", None),
])
def test_root_by_object_complement_or_tense(text, word, want):
    got, evs = roots(text, word)
    if want is None:
        assert got == [], evs
    else:
        assert got == [want], evs


def test_ordered_withdrawal_stays_a_demand():
    got, evs = roots("The general ordered the troops withdrawn from the town.", "ordered")
    assert got == ["100"], evs
