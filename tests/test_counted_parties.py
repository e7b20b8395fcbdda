"""A counted description ("both sides", "the two men", "the two countries", "both governments") stands for the
parties one earlier sentence names together (knowledge/coref_sets.py), who then act towards each other in a mutual
act (coding/reciprocal.py), or are each the target of a third party's act. Passages written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def _dyads(evs, word):
    return {(x.source.code if x.source else None, x.target.code if x.target else None) for x in at(evs, word)}


def test_the_two_sides_after_two_delegations_met_agree_with_each_other():
    evs = events_of("Japanese and Chinese officials held a meeting in Beijing on Thursday. The two sides agreed to "
                    "reopen a hotline between their coastguards.", date="2021-11-18")
    assert _dyads(evs, "agreed") == {("JPNGOV", "CHNGOV"), ("CHNGOV", "JPNGOV")}, dump(evs)


def test_the_two_men_after_a_phone_call_discussed_with_each_other():
    evs = events_of("The Indian prime minister, Narendra Modi, telephoned the Pakistani prime minister, Imran Khan, "
                    "on Sunday. The two men discussed the flooding along the border.", date="2020-08-30")
    assert _dyads(evs, "discussed") == {("INDGOV", "PAKGOV"), ("PAKGOV", "INDGOV")}, dump(evs)


def test_both_governments_after_two_countries_named_agree_to_restore_ties():
    evs = events_of("Kenya and Somalia recalled their ambassadors last year. Both governments have now agreed to "
                    "restore diplomatic ties.", date="2021-05-07")
    assert _dyads(evs, "restore") == {("KENGOV", "SOMGOV"), ("SOMGOV", "KENGOV")}, dump(evs)


def test_the_two_countries_resume_talks_with_each_other():
    evs = events_of("Egypt and Sudan have quarrelled for years over the Nile dam. The two countries agreed on Monday "
                    "to resume technical talks.", date="2022-03-14")
    assert _dyads(evs, "resume") == {("EGY", "SDN"), ("SDN", "EGY")}, dump(evs)


def test_ministers_from_the_two_countries_met_each_other():
    evs = events_of("Qatar and Bahrain have feuded over fishing rights for a decade. Foreign ministers from the two "
                    "countries met in Kuwait on Saturday.", date="2021-01-09")
    assert _dyads(evs, "met") == {("QATGOV", "BHRGOV"), ("BHRGOV", "QATGOV")}, dump(evs)


def test_both_sides_as_the_target_of_a_third_party_are_each_of_them():
    evs = events_of("Greece and Turkey exchanged warnings over drilling on Tuesday. The EU condemned both sides for "
                    "the escalation.", date="2020-08-25")
    assert _dyads(evs, "condemned") == {("IGOEUREEC", "GRC"), ("IGOEUREEC", "TUR")}, dump(evs)


def test_two_countries_after_three_named_are_no_set():
    evs = events_of("Colombia, Ecuador and Peru sent envoys to the meeting in Quito. The two countries agreed on "
                    "Monday to resume talks.", date="2019-02-20")
    got = at(evs, "resume") + at(evs, "agreed")
    assert not any(x.target is not None for x in got), dump(evs)


def test_both_sides_of_a_border_are_no_parties():
    evs = events_of("Greece and Turkey exchanged warnings over drilling on Tuesday. The EU pledged aid to villages on "
                    "both sides of the border.", date="2020-08-25")
    assert not any(x.target is not None and x.target.code in ("GRC", "TUR", "GRCGOV", "TURGOV")
                   for x in evs if x.sentence == 1), dump(evs)


# a third party the parser hung on a description of the first two (coding/appos_list.described_conjuncts)

def test_a_third_party_after_a_description_of_the_first_two_is_a_doer_too():
    evs = events_of("Pakistan and China, both close partners of the Taliban government, and Iran, a wary neighbour, "
                    "will try to negotiate a border deal next week.", date="2022-04-04")
    assert {x.source.code for x in at(evs, "try to negotiate") if x.source} == {"PAK", "CHN", "IRN"}, dump(evs)


def test_a_third_party_after_an_apposition_holds_talks_with_the_others():
    evs = events_of("Kenya and Uganda, longtime rivals in the region, and Tanzania, a founding member of the bloc, "
                    "held talks in Arusha on Tuesday.", date="2019-10-08")
    assert ("TZA", "KEN") in _dyads(evs, "held") and ("UGA", "TZA") in _dyads(evs, "held"), dump(evs)


def test_a_description_of_two_with_no_third_party_stays_two():
    evs = events_of("Kenya and Uganda, both members of the bloc, condemned the coup in Khartoum.", date="2021-10-26")
    assert {x.source.code for x in at(evs, "condemned") if x.source} == {"KEN", "UGA"}, dump(evs)


def test_ministers_of_the_three_countries_named_together_before_a_sentence_that_names_them_apart():
    evs = events_of("The three mediators – Kenya, Ethiopia and Uganda – will gather in Nairobi next month to discuss the "
                    "ceasefire. On the same day, dozens of rebel factions will meet elsewhere. Kenya, which hosts the "
                    "talks, wants a quick deal with its partners Ethiopia and Uganda. Before the summit, army "
                    "commanders from the three countries gathered in Mombasa on Sunday.", date="2021-05-07")
    assert {s for s, _ in _dyads(evs, "gathered")} == {"KENMIL", "ETHMIL", "UGAMIL"}, dump(evs)


def test_no_parties_from_an_earlier_pair_that_leaves_out_the_nearer_one():
    evs = events_of("Kenya and Ethiopia signed a border pact last year. Uganda is angry. Both countries have since "
                    "recalled their envoys.", date="2021-05-07")
    assert not {s for s, _ in _dyads(evs, "recalled")} & {"KEN", "ETH", "KENGOV", "ETHGOV"}, dump(evs)
