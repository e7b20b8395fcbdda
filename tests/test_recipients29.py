"""Targets of aid, cooperation and rejection acts (issue 14 item 4, recipients29): stopped or resumed aid aimed at the
recipient of the aid told before (coding/stopped_aid.py), a portion's noun lending its phrases ("much of its aid to
X"), a veto aimed at the UN body its sentence names (coding/veto_forum.py), an organisation's name the parser cut
(coding/cut_names.py), a participle on a copula's predicate noun done to the copula's subject
(coding/copular_patient.py), and military backing of a definite act noun told before (data/coding/earlier_acts.tsv).
Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_cut_support_is_aimed_at_the_recipient_of_the_aid_told_before():
    evs = events_of("The Saudi government funded the Yemeni rebels for years. Riyadh cut support late last year, "
                    "according to two diplomats.")
    got = at(evs, "cut")
    assert got and got[0].target is not None and got[0].target.code.endswith("REB"), dump(evs)
    assert "the recipient of the aid told before ('funded', 1 sentence(s) before)" in got[0].rule


def test_ended_programme_after_backing_takes_the_backed():
    evs = events_of("Britain backed the Libyan militias with weapons and cash. London has now ended the programme, "
                    "officials said.")
    got = at(evs, "ended")
    assert got and got[0].target is not None and got[0].target.country == "LBY", dump(evs)


def test_aid_told_before_by_another_side_gives_no_recipient():
    evs = events_of("Qatar funded the Libyan militias for years. Britain cut support last year, officials said.")
    got = at(evs, "cut")
    assert got and got[0].target is None, dump(evs)


def test_portion_of_aid_keeps_the_aid_noun_recipient():
    evs = events_of("Washington has halted much of its aid to the Venezuelan opposition.")
    got = at(evs, "halted")
    assert got and got[0].target is not None and got[0].target.country == "VEN", dump(evs)
    assert got[0].pattern == "162.halt-aid-to", dump(evs)


def test_veto_is_aimed_at_the_un_body_its_sentence_names():
    evs = events_of("Once more the UN stood idle, its council rendered powerless by Chinese vetoes.")
    got = at(evs, "vetoes")
    assert got and got[0].target is not None and got[0].target.code.startswith("IGOUNO"), dump(evs)
    assert "the body the veto was cast in" in got[0].rule


def test_veto_takes_the_council_of_the_sentence_before():
    evs = events_of("The UN Security Council met on Friday. Russia cast its 12th veto, blocking a truce in Idlib.")
    got = at(evs, "cast")
    assert got and got[0].target is not None and got[0].target.code == "IGOUNOSEC", dump(evs)


def test_members_of_an_organisation_the_parser_cut_are_the_organisation():
    evs = events_of("When the war ended, the general fled to the Syrian capital of Damascus, and met members of "
                    "the Popular Front for the Liberation of Palestine, in neighbouring Lebanon.")
    got = at(evs, "met")
    assert got and got[0].target is not None and got[0].target.code == "PSEREB", dump(evs)


def test_first_person_charged_is_the_copula_subject():
    evs = events_of("Peter Hale, 51, is believed to be the first person charged under the new law for helping a "
                    "banned group.")
    got = at(evs, "charged")
    assert got and got[0].target is not None and "Hale" in got[0].target.text, dump(evs)
    assert "whom the predicate 'person' of 'charged' stands for" in got[0].rule


def test_active_participle_on_a_predicate_noun_is_not_done_to_the_subject():
    evs = events_of("Syria has become a battleground pitting the regional powers against each other.")
    assert not any(e.target is not None and e.target.code == "SYR" and "stands for" in e.rule for e in evs), dump(evs)


def test_backing_a_definite_offensive_is_aimed_at_its_doer_told_before():
    evs = events_of("The Somali army launched an offensive on the port in March. The offensive is backed by Kenyan "
                    "jets, which have struck dozens of targets.")
    got = at(evs, "backed")
    assert got and got[0].target is not None and got[0].target.code == "SOMMIL", dump(evs)
    assert "the doer of the act it answers, told before ('launched'" in got[0].rule
