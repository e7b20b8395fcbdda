"""Precision (issue 14, "not an event"): act words that only describe a party, a body or a standing state
(coding/described.py, the present relative clause of coding/scope.py `category`, the `uprooted` participles of
coding/nonevent.py), and the real acts beside them that stay coded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_of, at, dump


@pytest.mark.parametrize("text, word", [
    # a standing relation named by a bare participle on a party
    ("Kampala armed the militias allied with it before the vote.", "allied"),
    ("The valley is held by Shia fighters directed by Tehran and by the army.", "directed"),
    ("Sudan denied backing the gunmen linked to the former regime.", "linked"),
    # a present relative clause: what a party does as a rule, its standing function
    ("Kenya pays the fighters in the Somali clans that join the alliance.", "join"),
    ("The consular service, which provides help for Kenyans abroad, denied there had been a deal.", "provides"),
    ("The ministry, which runs foreign ties and provides consular aid to Kenyans, denied any deal.", "provides"),
    ("The generals who surround the Ugandan president know the army is weak.", "surround"),
    # an act negated through "nothing" / a negated "anything"
    ("The Ethiopian government did nothing to stop the militia.", "stop"),
    ("Kampala didn't do anything to encourage or to assist the Congolese militias.", "assist"),
    ("Kampala didn't do anything to encourage or to assist the Congolese militias.", "encourage"),
    # an event noun that names a body or a capability
    ("A Kenyan judge resigned from an AU commission of inquiry last year.", "commission"),
    ("A Kenyan judge resigned from an AU commission of inquiry last year.", "inquiry"),
    ("Abiy said his aim was to destroy the rebels' chemical attack capabilities.", "attack"),
    # an aim listed, with no subject
    ("Secondly, to weaken Eritrea by forcing its troops out of Tigray.", "forcing"),
    # people uprooted: a condition, not an expulsion
    ("Britain will fund schools for Sudanese families exiled from Darfur.", "exiled"),
    ("The Ugandan opposition is scattered and divided.", "scattered"),
    ("Rights groups denounced the ruler, who jails and massacres his own people.", "massacres"),
])
def test_no_event(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


@pytest.mark.parametrize("text, word, root", [
    # the acts beside them, and the acts in past relative clauses, stay
    ("Militias allied with Uganda attacked the town of Beni on Sunday.", "attacked", "19"),
    ("Somali fighters directed by Eritrea shelled the port.", "shelled", "19"),
    ("Uganda allied with Rwanda against the rebels in 1998.", "allied", "0"),
    ("The Ethiopian units that shelled Mekelle on Tuesday withdrew to the south.", "shelled", "19"),
    ("The police, who arrested 40 protesters in Kampala last week, freed them on Monday.", "arrested", "17"),
    ("Kenya expelled the Somali families from the camp.", "expelled", "17"),
    ("The AU set up a commission to examine the killings in Tigray.", "examine", "09"),
    ("The Ethiopian army did nothing to stop the militia, which attacked Gondar in May.", "attacked", "19"),
    # what a report says is its authors' act; people driven out in the past; talks a body sponsors; a fact beside an aim
    ("The report, which calls on Kenya to close the camps, was published by Amnesty.", "calls", "02"),
    ("More than 40,000 people have been displaced in Tigray since March.", "displaced", "20"),
    ("Thousands have been killed and several million displaced in the Sudanese war since April 2023.", "displaced", "20"),
    ("The coalition, which arms the rebels and has launched hundreds of raids on Tigray, met in Addis Ababa.",
     "launched", "19"),
    ("Talks, sponsored by the African Union, are expected in Nairobi this week.", "sponsored", "04"),
    ("Thirdly, to weaken the Eritrean army by forcing its withdrawal, as demanded by Ethiopia.", "demanded", "10"),
])
def test_act_stays(text, word, root):
    evs = at(events_of(text), word)
    assert evs and evs[0].cameo.startswith(root), dump(events_of(text))
