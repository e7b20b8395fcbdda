"""Issue 14, item 1 (claims29): a side's claim about its adversary's hostile act is its accusation (112 speaker ->
doer), not the act (coding/adversary_claims.py, data/coding/adversary_claims.tsv). Neutral reporters, a side's
account of its own acts and a third party's loss told by a plain "said" stay as they were. Sentences written for
these tests."""
from __future__ import annotations

from eventwire import code_text


def dyads(text, date="2021-05-04"):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in code_text(text, date=date).events]


def test_a_claim_that_the_adversary_breaks_the_law_is_an_accusation():
    got = dyads("The Venezuelan foreign minister claimed that Colombia was violating international law by hosting "
                "the exercises.")
    assert got == [("112", "VENGOV", "COL")], got


def test_a_claim_of_another_sides_assault_is_an_accusation():
    got = dyads("Serbia's defence ministry claimed that Kosovo police had beaten ethnic Serb protesters.")
    assert got == [("112", "SRBMIL", "XKXCOP")], got
    got = dyads("Ukraine's foreign ministry claimed that Russian forces had bombed a maternity hospital in the city.")
    assert got == [("112", "UKRGOV", "RUSMIL")], got


def test_an_allegation_of_an_attack_is_an_accusation_and_a_denial_answers_it():
    got = dyads("Tehran alleged that Saudi Arabia had attacked an Iranian tanker in the Red Sea.")
    assert got == [("112", "IRNGOV", "SAU")], got
    got = dyads("The Kremlin alleged that Ukraine had shelled a border village in Belgorod. Kyiv denied the claim.")
    assert ("112", "RUSGOV", "UKR") in got and not any(c.startswith("19") for c, _, _ in got), got


def test_a_side_claiming_its_adversary_hit_it_accuses_but_a_plain_report_of_the_attack_stays():
    got = dyads("Ethiopia claimed that Eritrean troops had shelled an Ethiopian border town.")
    assert got == [("112", "ETH", "ERIMIL")], got
    # (plain saying of an attack on the speaker: the victim's report of what befell it, kept as the act)
    got = dyads("Ethiopia said Eritrean troops had shelled an Ethiopian border town, killing four people.")
    assert got and got[0][0].startswith("19") and got[0][1] == "ERIMIL", got


def test_a_claim_of_an_intention_or_a_claim_only_allowed_is_no_accusation():
    got = dyads("The deal would allow Ankara to claim that it had driven the Kurdish militia from the border.")
    assert not any(c == "112" for c, _, _ in got), got


def test_a_side_saying_its_adversary_breaks_the_law_accuses_but_a_told_move_stays():
    got = dyads("The Armenian government says Azerbaijan is violating the ceasefire agreement.")
    assert got == [("112", "ARMGOV", "AZE")], got
    # (a move told by plain saying may be an ally's report: kept as the act)
    got = dyads("Syrian troops had moved into the border town, Moscow said, as talks with Ankara resumed.")
    assert not any(c == "112" for c, _, _ in got), got


def test_neutral_reporters_own_acts_and_third_party_losses_stay_acts():
    got = dyads("The Syrian Observatory for Human Rights said Turkish jets bombed a village near Afrin.")
    assert got and got[0][0].startswith("19") and got[0][1] == "TURMIL", got
    got = dyads("The Pakistani army said its soldiers had killed five militants in North Waziristan.")
    assert got and got[0][0].startswith("19"), got
    got = dyads("US officials said Russian jets struck a hospital in Idlib province.")
    assert got and got[0][0].startswith("19") and got[0][1] == "RUSMIL", got
