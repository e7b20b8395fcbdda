"""Argument senses: one verb, several CAMEO codes, chosen by the kind of its object, prepositional object or clause
(lexicon rows with `@kind` object tests; coding/senses.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.coding.lexicon import Lexicon, default_lexicon
from coded_sentences import events_of

HEADER = "id\tpos\tlemma\tparticle\tobject\tprep\ttarget\tcameo\texample\n"


def codes(text, date="2020-03-04"):
    evs = events_of(text, date)
    return {(e.pattern, e.cameo) for e in evs}


def cameo_at(text, trigger, date="2020-03-04"):
    res = code_text(text, date=date)
    got = [e for e in res.events if e.trigger_text.split()[0].startswith(trigger)]
    assert got, f"nothing coded at {trigger!r}: {[(e.trigger_text, e.cameo) for e in res.events]}"
    return got[0]


# ------------------------------------------------------------------ the lexicon mechanism
def test_kind_rows_match_only_with_arguments():
    lex = default_lexicon()
    assert lex.has_senses("warn") and lex.has_senses("defend") and not lex.has_senses("shell")
    # without the arguments the plain row wins
    assert lex.match_verb("defend")[0].cameo == "052"
    assert lex.match_verb("defend", args={"obj": ("town", frozenset({"place"}))})[0].cameo == "190"
    assert lex.match_verb("warn", preps={"of"}, args={"of": ("risk", frozenset({"hazard"}))})[0].cameo == "012"
    assert lex.match_verb("warn", preps={"of"}, args={"of": ("offensive", frozenset({"violent"}))})[0].cameo == "138"
    # a lemma test on the infinitive slot
    assert lex.match_verb("refuse", args={"inf": ("confirm", frozenset({"prospect"}))})[0].cameo == "011"
    assert lex.match_verb("refuse", args={"inf": ("meet", frozenset({"prospect"}))})[0].cameo == "120"


def test_word_kinds_come_from_the_data_file():
    lex = default_lexicon()
    assert "violent" in lex.word_kinds("offensive")
    assert "hazard" in lex.word_kinds("famine")
    assert "place" in lex.word_kinds("homeland")
    assert lex.word_kinds("sandwich") == frozenset()


def test_bad_and_unknown_argument_tests_are_reported(tmp_path):
    d = tmp_path / "lex"
    d.mkdir()
    (d / "01_statement.tsv").write_text(
        HEADER
        + "010.say\tV\tsay\t-\t-\t-\tnone\t010\tx\n"
        + "012.bad\tV\twarn\t-\tof:@nosuchkind\tof\tnone\t012\tx\n"
        + "012.bad2\tV\twarn\t-\tof:@a:b\tof\tnone\t012\tx\n"
        + "012.n-bad\tN\twarning\t-\t@hazard\t-\tnone\t012\tx\n")
    lex = Lexicon.load(data_dir=d)
    problems = lex.validate()
    assert any("unknown argument kind '@nosuchkind'" in p for p in problems)
    assert any("012.bad2" not in p and "bad argument test" in p for p in problems)
    assert any("verbs only" in p for p in problems)


# ------------------------------------------------------------------ warn
@pytest.mark.parametrize("text, cameo", [
    ("The army chief warned that his troops would storm the rebel town within days.", "138"),
    ("The defence ministry warned the separatists of a new offensive in the spring.", "138"),
    ("Two medical charities warned of a serious danger of cholera in the flooded camps.", "012"),
    ("The relief agency warned that many families could lose their shelters this winter.", "012"),
    ("The opposition warned that the governor was jailing journalists every week.", "112"),
    ("The teachers' union warned that it would not end the strike before the election.", "130"),
    ("The cabinet warned the neighbouring state against any incursion.", "130"),
])
def test_warn_takes_its_sense_from_what_is_warned_of(text, cameo):
    assert cameo_at(text, "warn").cameo == cameo


# ------------------------------------------------------------------ defend
@pytest.mark.parametrize("text, cameo", [
    ("Tribal fighters defended the oil town for a month.", "190"),
    ("The militia defended the bridge against a government assault.", "190"),
    ("Iraqi troops defended Mosul for weeks.", "190"),
    ("Russia defended Syria at the Security Council.", "052"),
    ("The finance minister defended the new tax on Monday.", "052"),
    ("The foreign minister defended his envoy's record at the summit.", "052"),
])
def test_defend_militarily_or_verbally(text, cameo):
    assert cameo_at(text, "defend").cameo == cameo


# ------------------------------------------------------------------ receive, agree, refuse, quit, thrash out
def test_receive_hosts_a_visitor_but_not_a_parcel():
    assert cameo_at("The Egyptian president received the Sudanese prime minister in Cairo.", "receiv").cameo[:2] == "04"
    assert not [c for p, c in codes("The laboratory in Geneva received soil samples from the Dutch army.")
                if p.startswith("043")]


def test_agree_with_a_person_is_accord():
    assert cameo_at("The Brazilian president said he agreed with Macron about the fires.", "agree").cameo == "019"
    # a state agreeing with a state on something stays an agreement
    assert cameo_at("Egypt agreed with Sudan on a plan for the dam.", "agree").cameo == "031"


def test_refusing_to_confirm_is_declining_comment():
    assert cameo_at("The Dutch defence ministry refused to confirm the report.", "refus").cameo == "011"
    assert cameo_at("The rebels refused the Dutch offer of talks.", "refus").cameo[:2] == "12"


def test_quit_on_allies_and_announced_resignation():
    assert cameo_at("The Gulf donors quit on the rebel alliance last year.", "quit").cameo == "160"
    # "will quit" is an intention to step down (034), not to release people (0353)
    assert cameo_at("The Peruvian interior minister will quit next month.", "quit").cameo == "034"


def test_thrash_out_a_deal_is_negotiation_not_a_beating():
    ev = cameo_at("Diplomats from Chile and Peru will try to thrash out a deal on fishing.", "try")
    assert ev.cameo[:2] in ("03", "04")


def test_raid_to_arrest_is_coercion_and_network_penetration_is_no_attack():
    assert cameo_at("Greek police raided the apartment to arrest two suspects.", "raid").cameo[:2] == "17"
    assert not codes("The Dutch intelligence service penetrated the gang's phone network.")


def test_invited_to_act_is_an_appeal_and_invited_to_visit_an_intent_to_meet():
    # an army invited to act: an appeal for military aid, 0232, since root15b (an appeal either way, not 036)
    assert cameo_at("The Kurdish council invited the Syrian army to protect the dam.", "invit").cameo == "0232"
    assert cameo_at("The Iranian president invited the Turkish president to visit Tehran.", "invit").cameo == "036"


def test_a_visit_to_inspect_is_an_investigation_not_a_diplomatic_visit():
    assert cameo_at("Amnesty researchers visited the ruined prison in Raqqa to photograph the cells.", "visit").cameo == "090"
    assert cameo_at("The Chilean foreign minister visited Lima on Monday.", "visit").cameo == "042"


# ------------------------------------------------------------------ speaking to the press
def test_speaking_to_the_press_is_no_consultation():
    # how a statement reached the reader: no talks with reporters or a newspaper
    assert not any(c.startswith("04") for _, c in codes(
        "Speaking to reporters in Nairobi, the Kenyan interior minister said the border would reopen."))
    assert not any(c.startswith("04") for _, c in codes(
        "The Ugandan commander talked to journalists after the parade on Monday."))
    # talking to a counterpart is still a consultation
    assert cameo_at("The Kenyan foreign minister spoke to his Ugandan counterpart on Monday.", "spoke").cameo.startswith("04")
