"""Issue 14, no source: an act noun whose doer a copula names with "responsible for" or "behind" is that doer's act
(coding/culprit_acts.py); told by someone else, the teller accuses the doer (speech_acts.blamed_act_frame).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text, word, source, target", [
    ("The Ethiopian army was responsible for the massacre of 40 villagers near Axum.", "massacre", "ETH", "ETH"),
    ("Zimbabwe's ruling party is responsible for the killing of opposition activists in Harare.", "killing",
     "ZWE", "ZWE"),
    ("Al-Shabaab was behind the attack on the Kenyan police station in Garissa.", "attack", "SOM", "KEN"),
    ("The Mexican cartel is responsible for mass killings in northern Guatemala.", "killings", "MEX", "GTM"),
])
def test_the_culprit_does_the_act_noun(text, word, source, target):
    evs = at(events_of(text), word)
    assert evs, dump(events_of(text))
    e = evs[0]
    assert e.source is not None and e.source.country == source, dump(evs)
    assert e.target is not None and e.target.country == target, dump(evs)
    assert "culprit" in e.rule


@pytest.mark.parametrize("text, word", [
    ("The Ethiopian army was not responsible for the massacre of 40 villagers near Axum.", "massacre"),
    ("Moscow denied that its troops were behind the shelling of the Ukrainian hospital.", "shelling"),
    ("The Ethiopian army may have been responsible for the massacre of 40 villagers near Axum.", "massacre"),
])
def test_a_denied_or_open_culprit_does_nothing(text, word):
    evs = events_of(text)
    assert not [e for e in at(evs, word) if e.source is not None and e.source.country in ("ETH", "RUS")], dump(evs)


def test_a_relative_clause_tells_the_act_once():
    # "which killed 12" is the act (its doer found through the culprit): the strike is not coded twice
    evs = events_of("The Sudanese army was responsible for the air strike on Nyala, which killed 12 people.")
    assert len([e for e in evs if e.cameo[:2] in ("18", "19", "20")]) == 1, dump(evs)


@pytest.mark.parametrize("text, speaker, blamed", [
    ("Canberra said the Indonesian military was responsible for the massacre of the villagers.", "AUS", "IDN"),
    ("Nairobi said Al-Shabaab was behind the bombing of the bus station in Mombasa.", "KEN", "SOM"),
])
def test_a_culprit_told_by_another_is_accused(text, speaker, blamed):
    evs = events_of(text)
    accused = [e for e in evs if e.cameo == "112"]
    assert accused and accused[0].source.country == speaker and accused[0].target.code.startswith(blamed), dump(evs)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19", "20") and e.source is not None
                and e.source.code.startswith(blamed)], dump(evs)


@pytest.mark.parametrize("text", [
    "Pretoria said there was no proof that the Zambian army was behind the shelling of the border post.",
    "Troops must be sent if the inquiry concludes that the Zambian army was behind the shelling of the border post.",
    "The cabinet agreed it was highly likely that the Zambian army was responsible for the shelling of the border post.",
])
def test_a_culprit_only_supposed_tells_no_act(text):
    evs = events_of(text)
    assert not [e for e in at(evs, "shelling") if e.source is not None and e.source.country == "ZMB"], dump(evs)

