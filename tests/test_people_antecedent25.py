"""A pronoun standing for a people without a state takes the country its antecedent's own phrase gives ("Iran's Kurds
... they": IRNKUR), and stays the whole people where that phrase names two countries ("the Iranian and Turkish Kurds
... they": KUR), before any homeland the story's places suggest (knowledge/people_country.antecedent_head). Sentences
written for eventwire."""
from __future__ import annotations

from eventwire import code_text

IRANIAN_STORY = "Iranian artillery hit the border towns of Piranshahr and Sardasht last week. "


def pronoun_people(text):
    found = [a for e in code_text(text, date="2019-03-01").events for a in (e.source, e.target)
             if a is not None and "KUR" in (a.code or "") and "coreference" in (a.why or "")]
    assert found, text
    return found


def test_a_pronoun_takes_the_possessive_country_of_its_antecedent_over_the_storys():
    a = pronoun_people(IRANIAN_STORY + "The shah rewarded Iraq's Kurds only to abandon them when they rebelled, "
                                       "too.")[0]
    assert a.code == "IRQKUR"
    assert "own modifier 'Iraq'" in a.why


def test_a_pronoun_for_two_countries_kurds_stays_the_whole_people():
    a = pronoun_people(IRANIAN_STORY + "Saddam Hussein courted the Iranian and Turkish Kurds only to abandon them "
                                       "when they rebelled, too.")[0]
    assert a.code == "KUR"
    assert a.country is None


def test_a_pronoun_a_sentence_later_keeps_its_antecedents_two_countries():
    a = pronoun_people(IRANIAN_STORY + "Saddam Hussein courted the Iranian and Turkish Kurds. Later he abandoned "
                                       "them when they rebelled.")[0]
    assert a.code == "KUR"

