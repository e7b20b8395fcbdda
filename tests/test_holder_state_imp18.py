"""Implied doers and places of state acts (issue 14, no source / wrong target; session 18): a citizenship or passport
taken away with no doer and no country on its noun ("had her citizenship revoked", "were stripped of their
passports") is done by the government of the holder's own country (knowledge/nationality.py: holder_state);
cancelling a passport is 172 as revoking it is; people a definite noun names again ("The students were arrested")
are where the sentence before introduced them, so is the state that arrested them (knowledge/earlier_place.py).

Every sentence here was written for these tests."""
from __future__ import annotations

import eventwire

_CANADA = ("Amal Nasser arrived in Winnipeg in 2016 and now runs a bakery there. Canada has taken in thousands of "
           "refugees, and Canadian officials say most have found work. Winnipeg and Toronto have welcomed them, and "
           "Ottawa has paid for housing. ")


def dyads(text: str, trigger_word: str, date: str = "2020-06-01"):
    evs = eventwire.code_text(text, date=date).events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if trigger_word in e.trigger_text}


def test_citizenship_revoked_is_the_holders_government():
    got = dyads("Marta Lind, a Swedish nurse, had her citizenship revoked last month.", "revoked")
    assert ("SWEGOV", "SWEHLH") in got, got


def test_passport_cancelled_is_the_holders_government():
    got = dyads("Lars Verbeek, a Dutch fighter, had his passport cancelled last month.", "cancelled")
    assert any(s == "NLDGOV" for s, _ in got), got


def test_men_stripped_of_citizenship_in_a_british_story():
    got = dyads("The Home Office said on Tuesday that more British jihadists had returned. British officials are "
                "worried. In 2018 a dozen men accused of plotting attacks were stripped of their citizenship.",
                "stripped")
    assert ("GBRGOV", "GBRCVL") in got, got


def test_a_named_group_gives_no_holders_state():
    got = dyads("Two Isis fighters were stripped of their citizenship.", "stripped")
    assert all(s is None for s, _ in got), got


def test_cancelling_a_concert_is_no_sanction():
    evs = eventwire.code_text("The ministry cancelled the concert.", date="2020-06-01").events
    assert not any(e.cameo.startswith("172") for e in evs), [(e.cameo, e.trigger_text) for e in evs]


def test_people_named_again_are_where_the_sentence_before_put_them():
    got = dyads(_CANADA + "Nasser grew up in a village near Homs, where in 2012 a group of students painted slogans "
                "against the government on a school wall. The students were arrested and beaten.", "arrested")
    assert ("SYRCOP", "SYREDU") in got, got


def test_people_named_again_at_home_stay_at_home():
    got = dyads(_CANADA + "Nasser grew up in Winnipeg, where in 2012 a group of students painted slogans on a "
                "school wall. The students were arrested.", "arrested")
    assert ("CANCOP", "CANEDU") in got, got


def test_other_people_take_no_earlier_place():
    got = dyads(_CANADA + "Nasser grew up in a village near Homs, where in 2012 a group of students painted slogans "
                "on a school wall. The workers were arrested.", "arrested")
    assert not any(s == "SYRCOP" or (t or "").startswith("SYR") for s, t in got), got


def test_stripping_with_no_subject_read_is_the_state_whose_citizenship_it_is():
    got = dyads("Sweden has long said that it cannot assist Swedish nationals in areas where it has no embassy – "
                "although last spring it attempted to extradite three surviving Swedish members of a militant cell known as the "
                "Wolves from Hasakah to France after stripping them of their Swedish citizenship.", "stripping")
    assert any(s in ("SWEGOV", "SWE") for s, _ in got), got
