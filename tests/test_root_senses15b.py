"""A verb's root chosen from the kind of thing its act is about (issue 14, wrong root), session 15b. Sentences
written for these tests.

Classes of sense choice:
* what is left or invited: a bare "pull out"/"withdraw"/"quit" after an agreement noun, in a sentence that names no
  troops, forces or ground, leaves the agreement (160), not ground (0874); troops invited to come or stay ("invited
  Cuban troops", "X's forces, at the invitation of Y, will remain") make an appeal for military aid (0232), not an
  intent to meet (036);
* administrative, not violent: restrictions (172) planned or announced are a threat of sanctions (1312), not of
  repression (137);
* a protest, not yielding: resigning or quitting "in protest"/"in frustration", or over someone's decision or
  policy, is disapproval (110), not acceding to demands for a change of leadership (0831); talk named by its tone
  ("tough talk") is rhetoric, no consultation (040); a court ruling or verdict that finds a law or act void
  ("declaring the law unconstitutional") finds no one guilty (116)."""
from __future__ import annotations

import pytest

from tests.coded_sentences import at, dump, events_of


def roots(text, word):
    return [e.cameo for e in at(events_of(text), word)]


@pytest.mark.parametrize("text, word", [
    ("Critics of the arms control treaty persuaded the Russian president to pull out, officials in Moscow said.",
     "pull"),
    ("The fisheries pact was signed in 2009, and the Icelandic government now says it will withdraw.",
     "withdraw"),
    ("Having denounced the trade agreement for months, the Bolivian cabinet finally voted to quit.", "quit"),
    ("Japan's foreign minister has long opposed the Korea fisheries accord and has now persuaded the prime minister "
     "to pull out.", "pull"),
])
def test_leaving_an_agreement_named_before_reduces_relations(text, word):
    got = roots(text, word)
    assert got and all(c.startswith("16") or c.startswith("13") for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Under the deal, Turkish troops will withdraw once the Kurdish militia has left the border strip.", "withdraw"),
    ("Nigerian troops withdrew from the town of Baga after heavy fighting.", "withdrew"),
    ("The ceasefire deal handed the border villages to Ankara, and Washington agreed to pull out within a month.",
     "pull"),
])
def test_troops_leaving_ground_stay_a_military_withdrawal(text, word):
    got = roots(text, word)
    assert got and all(c in ("0874", "0356") for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("The Venezuelan government invited Cuban troops to stay in the country after the election.", "invited"),
    ("The Malian junta invited Russian mercenaries to help secure the northern towns.", "invited"),
    ("Chinese troops, at the invitation of the Laotian government, will remain along the border until next year.",
     "invitation"),
])
def test_inviting_troops_is_an_appeal_for_military_aid(text, word):
    got = roots(text, word)
    assert got and all(c == "0232" for c in got), dump(events_of(text))


def test_inviting_a_minister_stays_an_intent_to_meet():
    text = "The Ugandan president invited the Kenyan foreign minister to Kampala for talks."
    got = roots(text, "invited")
    assert got and all(c == "036" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("Talks between Ankara and Brussels stalled over the government's planned travel restrictions.", "restrictions"),
    ("Officials in Rome said the interior ministry plans to introduce entry restrictions for Tunisian students.",
     "introduce"),
])
def test_planned_restrictions_threaten_sanctions_not_repression(text, word):
    got = roots(text, word)
    assert got and all(c == "1312" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("The Dutch foreign minister resigned in protest over the arms sales to Riyadh.", "resigned"),
    ("Two senior diplomats quit in protest at the new policy toward Cuba.", "quit"),
    ("The finance minister quit over the cabinet's handling of the currency crisis.", "quit"),
    ("The deputy foreign minister resigned over the president's decision to expel the ambassadors.", "resigned"),
])
def test_resigning_in_protest_is_disapproval(text, word):
    got = roots(text, word)
    assert got and all(c == "110" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The Kenyan prime minister resigned after weeks of street protests demanding his removal.",
    "The Peruvian premier resigned over a corruption scandal involving his brother.",
])
def test_a_resignation_under_pressure_stays_0831(text):
    got = roots(text, "resigned")
    assert got and all(c == "0831" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text", [
    "The Italian interior minister's tough talk on migrants drew applause from his supporters.",
    "The opposition's harsh talk about the ceasefire alarmed mediators in Doha.",
])
def test_tough_talk_is_no_consultation(text):
    assert not [c for c in roots(text, "talk") if c.startswith("04")], dump(events_of(text))


def test_talks_between_governments_stay_a_consultation():
    text = "Iraqi and Iranian officials held talks in Baghdad on Monday."
    got = roots(text, "held")
    assert got and all(c == "040" for c in got), dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("The Texas judge's ruling last week declaring the voter ID law unconstitutional angered Republicans.", "ruling"),
    ("A ruling by the constitutional court striking down the amnesty law as unconstitutional was published on "
     "Monday.", "ruling"),
    ("The supreme court's verdict, which declared the land seizures illegal, was read out in Harare.", "verdict"),
    ("Judges in Lusaka handed down a verdict declaring the opposition ban illegal.", "handed"),
])
def test_a_ruling_that_voids_a_law_finds_no_one_guilty(text, word):
    assert not [c for c in roots(text, word) if c == "116"], dump(events_of(text))


@pytest.mark.parametrize("text, word", [
    ("The court's ruling against the former mayor was read out in Nairobi on Tuesday.", "ruling"),
    ("The court in Lusaka handed down a verdict against the opposition leader on Monday.", "handed"),
])
def test_a_ruling_against_a_person_stays_a_finding_of_guilt(text, word):
    got = roots(text, word)
    assert got and all(c == "116" for c in got), dump(events_of(text))
