"""An event noun's sense by who does it (issue 14): the `subj:@kind` lexicon test applied to the noun's own doer --
its possessor, actor modifier, "by" phrase or its light verb's subject. A state's protest is an official complaint
(114), a crowd's a demonstration (14x); a state's or an armed group's strikes are military strikes, workers' a
walk-out; a gathering of states is a meeting. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.coding.lexicon import Lexicon, default_lexicon
from coded_sentences import events_on

HEADER = "id\tpos\tlemma\tparticle\tobject\tprep\ttarget\tcameo\texample\n"
STATE = frozenset({"actor", "state"})
CROWD = frozenset({"actor"})


events_of = events_on("2021-03-09", unattributed=True)


def at(text, word):
    evs = events_of(text)
    got = [e for e in evs if e.pattern.split(".")[1].startswith(("n-" + word))]
    assert got, [(e.cameo, e.pattern, e.trigger_text) for e in evs]
    return got[0]


# ------------------------------------------------------------------ the lexicon mechanism
def test_a_noun_row_with_a_doer_test_matches_only_when_the_doer_passes_it():
    lex = default_lexicon()
    assert lex.has_senses("protest")
    assert lex.match_noun("protest", {"at"})[0].cameo.startswith("14")
    assert lex.match_noun("protest", {"at"}, args={"subj": ("student", CROWD)})[0].cameo.startswith("14")
    hit = lex.match_noun("protest", {"at"}, args={"subj": ("turkey", STATE)})[0]
    assert hit.cameo == "114" and hit.prep == "at"
    # the doer's sense comes before the crowd's prep rows ("the ministers' gathering in Oslo")
    assert lex.match_noun("gathering", {"in"}, args={"subj": ("minister", STATE)})[0].cameo == "040"
    assert lex.match_compound("protest", ["formal"], {"over"}, args={"subj": ("ankara", STATE)})[0].cameo == "114"


def test_a_noun_takes_only_subject_tests(tmp_path):
    d = tmp_path / "lex"
    d.mkdir()
    (d / "11_disapprove.tsv").write_text(
        HEADER
        + "114.n-note-state\tN\tnote\t-\tsubj:@state\t-\tnone\t114\tx\n"
        + "114.n-note-bad\tN\tnote\t-\tof:@hazard\tof\tprep\t114\tx\n")
    lex = Lexicon.load(data_dir=d)
    problems = lex.validate()
    assert any("114.n-note-bad" in p or "of:@hazard" in p for p in problems), problems
    assert not any("114.n-note-state" in p for p in problems), problems
    assert [e.id for e in lex.match_noun("note", args={"subj": ("x", STATE)})] == ["114.n-note-state"]
    assert lex.match_noun("note") == []


# ------------------------------------------------------------------ protest
@pytest.mark.parametrize("text", [
    "Portugal's protest at the fishing quotas came a day after the summit.",
    "The Dutch foreign ministry's protest over the expulsion of its consul came on Tuesday.",
    "A protest by the Peruvian government followed the seizure of the trawler.",
])
def test_a_states_protest_is_an_official_complaint(text):
    assert at(text, "protest").cameo == "114"


@pytest.mark.parametrize("text", [
    "The nurses' protest at the hospital turned violent.",
    "The dockers' protest over unpaid wages came after the budget.",
])
def test_a_crowds_protest_stays_a_demonstration(text):
    assert at(text, "protest").cameo.startswith("14")


def test_a_protest_lodged_with_an_envoy_names_the_envoy_as_target():
    e = at("Lisbon's protest with the Spanish ambassador came a day later.", "protest")
    assert e.cameo == "114" and e.target is not None and e.target.country == "ESP", (e.target,)


# ------------------------------------------------------------------ strike, gathering
def test_an_armys_strikes_are_military_and_workers_strikes_a_walk_out():
    assert at("The Israeli army's strikes went on overnight.", "strike").cameo.startswith("19")
    assert at("The dockers' strike against the port company entered its third week.", "strike").cameo == "143"


def test_a_gathering_of_states_is_a_meeting():
    assert at("The foreign ministers' gathering in Oslo ended without a deal.", "gathering").cameo == "040"
    assert at("The villagers' gathering in the square ended peacefully.", "gathering").cameo.startswith("14")


def test_a_prep_row_of_the_doers_sense_keeps_its_target():
    lex = default_lexicon()
    hit = lex.match_noun("strike", {"on"}, args={"subj": ("army", STATE)})[0]
    assert hit.cameo.startswith("19") and hit.prep == "on"


def test_a_country_the_lists_know_only_with_its_article_is_a_state():
    # "US", "UK" alone: the actor lists know "the US"; not a town
    assert at("Three commanders died in a US strike near the river.", "strike").cameo.startswith("19")
    assert at("A UK protest over the arrests followed on Monday.", "protest").cameo == "114"
