"""A description the name right after it names (issue 14, wrong actors; coding/named_description.py): "the news
agency AFP" is AFP, a French outlet, not a media body of the country where the story is set. Sentences written for
these tests."""
from __future__ import annotations

from eventwire import code_text


def test_the_news_agency_named_after_its_description_is_no_local_outlet():
    res = code_text("The news agency AFP condemned the arrest of a reporter in Bamako.", date="2021-06-01")
    evs = [e for e in res.events if e.trigger_text == "condemned"]
    assert evs and evs[0].source is not None and evs[0].source.code == "FRAMED", [(e.trigger_text, e.source) for e in res.events]


def test_a_description_after_the_name_still_renames_it():
    res = code_text("Human Rights Watch, the rights group, accused the army of torture in Goma.", date="2021-06-01")
    evs = [e for e in res.events if e.trigger_text.startswith("accused")]
    assert evs and evs[0].source is not None and evs[0].source.code == "NGOHRIHRW", [(e.trigger_text, e.source) for e in res.events]


def test_a_place_named_after_its_description_is_no_actor():
    res = code_text("The port city Aden was shelled overnight.", date="2021-06-01")
    evs = [e for e in res.events if e.trigger_text == "shelled"]
    assert evs and (evs[0].source is None), [(e.trigger_text, e.source, e.target) for e in res.events]
