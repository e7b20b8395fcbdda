"""The country a withdrawal leaves, named as the noun's modifier (issue 14, no target), session 29, on sentences written
for these tests: a withdrawal noun (data/coding/place_targets.tsv `left-noun`) whose compound modifier names a
country other than the doers' own is the country left, as its "from" phrase is ("the president's Syria withdrawal";
coding/place_modifier.modifier_slots, read by coding/place_targets.py for withdrawals). A town there says only
where; the doers' own country ("the US withdrawal") is their name, never the target."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-04")


def withdrawals(evs):
    return [e for e in evs if e.cameo.startswith("087")]


def sides(evs):
    return [(e.source.code if e.source else None, e.cameo, e.trigger_text, e.target.code if e.target else None)
            for e in evs]


def test_possessor_and_country_modifier_give_the_country_left():
    evs = withdrawals(events_of("Analysts said Moscow's Syria withdrawal had surprised its allies."))
    assert evs and evs[0].target is not None and evs[0].target.code == "SYR", sides(evs)
    assert evs[0].source is not None and evs[0].source.country == "RUS", sides(evs)
    assert "withdrew from" in evs[0].rule


def test_pullout_with_by_agent_and_country_modifier():
    evs = withdrawals(events_of("The Afghanistan pullout by Washington left its partners exposed, diplomats said."))
    assert evs and evs[0].target is not None and evs[0].target.code == "AFG", sides(evs)


def test_doers_own_country_modifier_is_no_target():
    evs = withdrawals(events_of("The US withdrawal angered allies in the region."))
    assert evs and evs[0].target is None, sides(evs)


def test_a_city_modifier_says_only_where():
    evs = withdrawals(events_of("Paris said its Timbuktu withdrawal was orderly."))
    assert not evs or evs[0].target is None, sides(evs)


def test_modifier_naming_the_doers_own_country_gives_no_people_target():
    # (a bare doer placed in the modifier's country: the modifier is no ground of its own it left)
    evs = withdrawals(events_of("Critics said the president's Iraq withdrawal had emboldened the militants."))
    assert not evs or evs[0].target is None or evs[0].target.code not in ("IRQCVL",), sides(evs)
