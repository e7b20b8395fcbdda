"""Findings of blame (issue 14: right root and both actors; branch blame27): one who agrees, finds, concludes,
determines or assesses that another party is responsible for, behind or to blame for a harmful act accuses that
party (112), and the finder's own verb is no statement (010, 014) beside it (coding/blame_finding.py). Sentences
written for these tests."""
from __future__ import annotations

from tests.coded_sentences import dump, events_of


def _accusations(evs):
    return [(e.source and e.source.code, e.target and e.target.code) for e in evs if e.cameo == "112"]


def test_agreed_it_was_highly_likely_that_another_was_responsible():
    evs = events_of("The Dutch government said senior ministers had agreed it was highly likely the Malian army was "
                    "responsible for the massacre in the village, which killed 40 villagers.")
    got = [e for e in evs if e.cameo == "112"]
    assert got and got[0].target is not None and got[0].target.code == "MLIMIL", dump(evs)
    assert "finding of blame" in got[0].rule, got[0].rule
    assert not any(e.cameo.startswith("01") and "agreed" in e.trigger_text and e.cameo != "112" for e in evs), dump(evs)


def test_agreed_that_another_was_responsible_is_no_agreement():
    evs = events_of("Ministers in Addis Ababa agreed that the Eritrean government was responsible for the attack on "
                    "the camp.")
    assert any(t == "ERIGOV" for _, t in _accusations(evs)), dump(evs)
    assert not any(e.cameo == "010" for e in evs), dump(evs)


def test_investigators_found_that_another_was_responsible():
    evs = events_of("British investigators found that Russia was responsible for the poisoning of the defector.")
    assert ("GBR", "RUS") in _accusations(evs), dump(evs)


def test_assessed_that_militias_were_responsible():
    evs = events_of("The Pentagon assessed that Iranian-backed militias were responsible for the rocket attack on "
                    "the base.")
    assert any(s == "USAMIL" and t and t.endswith("UAF") for s, t in _accusations(evs)), dump(evs)
    assert not any(e.cameo == "014" for e in evs), dump(evs)


def test_agreed_with_the_assessment_that_another_was_to_blame():
    evs = events_of("Germany agreed with the British assessment that Moscow was to blame for the nerve agent "
                    "attack.")
    assert ("DEU", "RUSGOV") in _accusations(evs), dump(evs)


def test_said_with_high_confidence_that_another_was_behind_it():
    evs = events_of("The United States said with high confidence that North Korea was behind the hacking of the "
                    "studio.")
    assert ("USA", "PRK") in _accusations(evs), dump(evs)


def test_determined_that_forces_had_carried_out_the_attack():
    evs = events_of("The UN panel determined that Syrian government forces had carried out the chlorine attack on "
                    "the town.")
    assert ("IGOUNO", "SYRMIL") in _accusations(evs), dump(evs)
    assert any(e.cameo.startswith("20") or e.cameo.startswith("19") for e in evs), dump(evs)   # the act stays


def test_a_duty_or_a_question_is_no_accusation():
    for text in ("The president agreed that the army was responsible for protecting the border.",
                 "The inquiry will determine whether the police were responsible for the shooting in Lagos.",
                 "Kenya found no evidence that Somalia was behind the raid.",
                 "The ministry is responsible for security in the camps, the minister said."):
        evs = events_of(text)
        assert not any(e.cameo == "112" for e in evs), (text, dump(evs))


def test_a_plain_report_of_an_act_stays_the_act():
    evs = events_of("Paris said Syrian government forces had carried out the chlorine attack on the town.")
    assert not any(e.cameo == "112" for e in evs), dump(evs)


def test_a_hedged_finding_in_a_second_conjunct():
    evs = events_of("British ministers agreed that the Sudanese government has a long record of such strikes and it "
                    "is highly likely that the government is responsible for Sunday's bombing.")
    assert ("GBRGOV", "SDNGOV") in _accusations(evs), dump(evs)
    assert not any(e.cameo == "010" for e in evs), dump(evs)


def test_a_finding_not_yet_made_blames_nobody():
    for text in ("Officials warned that sanctions would follow if the panel concludes the Venezuelan government was "
                 "behind the attack on the pipeline.",
                 "The Nigerian inquiry will determine that the police were responsible for the shooting."):
        evs = events_of(text)
        assert not any(e.cameo == "112" for e in evs), (text, dump(evs))


def test_a_course_of_harmful_conduct_found_of_another():
    evs = events_of('The two leaders agreed the Sudanese regime had "a pattern of dangerous behaviour" with barrel '
                    'bombs.')
    assert any(t == "SDNGOV" for _, t in _accusations(evs)), dump(evs)
    assert not any(e.cameo == "010" for e in evs), dump(evs)
    evs = events_of("Ethiopian ministers agreed that the Eritrean army had a record of protecting aid convoys.")
    assert not any(e.cameo == "112" for e in evs), dump(evs)
