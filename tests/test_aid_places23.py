"""The place an act of aid (or a truce) is for, named only in its purpose clause or by "into" (coding/aid_purpose.py
purpose_places, coding/place_targets.py _aid_target), and the own peacekeepers a withdrawal takes out, which are never
its target (coding/roles.py, data/coding/roles.tsv `own-withdrawal-verb`). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_funds_given_to_promote_farming_in_a_country():
    evs = events_of("Norway gave 40 million euros to promote farming and rural development in Malawi.")
    given = at(evs, "gave")
    assert given and all(e.target is not None and e.target.code == "MWICVL" for e in given), dump(evs)


def test_funds_allocated_to_meet_needs_in_a_country():
    evs = events_of("The Swedish government is allocating 30 million euros in humanitarian support to meet the "
                    "needs of families in Sudan.")
    given = at(evs, "allocating")
    assert given and all(e.target is not None and e.target.country == "SDN" for e in given), dump(evs)


def test_aid_of_no_one_kind_given_in_a_country():
    evs = events_of("Denmark provided food aid in Somalia.")
    given = at(evs, "provided")
    assert given and all(e.target is not None and e.target.code == "SOMCVL" for e in given), dump(evs)


def test_medicine_flown_into_a_country():
    evs = events_of("Oxfam flew 13 tons of medicine into Sudan.")
    flown = at(evs, "flew")
    assert flown and all(e.target is not None and e.target.country == "SDN" for e in flown), dump(evs)


def test_military_aid_to_fight_a_group_names_no_beneficiary_place():
    evs = events_of("The US provided military aid to fight Islamic State in Iraq.")
    assert all(e.target is None or e.target.code != "IRQCVL" for e in at(evs, "provided")), dump(evs)


def test_the_giver_s_own_country_is_no_target():
    evs = events_of("Norway provided 3 million dollars to rebuild schools in Norway.")
    assert all(e.target is None for e in at(evs, "provided")), dump(evs)


def test_a_place_inside_a_nested_clause_is_not_where_the_aid_goes():
    evs = events_of("Canada gave 5 million dollars to pay for shelters for those who fled fighting in Sudan.")
    assert all(e.target is None or e.target.country != "SDN" for e in at(evs, "gave")), dump(evs)


def test_peacekeepers_withdrawn_are_the_doer_s_own():
    evs = events_of("The African Union withdrew peacekeepers from a base in Somalia.")
    out = at(evs, "withdrew")
    assert out and all(e.target is not None and e.target.code == "SOM" for e in out), dump(evs)


def test_expelled_peacekeepers_are_another_s():
    evs = events_of("Mali expelled UN peacekeepers.")
    out = at(evs, "expelled")
    assert out and all(e.target is not None and e.target.code.startswith("IGOUNO") for e in out), dump(evs)


def test_a_truce_named_for_the_fighting_in_a_foreign_country():
    # (coding/place_targets.py: the place a ceasefire's purpose clause names, coding/aid_purpose.py purpose_places)
    evs = events_of("Saudi Arabia announced a truce to halt the fighting in Sudan.")
    truce = [e for e in evs if e.cameo == "0871"]
    assert truce and all(e.target is not None and e.target.country == "SDN" for e in truce), dump(evs)


def test_peacekeepers_of_a_contingent_withdrawn_from_a_country():
    evs = events_of("Ghana withdrew a contingent of 300 peacekeepers from Lebanon in May.")
    out = at(evs, "withdrew")
    assert out and all(e.target is not None and e.target.code == "LBN" for e in out), dump(evs)
