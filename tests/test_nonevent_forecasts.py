"""Precision (issue 14, "not an event"): a future a party did not announce is a forecast, not its intention
(coding/forecasts.py): the writer's own forecast with a mark of one, a quotation's speaker of another side; a
statement still to come is no intention to cooperate; a poll's rating is no approval. The announced intentions and
the scheduled meetings beside them stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word", [
    # the writer's forecast: a course projected, a likelihood adverb, a condition
    ("Boko Haram will continue to exploit the collapse of local government to regroup in the forests.", "regroup"),
    ("Hezbollah will live to fight another day.", "fight"),
    ("The Sudanese army will inevitably attack the paramilitary bases around Khartoum.", "attack"),
    ("Mali will probably expel the French ambassador.", "expel"),
    ("The Ethiopian government will attend the African Union talks in Nairobi, especially if the mediators drop the "
     "demand for a ceasefire.", "attend"),
    # a quotation whose speaker is of another side than the doer
    ("\u201cWhen the peacekeepers go home, Rwanda will send its brigades across the lake. Goma will fall within "
     "weeks,\u201d said Moise Katumbi, the Congolese opposition leader.", "send"),
])
def test_forecast_is_no_intention(text, word):
    evs = at(all_events_of(text), word)
    assert not evs, dump(evs)


@pytest.mark.parametrize("text, word", [
    # a time clause nested in a time clause of a future verb names a time to come, not an act done
    ("As the election campaign heats up, and parliament begins its inquiry once the opposition takes control in "
     "March, the president will look for a quarrel with Kenya.", "takes"),
    ("Aid agencies will return to the valley when the roads reopen after the militia withdraws from the passes.",
     "withdraws"),
])
def test_nested_time_clause_of_a_future_is_no_act(text, word):
    evs = at(all_events_of(text), word)
    assert not evs, dump(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan president is set to deliver a farewell address to parliament on Thursday.",
    "The Nigerian foreign minister is due to give a press conference in Abuja at noon.",
    "The Chilean president is scheduled to deliver his annual address to the nation on Saturday.",
])
def test_statement_to_come_is_no_intention(text):
    evs = all_events_of(text)
    assert not [e for e in evs if e.cameo.startswith("03")], dump(evs)


@pytest.mark.parametrize("text", [
    "A poll by Afrobarometer last month gave the Ghanaian president a job approval rating of 38%.",
    "The latest Ipsos survey gives Macron an approval rating of barely 30 percent.",
])
def test_poll_rating_is_no_praise(text):
    evs = all_events_of(text)
    assert not [e for e in evs if e.cameo.startswith("05")], dump(evs)


@pytest.mark.parametrize("text, word, root", [
    # a side's own announcement, a spokesman's word, the speaker's own forces in a quotation
    ("Kagame said Rwanda will continue to deploy troops in Mozambique until the insurgents are beaten.", "deploy",
     "13"),
    ("The Ugandan army will attack the rebel camps if they refuse to disarm, a military spokesman said.", "attack",
     "13"),
    ("\u201cWhen the ceasefire ends, our soldiers will storm the ridge. Nobody will stop us,\u201d said the Ethiopian "
     "army chief.", "storm", "13"),
    # a meeting the writer reports as scheduled
    ("The foreign ministers of Kenya and Tanzania will meet in Arusha on Friday.", "meet", "03"),
    ("The Indonesian foreign minister is scheduled to visit Canberra next week.", "visit", "03"),
    # time clauses of a past verb tell acts done
    ("As the rebels withdrew from the hills, and the army entered the town after the militia fled, the president "
     "declared victory.", "entered", "19"),
    # a real approval
    ("The Senate gave its approval to the Ghanaian defence pact on Tuesday.", "gave", "05"),
])
def test_announced_intentions_stay(text, word, root):
    evs = at(all_events_of(text), word)
    assert any(e.cameo.startswith(root) for e in evs), dump(evs)
