"""Issue 14, wrong target: a foreign volunteer the story tells fights with an armed body is an irregular fighter of
that country in all the story's events, not a civilian (coding/armed_people.py, asked by coding/combatants.py).
Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _target(evs, word):
    got = [e.target.code for e in at(evs, word) if e.target is not None]
    assert got, dump(evs)
    return got[0]


def test_a_volunteer_with_an_armed_body_is_armed_in_the_storys_other_events():
    evs = events_of("Tom Farley, 27, from Hull, was one of the first foreign volunteers with the Kurdish People's "
                    "Protection Units (YPG). Farley was killed on Monday when a mortar round struck his position "
                    "near Deir ez-Zor.", date="2018-05-02")
    assert _target(evs, "killed").endswith("UAF"), dump(evs)


def test_people_told_fighting_in_their_own_phrase_are_armed():
    evs = events_of("Turkish jets killed a Canadian woman fighting with the Kurdish militia near Manbij on Sunday.",
                    date="2018-05-02")
    assert _target(evs, "killed") == "CANUAF", dump(evs)
    evs = events_of("Lena Berg was the third Swede killed while serving with a Kurdish militia in Syria.",
                    date="2018-05-02")
    assert _target(evs, "killed") == "SWEUAF", dump(evs)
    evs = events_of("Her cousin had fought with the rebels in Chechnya and was killed in 2009.", date="2018-05-02")
    assert _target(evs, "killed").endswith("UAF"), dump(evs)


def test_a_volunteer_for_a_charity_or_an_unarmed_body_stays_a_civilian():
    evs = events_of("Sarah Kent, a nurse from Leeds, volunteered with a medical charity in Idlib. Turkish police "
                    "later detained Kent in Antalya.", date="2018-05-02")
    assert not _target(evs, "detained").endswith("UAF"), dump(evs)
    evs = events_of("The families of two Danish men killed fighting Isis have criticised the government.",
                    date="2018-05-02")
    assert not any(e.target is not None and e.target.code == "DNKUAF" and "families" in (e.target.text or "")
                   for e in evs), dump(evs)
