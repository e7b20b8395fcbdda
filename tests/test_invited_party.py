"""The party an invitation's "to" clause names is the target of accepting or declining it (coding/invited_party.py).
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_an_invitation_to_visit_a_country():
    evs = events_of("Erdogan accepted an invitation to visit Egypt next month.")
    acc = at(evs, "accepted")
    assert acc and all(e.target is not None and e.target.country == "EGY" for e in acc), dump(evs)


def test_an_invitation_to_meet_with_a_leader():
    evs = events_of("President Ruto accepted the invitation to hold talks with Xi Jinping on debt relief.")
    acc = at(evs, "accepted")
    assert acc and all(e.target is not None and e.target.code == "CHNGOV" for e in acc), dump(evs)


def test_the_sender_named_stays_the_target():
    evs = events_of("Modi accepted an invitation from Biden to visit Washington.")
    acc = at(evs, "accepted")
    assert acc and all(e.target is not None and e.target.country == "USA" for e in acc), dump(evs)


def test_the_doer_is_never_its_own_target():
    evs = events_of("The Kenyan president accepted an invitation to visit Kenya's northern border towns.")
    assert all(e.target is None or e.target.country != "KEN" for e in at(evs, "accepted")), dump(evs)

