"""An aid body's official or staff is no state's (issue 14, wrong actors; data/actors/sectors.tsv "aid official",
"humanitarian staff"): "said one aid official" is no government official of the story's country, and an attack on
"humanitarian staff" hits aid workers, not labour. Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def test_an_aid_official_is_an_aid_body_not_a_government():
    res = code_text("“The wells are drying up and more cattle will die,” one aid official in Garissa warned.",
                    date="2021-06-01")
    actors = [a for e in res.events for a in (e.source, e.target) if a is not None and "official" in (a.text or "")]
    assert actors and all(a.sector == "NGO" and a.country is None for a in actors), actors
    # asking not to be named is no appeal (lexicon x.ask-anonymity): no event of the official's there
    res = code_text("“The wells are drying up and more cattle will die,” said one aid official in Garissa, who asked "
                    "not to be named.", date="2021-06-01")
    assert not [e for e in res.events if e.trigger_text.startswith("asked")], res.events


def test_an_attack_on_humanitarian_staff_hits_aid_workers():
    res = code_text("Four medics and a driver were killed in Juba in the deadliest attack on humanitarian staff "
                    "since the fighting began.", date="2021-06-01")
    evs = [e for e in res.events if e.trigger_text == "attack"]
    assert evs and evs[0].target is not None and evs[0].target.code == "NGO", [(e.trigger_text, e.target) for e in res.events]


def test_aid_officials_meeting_a_governor():
    res = code_text("Aid officials met the governor in Kandahar on Tuesday.", date="2021-06-01")
    evs = [e for e in res.events if e.trigger_text == "met"]
    assert evs and evs[0].source is not None and evs[0].source.sector == "NGO", [(e.trigger_text, e.source) for e in res.events]
