"""The other party of an act, named where the coder missed it (issue 14, no target): two full names joined by "and"
that the parser read as one name (coding/name_pairs.py), the town a named official visits (its state's government
hosts him: coding/place_targets.place_target), and a body a refusal's "to V" names by a name on a hyphened
participle ("refused to hand the files to the X-run board": coding/addressees._names_party). Sentences
written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, exactly_at


events_of = events_on("2019-03-12")


def dump(evs):
    return [(e.trigger_text, e.cameo, e.source and e.source.code, e.target and e.target.code) for e in evs]


def test_two_full_names_read_as_one_discuss_with_each_other():
    evs = events_of("Donald Trump and Angela Merkel discussed trade tariffs on Friday.")
    e = exactly_at(evs, "discussed")
    pairs = {(x.source and x.source.code, x.target and x.target.code) for x in e}
    assert ("USAGOV", "DEUGOV") in pairs and ("DEUGOV", "USAGOV") in pairs, dump(evs)


def test_two_full_names_read_as_one_both_act():
    evs = events_of("Donald Trump and Angela Merkel condemned the seizure of the Ukrainian ships.")
    e = exactly_at(evs, "condemned")
    assert {x.source and x.source.code for x in e} >= {"USAGOV", "DEUGOV"}, dump(evs)


def test_named_official_visiting_a_town_is_hosted_by_its_government():
    evs = events_of("Sergei Lavrov visited Aleppo on Wednesday.")
    e = exactly_at(evs, "visited")
    assert e and e[0].source.code == "RUSGOV" and e[0].target is not None and e[0].target.code == "SYRGOV", dump(evs)


def test_named_official_visiting_a_town_at_home_has_no_host():
    evs = events_of("Bashar al-Assad visited Aleppo on Wednesday.")
    e = exactly_at(evs, "visited")
    assert e and e[0].target is None, dump(evs)


def test_a_charity_visiting_a_town_has_no_host():
    evs = events_of("Amnesty International visited Aleppo on Wednesday.")
    e = exactly_at(evs, "visited")
    assert not any(x.target is not None and x.target.code == "SYRGOV" for x in e), dump(evs)


def test_refusal_to_join_a_body_named_by_a_hyphened_participle():
    evs = events_of("The schools in Idlib refused to be attached to the HTS-run education office.")
    e = exactly_at(evs, "refused")
    assert e and e[0].target is not None and e[0].target.code.endswith("INS"), dump(evs)


def test_a_side_s_own_insurgency_is_no_party_it_fights_the_state():
    evs = events_of("The Baloch Liberation Army has fought a bloody insurgency in Pakistan.")
    e = exactly_at(evs, "fought")
    assert e and e[0].target is not None and e[0].target.code.startswith("PAK") \
        and not e[0].target.code.endswith("INS"), dump(evs)


def test_troops_fighting_the_insurgency_fight_the_insurgents():
    evs = events_of("French troops fought the insurgency in Mali for years.")
    e = exactly_at(evs, "fought")
    assert e and e[0].target is not None and e[0].target.code.endswith("INS"), dump(evs)


def test_held_captive_shares_the_next_verb_s_object():
    evs = events_of("Armed men held captive and tortured two British aid workers.")
    e = exactly_at(evs, "held")
    assert e and e[0].target is not None and e[0].target.code.startswith("GBR"), dump(evs)


def test_people_killed_are_no_act_of_their_own():
    evs = events_of("Isis killed prisoners in Raqqa.")
    e = exactly_at(evs, "killed")
    assert e and e[0].target is not None and e[0].target.code == "SYRCVL", dump(evs)
