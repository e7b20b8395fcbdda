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


def _source_of(text, trigger):
    res = code_text(text, date="2021-06-01")
    evs = [e for e in res.events if e.trigger_text.startswith(trigger)]
    assert evs, [(e.trigger_text, e.source) for e in res.events]
    return evs[0].source


def test_a_movement_that_seized_the_capital_is_the_group_named_before_it():
    # (issue 14, no source: "movement" is no sector term; set right after the group, it renames the group)
    src = _source_of("The Taliban, a movement that seized Kabul in 2021, has banned girls from secondary schools.",
                     "seized")
    assert src is not None and src.code == "AFGINS", src
    assert "in apposition to" in src.why


def test_an_alliance_that_led_the_ground_war_is_the_body_named_before_it():
    # ("alliance" alone would be read as an act noun, whose doer was sought and not found)
    src = _source_of("Nato, an alliance that has backed Kyiv since 2022, condemned the strike on Odesa.", "backed")
    assert src is not None and src.code == "IGOWSTNAT", src


def test_a_described_person_or_country_is_not_renamed():
    # a country is described, not renamed, by its apposition: the description's doer stays the country's reading
    res = code_text("Chad, a country that sent troops to Mali in 2013, withdrew them last year.", date="2021-06-01")
    sent = [e for e in res.events if e.trigger_text.startswith("sent")]
    assert all(e.source is None or e.source.code.startswith("TCD") for e in sent), sent
    assert all("in apposition to" not in (e.source.why if e.source else "") for e in sent), sent


def _by_trigger(text, trigger):
    res = code_text(text, date="2021-06-01")
    evs = [e for e in res.events if e.trigger_text == trigger]
    assert evs, [(e.trigger_text, e.source) for e in res.events]
    return evs[0]


def test_what_a_described_group_is_known_for_is_no_act_of_the_article():
    # (coding/sides.py: the one doer of the article's acts of force; a group's background, told in a relative clause
    # on its description, is not a second doer of them)
    e = _by_trigger("Nine civilians were killed in southern Somalia this week, elders said. Kenyan jets bombed a camp "
                    "on Monday. On Tuesday, Kenyan troops shelled a village. Residents said al-Shabaab, a group that "
                    "has fought the Somali army for a decade, had left the area.", "killed")
    assert e.source is not None and e.source.code == "KENMIL", (e.source, e.rule)


def test_a_toll_does_not_follow_what_a_described_group_is_known_for():
    # (coding/doers.py: a toll told after acts of force is the last act's; a description's background is none)
    e = _by_trigger("Kenyan jets bombed a camp near Kismayo on Monday. On Tuesday, Kenyan troops shelled the village "
                    "of Dhobley. Elders said al-Shabaab, a group that has fought the Somali army for a decade, had left "
                    "the area. Nine civilians were killed and a school was destroyed.", "killed")
    assert e.source is not None and e.source.code == "KENMIL", (e.source, e.rule)
