"""Three kinds of words that tell no act (issue 14, "not an event"; coding/nonevent_uses.py).

A fear the writer describes is a state of mind, not a pessimistic comment (issue 14, "not an event"): a `dread`
verb of data/coding/non_events.tsv in a relative or adverbial clause, fearing a thing (a noun object), or told in
the past (coding/nonevent_uses.py `feared_state`). Said aloud it stays: a first-person subject ("we fear"), under
a verb of saying ("officials said they feared"), and a present fear with a clause ("aid groups fear that ...", a
view put out now).

Another party's act wanted ("Turkey wants Russia's backing"): an event noun with a party's possessor or modifier as
the object of a `craving` verb is a wish about that party (`wanted_of_another`).

An act hedged on its own verb ("possibly backed by", "perhaps attacked") may not have happened (`hedged`); a hedge
on a number ("killing perhaps twenty civilians") leaves the act. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text,word", [
    ("Villagers near the border fear the Iranian militia more than they fear the army.", "fear"),
    ("The plan angered Baghdad, which feared it would embolden separatists in the north.", "feared"),
    ("Greece closed the crossing because it feared a new wave of migrants from Turkey.", "feared"),
    ("The Israeli minister worried that Hezbollah would rearm after the ceasefire.", "worried"),
])
def test_a_fear_described_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_the_act_beside_a_fear_stays():
    evs = events_of("Greece closed the crossing because it feared a new wave of migrants from Turkey.")
    assert at(evs, "closed"), dump(evs)


@pytest.mark.parametrize("text,word", [
    ("Aid groups fear that thousands of families will flee Idlib if Russia bombs the province.", "fear"),
    ("\u201cWe fear the Turkish army will enter our villages,\u201d the mayor told reporters.", "fear"),
    ("Kenyan officials said on Monday that they feared al-Shabaab would strike again.", "feared"),
])
def test_a_fear_said_aloud_stays(text, word):
    evs = events_of(text)
    got = at(evs, word)
    assert got and got[0].cameo == "012", dump(evs)


def test_a_fear_in_a_relative_clause_under_saying_is_no_act():
    evs = events_of("The envoy said Washington would arm the militia in the east, which Ankara feared would "
                    "strengthen the separatists.")
    assert not at(evs, "feared"), dump(evs)


def test_a_present_fear_of_a_clause_stays_when_its_subject_is_read_as_object():
    evs = events_of("Kenyan army commanders fear the forest camp near Lamu is mined and ringed with traps.")
    assert at(evs, "fear"), dump(evs)


@pytest.mark.parametrize("text,word", [
    ("Baghdad wants Iran's support for the new dam on the Tigris.", "support"),
    ("The Libyan prime minister badly needs Egyptian backing before the talks in Cairo.", "backing"),
    ("Ahead of the vote, the Serbian president wants Chinese backing at the Security Council.", "backing"),
    ("Kiev still needs Nato's support to rebuild its navy.", "support"),
])
def test_another_partys_act_wanted_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_an_act_given_stays():
    evs = events_of("Iran gave Baghdad its support for the new dam on the Tigris.")
    assert at(evs, "gave") or at(evs, "support"), dump(evs)


@pytest.mark.parametrize("text,word", [
    ("Ankara expects a new air raid by Russian jets, possibly backed by Syrian artillery, within days.", "backed"),
    ("Somali militants perhaps attacked the convoy near Baidoa, a local elder suggested.", "attacked"),
    ("Iranian drones possibly struck the tanker off Fujairah last week.", "struck"),
])
def test_a_hedged_act_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_a_hedged_number_leaves_the_act():
    evs = events_of("The Saudi-led coalition bombed a market in Hodeidah, killing perhaps twenty civilians.")
    assert at(evs, "bombed"), dump(evs)
