"""Acts a sentence names without asserting them (issue 14, precision): the purpose of a preparation ("villagers
armed to fight the militants"), an outcome awaited in a present "until" clause, the complement of a denied purpose
("not to help X fight Y"), a plan no one owns ("the plan is to shell them"), and a negated passive agent ("not by
the army but by the militia": the militia is the doer). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_armed_to_fight_is_no_fight():
    evs = events_of("In Kirkuk province, Kurdish villagers armed to fight the militants now refuse to give up their rifles.")
    assert not [e for e in evs if e.cameo[:2] == "19"], dump(evs)


def test_trained_to_guard_is_no_act_of_force():
    evs = events_of("Hundreds of Somali recruits trained to attack al-Shabaab bases graduated in Mogadishu on Monday.")
    assert not at(evs, "attack"), dump(evs)


def test_a_real_fight_by_armed_villagers_stays():
    evs = events_of("Armed Kurdish villagers fought the militants near Kirkuk on Sunday.")
    assert [e for e in evs if e.cameo[:2] == "19"], dump(evs)


def test_until_clause_in_the_present_is_awaited():
    evs = events_of("The UK has 500 soldiers in Mali and says they will remain until it is clear the insurgents are defeated.")
    assert not [e for e in evs if e.cameo[:2] == "19"], dump(evs)


def test_until_clause_under_an_adjective_is_awaited():
    evs = events_of("Chad says its soldiers will remain in Niger until it is clear that Boko Haram is defeated.")
    assert not [e for e in evs if e.cameo[:2] in ("13", "19")], dump(evs)


def test_until_clause_in_the_past_stays():
    evs = events_of("Nigerian soldiers shelled the town until Boko Haram fighters surrendered on Friday.")
    assert [e for e in evs if e.cameo[:2] == "19"], dump(evs)


def test_denied_purpose_complement_is_not_asserted():
    evs = events_of("The move was driven by its wish to push back the rebels, not to help French troops fight "
                    "al-Shabaab or assist the government.")
    assert not at(evs, "fight") and not at(evs, "assist"), dump(evs)


def test_ownerless_plan_is_no_intention():
    evs = events_of("\u201cThe plan is to shell them into surrender,\u201d said a Malian opposition politician.")
    assert not [e for e in evs if e.cameo[:2] in ("13", "19")], dump(evs)


def test_owned_plan_stays_an_intention():
    evs = events_of("The Ethiopian army's plan is to bomb the rebels into surrender.")
    assert [e for e in evs if e.cameo[:2] == "13"], dump(evs)


def test_not_by_x_but_by_y_makes_y_the_doer():
    evs = events_of("Dozens of homes were destroyed not by the Ethiopian army but by Eritrean troops.")
    got = at(evs, "destroyed")
    assert got and all(e.source and e.source.code.startswith("ERI") for e in got), dump(evs)


def test_not_by_x_or_z_comma_but_by_y():
    evs = events_of("The shells were fired not by the Syrian army or Iran, but by Kurdish militias.")
    got = at(evs, "fired")
    assert got, dump(evs)
    assert all(e.source and "militias" in e.source.text for e in got), dump(evs)


def test_what_a_backing_sought_is_for_is_no_threat():
    evs = events_of("Ankara sought Moscow\u2019s backing to use the airspace over Idlib and to conduct the offensive.")
    assert not [e for e in evs if e.cameo[:2] in ("13", "19")], dump(evs)
    assert [e for e in evs if e.cameo[:2] == "02"], dump(evs)


def test_not_by_x_alone_names_no_doer():
    evs = events_of("The clinic in Juba was bombed not by South Sudan's army.")
    got = at(evs, "bombed")
    assert got, dump(evs)
    assert all(e.source is None for e in got), dump(evs)


def test_parties_denied_the_act_are_not_its_ground():
    evs = events_of("Aid workers pulled families from the ruins of houses shelled not by the Sudanese army or Chad, "
                    "but by the RSF militia.")
    got = at(evs, "shelled")
    assert got, dump(evs)
    assert all(e.source and e.source.code.startswith("SDN") for e in got), dump(evs)
    assert all(e.target is None or e.target.code != "TCD" for e in got), dump(evs)


def test_plain_by_phrase_still_names_the_doer():
    evs = events_of("The clinic in Juba was bombed by South Sudan's army.")
    got = at(evs, "bombed")
    assert got and all(e.source and e.source.code == "SSDMIL" for e in got), dump(evs)
