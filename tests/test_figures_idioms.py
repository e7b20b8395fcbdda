"""Idioms made with an act's verb that name no act (issue 14, not an event: coding/figures.py `idiom`,
data/coding/idioms.tsv). Sentences written for these tests; each idiom has real uses of its verb beside it that stay
coded."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text, word", [
    # taking an opening is no seizure
    ("Seizing an opportunity to mend ties with Ankara, the Iranian president flew to Turkey on Monday.", "Seizing"),
    ("The Chilean foreign minister seized the moment and proposed a summit with Bolivia.", "seized"),
    ("Netanyahu grabbed the chance to praise the Egyptian leader during his visit.", "grabbed"),
    # a betrayal is no assault
    ("The Pakistani prime minister said Washington had stabbed his country in the back.", "stabbed"),
    ("Many Kurds feel they were stabbed in the back by their American allies.", "stabbed"),
    # talk is no shooting
    ("Diplomats in Brussels worry that the Hungarian leader shoots his mouth off too often.", "shoots"),
    ("Before the Brazilian leader shoots off his mouth about the Amazon again, his aides should brief him.", "shoots"),
    # a consequence is no blockade
    ("The defeat at the dam sealed the fate of the militants in Raqqa, the Iraqi army said.", "sealed"),
    ("That rout sealed the downfall of the Libyan warlord's campaign.", "sealed"),
    # outweighing is no force
    ("Hope of a deal with Moscow seemed to overpower their fears about the Iranian militias.", "overpower"),
    # an argument inside a government is no fighting
    ("Pompeo fought hard to keep the sanctions in place, officials in Washington said.", "fought"),
    ("Inside the cabinet, Merkel fought tooth and nail to save the agreement with Iran.", "fought"),
    # an effort of the voice is no consultation
    ("The Egyptian envoy struggled to speak over the noise of the protest outside the embassy.", "speak"),
    ("The Yemeni minister, visibly moved, struggled to talk to reporters in Aden.", "talk"),
])
def test_idiom_no_event(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


@pytest.mark.parametrize("text, word, root", [
    # the same verbs used for acts
    ("Kurdish fighters seized the town of Tabqa from Isis on Sunday.", "seized", "19"),
    ("A militant stabbed a policeman outside the parliament in Ankara on Friday.", "stabbed", "18"),
    ("Iraqi troops sealed the border with Syria on Tuesday.", "sealed", "19"),
    ("The rebels fought hard against Isis in the eastern suburbs of Deir ez-Zor.", "fought", "19"),
    ("Colonel Haftar fought hard to retake the port of Derna from Islamist militias.", "fought", "19"),
    ("Turkish soldiers shot two smugglers near the border on Wednesday.", "shot", "19"),
    ("The Egyptian envoy spoke to the Israeli foreign minister on Monday.", "spoke", "04"),
])
def test_real_act_stays(text, word, root):
    evs = events_of(text)
    assert [e for e in at(evs, word) if e.cameo[:2] == root], dump(evs)


@pytest.mark.parametrize("text, word", [
    ("In the south, weeks of calm gave way to heavy shelling of the Yemeni port.", "gave"),
    ("The Sudanese revolt gave way to a long civil war.", "gave"),
])
def test_thing_gives_way_no_event(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


def test_actor_giving_way_stays():
    # an actor that gives way concedes: a yield
    evs = events_of("The Sudanese government gave way to the strikers and released the union leaders on Monday.")
    assert [e for e in at(evs, "gave") if e.cameo[:2] == "08"], dump(evs)
