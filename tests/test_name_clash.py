"""A listed name the story gives to someone else (knowledge/name_clash.py, run by ActorKB.find)."""
from __future__ import annotations

import pytest

from eventwire.knowledge.actors import default_kb


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def found(kb, text, date="2018-06-01"):
    return [(a.text, a.code) for a in kb.find(text, date)]


def test_surname_of_another_bearer_is_not_the_listed_person(kb):
    text = ("Petra Merkel, a nurse from a Bremen clinic, joined the march. "
            "Merkel accused the police of beating the marchers.")
    assert ("Merkel", "DEUGOV") not in found(kb, text)


def test_surname_alone_is_the_listed_person(kb):
    assert ("Merkel", "DEUGOV") in found(kb, "Merkel accused Moscow of meddling in the vote.")


def test_listed_person_named_in_full_keeps_the_surname(kb):
    text = ("Angela Merkel met Petra Merkel, a nurse, at a clinic. "
            "Merkel praised the staff for their work.")
    assert ("Merkel", "DEUGOV") in found(kb, text)


def test_english_word_before_the_surname_is_no_first_name(kb):
    text = "Later that week Merkel flew to Rome. Under Merkel the budget grew."
    assert ("Merkel", "DEUGOV") in found(kb, text)


def test_party_acronym_needs_its_country_in_the_story(kb):
    assert not [c for _, c in found(kb, "Fighters of the PSP shelled a village near the border.")
                if c == "LBNPTY"]
    assert ("PSP", "LBNPTY") in found(kb, "The PSP walked out of the cabinet meeting in Beirut.")
    assert ("PSP", "LBNPTY") in found(kb, "Lebanese lawmakers of the PSP walked out of the cabinet meeting.")


def test_own_middle_name_or_other_spelling_is_no_other_bearer(kb):
    text = "Angela Dorothea Merkel arrived in Rome. Merkel praised the Italian plan."
    assert ("Merkel", "DEUGOV") in found(kb, text)
    text = "Angella Merkel arrived in Rome. Merkel praised the Italian plan."
    assert ("Merkel", "DEUGOV") in found(kb, text)


def test_party_acronym_before_its_members_is_the_party(kb):
    assert ("PSP", "LBNPTY") in found(kb, "Two PSP lawmakers resigned from the cabinet on Monday.")
