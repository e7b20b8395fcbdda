"""Targets through a word for an earlier act (issue 14, "no target"): a comment whose "that" clause says what an act
told before will do ("warned that the move could create new tensions") is aimed at that act's doer
(coding/earlier_acts.py, earlier_acts.tsv 010/012/013 `that` rows); "this"/"it" as the passive subject of a response
("this is opposed by X") stands for the act told just before (coding/pronoun_acts.py). Sentences written for these
tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _one(evs, word):
    got = at(evs, word)
    assert len(got) == 1, dump(evs)
    return got[0]


def test_a_warning_about_the_move_is_aimed_at_its_doer_in_the_same_sentence():
    evs = events_of("The Iranian president, Hassan Rouhani, said Washington would suffer for withdrawing from the "
                    "trade pact and warned that the move could create new tensions in the Gulf.")
    e = _one(evs, "warned")
    assert e.target is not None and e.target.country == "USA", dump(evs)
    assert "named 'the move'" in e.target.why and "('withdrawing', earlier in its sentence)" in e.target.why


def test_a_warning_about_the_decision_is_aimed_at_the_act_told_before():
    evs = events_of("Canada suspended arms sales to Riyadh on Monday. The Saudi foreign minister warned that the "
                    "decision would damage relations between the two countries.")
    e = _one(evs, "warned")
    assert e.target is not None and e.target.country == "CAN", dump(evs)
    assert "('suspended', 1 sentence(s) before), named 'the decision'" in e.rule


def test_this_as_what_a_warning_says_stands_for_the_act_told_before():
    evs = events_of("Ethiopia sent troops into the disputed region. The Sudanese foreign ministry warned that this "
                    "could lead to a new war.")
    e = _one(evs, "warned")
    assert e.target is not None and e.target.country == "ETH", dump(evs)
    assert "the act 'this' stands for ('sent'" in e.target.why


def test_this_as_a_passive_subject_is_the_plan_told_before():
    evs = events_of("Reports say the Egyptian army is training a new force of Libyan tribal fighters near the "
                    "border. Naturally, this is opposed by the government in Tripoli.")
    e = _one(evs, "opposed")
    assert e.target is not None and e.target.code == "EGYMIL", dump(evs)


def test_it_condemned_in_the_passive_is_the_act_told_before():
    evs = events_of("Kenya closed its border with Somalia on Tuesday. It was condemned by the African Union.")
    e = _one(evs, "condemned")
    assert e.target is not None and e.target.country == "KEN", dump(evs)
    assert "the act 'It' stands for ('closed', 1 sentence(s) before)" in e.target.why, e.target.why


def test_a_warning_about_its_own_side_s_move_takes_no_target_from_it():
    evs = events_of("Canada suspended arms sales to Riyadh on Monday. The Canadian foreign minister warned that the "
                    "decision would cost jobs.")
    for e in at(evs, "warned"):
        assert e.target is None or e.target.country != "CAN", dump(evs)


def test_a_move_of_two_other_sides_is_not_plain():
    evs = events_of("Russian jets bombed the rebel town on Monday. Turkish artillery shelled Kurdish villages nearby. "
                    "The Iranian foreign minister warned that the move could widen the war.")
    for e in at(evs, "warned"):
        assert e.target is None or e.target.country not in ("RUS", "TUR"), dump(evs)


def test_an_act_told_earlier_in_the_sentence_is_the_move_even_after_other_sides_acts():
    evs = events_of("Russian jets bombed the rebel town on Monday. Rebels seized two villages nearby. The Iranian "
                    "president said Washington would suffer for withdrawing from the trade pact and warned that the "
                    "move could create new tensions in the Gulf.")
    e = _one(evs, "warned")
    assert e.target is not None and e.target.country == "USA", dump(evs)


def test_the_it_of_a_clause_agreed_is_no_act_told_before():
    evs = events_of("Kenya closed its border with Somalia on Tuesday. It was agreed by both governments that "
                    "traders would be allowed to cross.")
    for e in at(evs, "agreed"):
        assert "stands for" not in (e.rule or ""), dump(evs)


def test_the_that_clause_of_a_light_verb_s_noun_is_what_the_comment_says():
    evs = events_of("Ethiopia released 200 Eritrean prisoners on Tuesday. The Kenyan president expressed hope that "
                    "the step would boost regional trade.")
    e = _one(evs, "expressed")
    assert e.cameo.startswith("013") and e.target is not None and e.target.country == "ETH", dump(evs)
    assert "named 'the step'" in e.target.why


def test_a_warning_issued_about_the_decision_is_aimed_at_its_maker():
    evs = events_of("Canada suspended arms sales to Riyadh on Monday. The Saudi foreign minister issued a warning "
                    "that the decision would damage relations.")
    e = _one(evs, "issued")
    assert e.target is not None and e.target.country == "CAN", dump(evs)


def test_a_warning_that_the_attack_will_be_answered_is_aimed_at_the_attacker():
    evs = events_of("Israeli jets struck a weapons depot near Damascus overnight. The Syrian army warned that the "
                    "attack would not go unanswered.")
    e = _one(evs, "warned")
    assert e.target is not None and e.target.country == "ISR", dump(evs)
