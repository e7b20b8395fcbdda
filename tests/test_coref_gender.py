"""Agreement in sex for "he"/"she" (knowledge/gender.py, knowledge/coref_choice.py), on stories written for these
tests."""
from __future__ import annotations

from eventwire import code_text
from eventwire.knowledge.gender import name_gender, names_gender


def source_at(text, trigger, date="2018-06-01"):
    res = code_text(text, date=date)
    assert res.status == "coded", res.reason
    evs = [e for e in res.events if e.trigger_text == trigger]
    assert evs, [(e.trigger_text, e.source) for e in res.events]
    return evs[0].source


def test_the_first_given_name_of_a_full_name_says_the_sex():
    assert name_gender("Theresa May") == "f"
    assert name_gender("President Bashar al-Assad") == "m"
    assert name_gender("Recep Tayyip Erdogan") == "m"
    assert name_gender("Nadia Haddad") == "f"
    assert name_gender("Haddad") is None            # one word: a surname
    assert name_gender("Kim Darroch") is None       # a name given to both sexes
    assert names_gender(["Maria Petrova", "Ivan Petrov"]) is None
    assert names_gender([None, "He", "Angela Merkel"]) == "f"


def test_he_is_not_a_woman_named_by_her_full_name():
    s = source_at("Theresa May met Emmanuel Macron in Paris on Tuesday. He later condemned the bombing of a "
                  "hospital in Idlib.", "condemned")
    assert s is not None and s.code == "FRAGOV", s
    assert "Macron" in s.why


def test_she_is_not_a_man_named_by_his_full_name():
    s = source_at("Vladimir Putin met Angela Merkel in Sochi on Friday. She later criticised the new sanctions "
                  "on Iran.", "criticised")
    assert s is not None and s.code == "DEUGOV", s


def test_he_still_takes_the_salient_man():
    s = source_at("Emmanuel Macron met Theresa May in Paris on Tuesday. He later condemned the bombing of a "
                  "hospital in Idlib.", "condemned")
    assert s is not None and s.code == "FRAGOV", s


def test_a_name_no_list_knows_is_left_to_the_story():
    # given names cross sexes between languages: the story's "he" decides for someone the lists do not know
    s = source_at("Rania Karimi of the Syrian Democratic Forces gave an interview in Qamishli on Sunday. He accused "
                  "Turkey of shelling the villages.", "accused")
    assert s is not None and s.code == "SYRREB", s
