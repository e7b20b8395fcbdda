"""Targets given through an object (issue 14 item 4), session 30, on sentences written for these tests: the act
names a thing, and its target is the side that thing stands for (coding/object_sides.py, data/coding/
object_sides.tsv): the seller of goods bought, the owner of the building a protest is held at, the state holding a
person whose extradition is demanded, the owner of what sanctions' measures target; and the object of a promised
verb coordinated with another, or an object pronoun there (coding/addressees.complement_parties)."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-05-14")


def at(evs, trigger):
    return [e for e in evs if e.trigger_text.startswith(trigger)]


def sides(evs):
    return [(e.source.code if e.source else None, e.cameo, e.trigger_text, e.target.code if e.target else None)
            for e in evs]


def test_pledging_money_to_buy_a_countrys_jets_is_aimed_at_the_seller():
    evs = at(events_of("Cairo pledged $2bn to buy Russian fighter jets, officials said on Tuesday."), "pledged")
    assert evs and evs[0].target is not None and evs[0].target.code == "RUS", sides(evs)
    assert "the seller" in evs[0].target.why


def test_a_deal_to_buy_a_countrys_missiles_is_aimed_at_the_seller_not_the_goods():
    evs = at(events_of("India agreed to purchase American drones and helicopters worth $3bn."), "agreed")
    assert evs and evs[0].target is not None and evs[0].target.code == "USA", sides(evs)


def test_buying_ones_own_countrys_goods_names_no_seller():
    evs = at(events_of("The French navy pledged €1bn to buy French submarines."), "pledged")
    assert not evs or evs[0].target is None or evs[0].target.code != "FRA", sides(evs)


def test_a_protest_in_front_of_a_groups_building_is_aimed_at_the_group():
    evs = at(events_of("Dozens of women staged a protest in front of a Hamas building in Gaza City."), "staged")
    assert evs and evs[0].target is not None and evs[0].target.code.startswith("PSE"), sides(evs)
    assert evs[0].target.entity is not None and "owner 'Hamas'" in evs[0].rule, sides(evs)


def test_a_protest_on_a_verb_hung_site_is_aimed_at_its_owner():
    evs = at(events_of("The reporter was arrested after filming a farmers' protest in front of a Hezbollah building "
                       "in Tyre."), "protest")
    assert evs and evs[0].target is not None and evs[0].target.entity is not None, sides(evs)
    assert "Hezbollah" in (evs[0].target.name or evs[0].target.text), sides(evs)


def test_a_demand_for_extradition_is_made_of_the_state_the_person_lives_in():
    evs = at(events_of("Islamabad renewed its demand for the extradition of Ahmed Khan, a businessman living in "
                       "Britain."), "renewed")
    assert evs and evs[0].target is not None and evs[0].target.code == "GBRGOV", sides(evs)
    assert "holding 'Khan'" in evs[0].target.why


def test_an_extradition_demand_noun_overrides_the_person_named():
    evs = at(events_of("The spokesman said Ankara's demand for the extradition of Ali Demir, a businessman living in "
                       "Germany, was under review."), "demand")
    assert evs and evs[0].target is not None and evs[0].target.code == "DEUGOV", sides(evs)


def test_sanctions_coordinated_with_measures_targeting_a_countrys_industry_aim_at_the_country():
    evs = at(events_of("The Washington decision to reimpose sanctions lifted under the previous president, as well "
                       "as new measures targeting Cuba's tourism and shipping industries, has left Mexico caught "
                       "between its two partners."), "reimpose")
    assert evs and evs[0].target is not None and evs[0].target.code == "CUB", sides(evs)
    assert "aims at" in evs[0].rule


def test_a_promise_to_drill_and_discipline_them_is_aimed_at_whom_them_stands_for():
    evs = at(events_of("The programme has recruited hundreds of Syrian rebels. Turkey promised to drill and "
                       "discipline them."), "promised")
    assert evs and evs[0].target is not None and evs[0].target.code == "SYRREB", sides(evs)


def test_a_gathering_named_by_its_place_is_hosted_by_the_one_the_story_names_there():
    evs = at(events_of("Moscow's conference of Libyan factions will open in the Russian city of Kazan on Monday. "
                       "The UN envoy rejected the Kazan conference as premature."), "rejected")
    assert evs and evs[0].target is not None and evs[0].target.code == "RUSGOV", sides(evs)
    assert "the host the story names" in evs[0].rule


def test_a_gathering_place_with_no_host_in_the_story_names_no_host():
    evs = at(events_of("Delegations will gather in the Russian city of Kazan on Monday. "
                       "The UN envoy rejected the Kazan conference as premature."), "rejected")
    assert not evs or "the host the story names" not in evs[0].rule, sides(evs)


def test_measures_read_as_a_second_subject_still_aim_the_sanctions():
    evs = at(events_of("The Canadian decision to reimpose sanctions lifted under the former government, as well as "
                       "new measures targeting Iran's oil and shipping industries has left Iraq caught between "
                       "its partners."), "reimpose")
    assert evs and evs[0].target is not None and evs[0].target.code == "IRN", sides(evs)


def test_acquiring_a_countrys_firm_names_no_seller_state():
    evs = events_of("The Chinese state firm agreed to acquire the German company Kuka for $4bn.")
    assert not any(e.target is not None and "the seller" in (e.target.why or "") for e in evs), sides(evs)
