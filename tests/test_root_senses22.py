"""Real acts and their roots (issue 14: real, root), session 22. Sentences written for these tests.

* a naming verb whose label is a condemning adjective ("called the arrests illegal", "called the decision
  unacceptable") is a criticism (111, coding/senses.py: the adjective object predicate is the `oprd` slot, its kinds
  from argument_kinds.tsv `label`; also an adjective the parser hung at the object's end: "called Peru's expulsion
  of the envoys unacceptable"), not the act named in its object (no arrest coded on "called the arrests");
  a praising or neutral adjective ("called the evidence reliable") is no criticism; the act named in the object of a
  naming verb with a label is not the namer's own (no light verb reading: coding/noun_clauses._named_act), so
  "called the invasion a tragedy" makes the president no invader, while "called a strike" stays a strike; a label
  hung as a participle on a criticism by the same speaker tells it again ("condemned the ruling, calling it a
  mistake": one event, coding/acts._restated);
* rejecting, dismissing or ignoring a call or a demand is a plain rejection (120), not a rejected demand for a change
  of leadership (1231), which a resignation, an ouster or an impeachment as the object stays (a call "for" one is
  read as a plain rejection too: the row tests the object only);
* picking up children, or being picked up by a car or a taxi, is no arrest (173); picking up suspects stays one;
* agreeing to an interview is no political act;
* the "to V" of a pledge reneged on ("reneged on its promise to withdraw", "reneged on millions in pledges to", also
  where the parser hangs the "to V" on "reneged") is no act done nor announced (complements.tsv: renege `broken`,
  `irrealis`; coding/embedded_acts.unmet).
"""
from __future__ import annotations

import pytest

from eventwire.coding.lexicon import default_lexicon
from tests.coded_sentences import all_events_of, at, dump


def roots(text, word):
    evs = all_events_of(text)
    return [e.cameo for e in at(evs, word)], evs


@pytest.mark.parametrize("text, word, want", [
    ("The Ghanaian opposition called the arrests illegal.", "called", "111"),
    ("Chile's foreign minister called the detention of the two activists unlawful.", "called", "111"),
    ("The Ecuadorean president called the decision unacceptable.", "called", "111"),
    ("Oman called the strikes a violation of its sovereignty.", "called", "111"),
    ("Chile's foreign minister called Bolivia's expulsion of the two diplomats unacceptable.", "called", "111"),
    ("The Chilean minister called the expulsion of the diplomats a mistake.", "called", "111"),
    ("The union called a strike in the Bolivian mines.", "called", "143"),
    ("Venezuela rejected Colombia's demands for an inquiry.", "rejected", "120"),
    ("The Kenyan president dismissed calls for a ceasefire.", "dismissed", "120"),
    ("Police in Lagos picked up three men suspected of robbery.", "picked", "173"),
])
def test_root(text, word, want):
    got, evs = roots(text, word)
    assert got and all(c == want for c in got), (got, dump(evs))


def test_labelled_act_is_not_coded_as_the_act():
    evs = all_events_of("The Ghanaian opposition called the arrests illegal.")
    assert not [e for e in evs if e.cameo.startswith("17")], dump(evs)
    # the one who names an act is not its doer, also with a label that is no criticism
    evs = all_events_of("The Ghanaian president called the invasion a tragedy.")
    assert not [e for e in evs if e.source is not None and e.source.country == "GHA" and e.cameo.startswith("19")], \
        dump(evs)


def test_label_hung_on_a_criticism_is_the_same_act():
    # "condemned the ruling, calling it a mistake": one criticism, not a second one on "calling"
    evs = all_events_of("The Chilean senator condemned the ruling, calling it a costly mistake by the Peruvian "
                        "government.")
    assert [e.cameo[:2] for e in evs].count("11") == 1, dump(evs)


@pytest.mark.parametrize("text, word", [
    ("The Guatemalan court called the evidence reliable.", "called"),
    ("Three Chilean kids were picked up by a consular delegation.", "picked"),
    ("The two Peruvian hikers were picked up by a taxi outside Quito.", "picked"),
    ("Two Bolivian ministers agreed to interviews on condition that they not be named.", "agreed"),
    ("Lima reneged on its promise to withdraw the troops from the border.", "withdraw"),
    ("The Danish ministry reneged on pledges to fund the Bolivian dam.", "fund"),
    ("The Kenyan cabinet reneged on millions in pledges to rebuild the Somali port.", "rebuild"),
])
def test_no_event(text, word):
    got, evs = roots(text, word)
    assert not got, (got, dump(evs))


def test_condemning_adjectives_are_labels_in_the_data_file():
    lex = default_lexicon()
    assert "label" in lex.word_kinds("illegal") and "label" in lex.word_kinds("unacceptable")
    assert "label" not in lex.word_kinds("reliable")
    assert lex.match_verb("call", args={"oprd": ("illegal", lex.word_kinds("illegal"))})[0].cameo == "111"
