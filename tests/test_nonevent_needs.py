"""Precision (issue 14, "not an event", "reported speech", "duplicate"): needs, preferences, exhortations,
dispositions, bodies named by a cooperation noun, standing arrangements, statistics, intentions imputed by another
speaker, and a bare refusal beside the refusal it names (coding/nonevent.py, coding/described.py,
coding/clause_modality.py, coding/acts.py); and the real acts beside them that stay. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from coded_sentences import all_events_of, at, dump, events_of


@pytest.mark.parametrize("text, word", [
    # a need and its purpose
    ("Kenya said more troops were required to guard the border with Somalia.", "required"),
    ("Kenya said more troops were required to guard the border with Somalia.", "guard"),
    ("Air defences were needed, the Afghan governor said, to protect the clinics in Kabul.", "protect"),
    # a stock held, not aid given
    ("The UN had supplies for 20,000 people in case of further displacement in Darfur.", "supplies"),
    # a preference and an exhortation
    ("The Kenyan soldier said: \"I would rather go fight the Shabaab than sit here.\"", "fight"),
    ("The Kenyan soldier said the Kenyan army would rather negotiate with the Shabaab.", "negotiate"),
    ("The Kurdish commander complained. \"Let us fight for ourselves,\" he said.", "fight"),
    # a disposition
    ("Kigali is not completely averse to negotiating with the militia, envoys say.", "negotiating"),
    ("Kenya is open to negotiating with the Shabaab.", "negotiating"),
    # a cooperation noun with no partner names a body
    ("The blows the Shabaab took from the AU coalition in Kismayo were heavy.", "coalition"),
    # a standing arrangement
    ("Djibouti has hosted French bases since 1977.", "hosted"),
    ("As a former French colony, Djibouti had hosted the French base, including the airfield, since 1977, he said.",
     "hosted"),
    # a statistic
    ("An average of 2,500 people were displaced every day in Yemen last year.", "displaced"),
    ("Some 400 civilians are killed every week in Darfur.", "killed"),
    # an intention another side imputes
    ("\"The Ethiopian army wants through these operations to force civilians from their homes,\" Eritrea said "
     "in a statement.", "force"),
    ("The Ethiopian army aims to drive civilians from their homes, a resident said.", "drive"),
    ("Some Somali and Western sources have suggested the AU mission is seeking to hand over detainees to the "
     "Ethiopian leader in Addis Ababa.", "hand"),
    # a thing supposed: the relative clause of an indefinite object of a negated or hypothetical verb
    ("Museveni said Uganda would not sign any settlement that protected the Congolese militia.", "protected"),
    # an obligation in the present
    ("\"Now we have to reinforce our units and begin again,\" a Somali militia leader told reporters.", "reinforce"),
    # a gerund of travel with no traveller
    ("Farah, 22, says he does not regret travelling to Somalia and wants his passport back.",
     "travelling"),
    # a passive act whose agent is a circumstance
    ("With no word yet, the Somali envoy is consoled by the fact the talks go on.", "consoled"),
])
def test_no_event(text, word):
    evs = all_events_of(text)
    assert not at(evs, word), dump(evs)


@pytest.mark.parametrize("text, word, root", [
    ("Kenya sent troops to guard the border with Somalia.", "sent", "15"),
    ("Djibouti hosted talks between Ethiopia and Eritrea on Monday.", "hosted", "04"),
    ("Nairobi's alliance with Kampala worried Kigali.", "alliance", "06"),
    ("Kenyan soldiers are working in coalition with Somali forces.", "coalition", "06"),
    ("Sudanese troops killed 40 civilians a day in Darfur.", "killed", "19"),
    ("A total of 30 people were killed in the raid on Kassala.", "killed", "19"),
    ("Kenyan troops will go and fight the Shabaab.", "fight", "13"),
    ("The Kenyan commander said: \"We would go fight the Shabaab if they paid us.\"", "fight", "13"),
    ("Kenya opened talks with the Shabaab.", "opened", "04"),
    ("After visiting Moscow on Monday, the Kenyan president flew to Beijing.", "visiting", "04"),
    ("Kenyan troops had to withdraw from Kismayo after the attack.", "withdraw", "08"),
    ("Uganda rejected the compromise that protected the Congolese militia.", "protected", "07"),
    ("Uganda will not join a force that attacked civilians in Goma in May.", "attacked", "19"),
    ("How can we make peace with a Congolese leader who has killed thousands of his citizens?", "killed", "20"),
    ("\"We want to send more troops to Somalia,\" the Kenyan president said.", "send", "13"),
    ("Kenya wants to send more troops to Somalia, the Kenyan president said.", "send", "13"),
    ("Kenya wants to send more troops to Somalia, officials said.", "send", "13"),
])
def test_event_stays(text, word, root):
    evs = events_of(text)
    assert any(e.cameo.startswith(root) for e in at(evs, word)), dump(evs)


def test_bare_refusal_folds_into_the_refusal_it_names():
    evs = events_of("Museveni, angered by the report, refused to meet the Kenyan president in Kampala.")
    assert not [e for e in evs if e.cameo == "120"], dump(evs)
    meet = [e for e in evs if e.cameo == "125"]
    assert meet and meet[0].source.code == "UGAGOV", dump(evs)
    assert "refused in" in meet[0].rule


def test_bare_refusal_alone_stays():
    evs = events_of("Museveni refused, saying the report was false.")
    assert [e for e in evs if e.cameo.startswith("12")], dump(evs)


def test_a_meeting_to_come_is_an_intention():
    evs = events_of("The envoy said it would be the first such meeting between Kenya and Uganda since 2006.")
    assert evs and all(e.cameo == "036" for e in at(evs, "meeting")), dump(evs)
    evs = events_of("It was the first meeting between Kenya and Uganda since 2006.")
    assert evs and all(e.cameo == "040" for e in at(evs, "meeting")), dump(evs)
