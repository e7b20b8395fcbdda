"""Reported speech in noun form (issue 14): what an accusation or a claim says is not the act of the one it names,
and the accusation stays its speaker's (112) aimed at the accused. The parser reads some "that" clauses on these
nouns as relative clauses ("the allegation that Iran supplied ..."), takes the claimer of "with witnesses claiming
X did Y" for Y's doer, and lets a verb such as "called" take a possessor's accusation as its own subject's
(coding/accused.py: content_clause, misread_claimer; clause_modality._claim_content; noun_clauses._claim_of_another).
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_of, exactly_at


def dump(evs):
    return [(e.trigger_text, e.cameo, e.modality, e.source and e.source.code, e.target and e.target.code)
            for e in evs]


def test_content_of_an_allegation_read_as_relative_clause_is_no_act():
    for text, accuser, accused, act in [
            ("An Indian allegation that Pakistan trained the gunmen in Kashmir has soured the talks.",
             "IND", "PAK", "trained"),
            ("The Kenyan allegation that Somalia sheltered the raiders was aired again in Nairobi.",
             "KEN", "SOM", "sheltered"),
    ]:
        evs = events_of(text)
        assert not exactly_at(evs, act), dump(evs)
        acc = [e for e in evs if e.cameo == "112"]
        assert acc and acc[0].source is not None and acc[0].source.code.startswith(accuser), dump(evs)
        assert acc[0].target is not None and acc[0].target.code.startswith(accused), dump(evs)


def test_own_side_claim_noun_makes_its_act_reported():
    for text, act in [
            ("The Pentagon's claim that US drones killed 300 militants in Somalia last year has been questioned.",
             "killed"),
            ("The army's claim that its artillery shelled insurgent positions overnight was echoed on state television.",
             "shelled"),
    ]:
        evs = events_of(text)
        e = exactly_at(evs, act)
        assert e and all(x.modality == "reported" for x in e), dump(evs)


def test_claimer_misread_as_the_subject_is_no_doer():
    for text, acts in [
            ("New accounts of the siege have surfaced, with refugees claiming government troops burned homes "
             "before looting the market.", ("burned", "looting")),
            ("Details are still emerging, with activists claiming militiamen stormed the prison after cutting "
             "the power.", ("stormed",)),
    ]:
        evs = events_of(text)
        for act in acts:
            # a private person's claim about others is no event (nonevent.foreign_claim); never the claimer's act
            assert not [e for e in exactly_at(evs, act) if e.modality == "asserted"], dump(evs)
            assert not [e for e in exactly_at(evs, act) if e.source is not None
                        and e.source.code.endswith(("REF", "CVL", "ACT"))], dump(evs)


def test_accusation_a_verb_passes_judgement_on_is_the_possessors():
    for text, accuser, judge in [
            ("Seoul called Pyongyang's accusation that South Korea had sent spy drones groundless.", "PRK", "KOR"),
            ("Greece called Turkey's accusation that Greek ships had fired on a fishing boat absurd.",
             "TUR", "GRC"),
    ]:
        evs = events_of(text)
        acc = [e for e in evs if e.cameo == "112"]
        assert acc, dump(evs)
        assert all(e.source is not None and e.source.code.startswith(accuser) for e in acc), dump(evs)
        assert not [e for e in evs if e.source is not None and e.source.code.startswith(judge)
                    and e.cameo == "112"], dump(evs)


def test_encouraging_a_sentiment_is_no_appeal():
    for text in ("The Iranian foreign minister said Washington had encouraged separatist sentiment among Iraq's Kurds.",
                 "Critics say the broadcaster encouraged hostility towards migrants for years."):
        evs = events_of(text)
        assert not exactly_at(evs, "encouraged"), dump(evs)


def test_denied_claim_about_own_forces_is_not_aimed_at_them():
    for text, denier in [("Riyadh denied claims that its jets had bombed a school bus in Yemen.", "SAU"),
                         ("Venezuela rejected the charge that its troops had crossed into Colombia.", "VEN")]:
        evs = events_of(text)
        e = [x for x in evs if x.cameo.startswith("016")]
        assert e and e[0].source is not None and e[0].source.code.startswith(denier), dump(evs)
        assert all(x.target is None or not x.target.code.startswith(denier) for x in e), dump(evs)


def test_denied_claim_keeps_its_named_author():
    evs = events_of("Cairo rejected claims by Ethiopia that its engineers had sabotaged the dam.")
    e = [x for x in evs if x.cameo.startswith("016")]
    assert e and e[0].target is not None and e[0].target.code.startswith("ETH"), dump(evs)

