"""Coreference by role and salience, written for these tests (knowledge/people.py, knowledge/coref_mentions.py,
knowledge/coref_governors.py): a person named in full and later by a title and surname ("Envoy Dimitrov") is the
same person, so a "he" after that is him and not someone named in between; "a Syrian man" that the coder reads in
a clause with no event is a private person of that country whom "he"/"him" can stand for, ahead of a man named
two sentences before; the doer after "by" of a participle just before a "before"/"after" clause is what that
clause's subject pronoun stands for, wherever the parser hangs the clause."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def _src(evs, word):
    e = at(evs, word)
    assert e and e[0].source is not None, dump(evs)
    return e[0].source


def _tgt(evs, word):
    e = at(evs, word)
    assert e and e[0].target is not None, dump(evs)
    return e[0].target


def test_title_and_surname_is_the_envoy_named_in_full_and_he_stays_him():
    evs = events_of("Bulgaria's ambassador to Turkey, Stefan Dimitrov, told reporters the border fence was illegal. "
                    "Prime Minister Ahmet Kaya of Turkey urged calm during a meeting with Greek officials. "
                    "\u201cWe want the crossing reopened soon,\u201d said a statement issued by Kaya's office. "
                    "Ambassador Dimitrov has demanded an inquiry into the shooting. "
                    "He denied that Bulgaria had armed the smugglers.")
    s = _src(evs, "demanded")
    assert s.code == "BGRGOV" and s.name == "Stefan Dimitrov", dump(evs)
    s = _src(evs, "denied")
    assert s.code == "BGRGOV" and s.name == "Stefan Dimitrov", dump(evs)


def test_general_and_surname_is_the_commander_named_before():
    evs = events_of("The Nigerian army commander, Musa Bello, visited troops near Maiduguri on Monday. "
                    "President Adebayo of Ghana praised the regional force in a speech. "
                    "General Bello later accused Boko Haram of killing twelve farmers. "
                    "He vowed to retake the villages within a week.")
    s = _src(evs, "accused")
    assert s.country == "NGA" and s.name == "Musa Bello", dump(evs)
    s = _src(evs, "retake")
    assert s.country == "NGA" and s.name == "Musa Bello", dump(evs)


def test_a_national_man_in_a_clause_with_no_event_is_whom_him_stands_for():
    evs = events_of("At a clinic in Amman, Omar Haddad, an Iraqi teacher, told us that soldiers had beaten his "
                    "brother. "
                    "Later, a young Lebanese man spoke to me about the war. "
                    "Gunmen in the south abducted him last year.")
    t = _tgt(evs, "abducted")
    assert t.country == "LBN" and t.sector == "CVL", dump(evs)


def test_a_national_woman_spoken_of_after_another_is_whom_she_stands_for():
    evs = events_of("In Beirut, a Jordanian nurse said the hospital had been shelled. "
                    "Then an elderly Syrian woman described her village to us. "
                    "Police arrested her at a checkpoint near Homs in May.")
    t = _tgt(evs, "arrested")
    assert t.country == "SYR" and t.sector == "CVL", dump(evs)


def test_they_after_a_participle_with_a_doer_is_that_doer():
    evs = events_of("The orchards are still strewn with mines planted by the Taliban before they were pushed "
                    "out of the valley by Afghan troops.")
    e = at(evs, "pushed")
    assert e and e[0].target is not None and e[0].target.code == "AFGINS", dump(evs)


def test_it_after_a_participle_with_a_doer_is_that_doer():
    evs = events_of("The market square is still littered with shells fired by al-Shabaab after it raided the "
                    "police station near Kismayo.")
    s = _src(evs, "raided")
    assert s.code is not None and s.country == "SOM", dump(evs)


def test_who_confirms_a_death_is_not_the_one_reported_dead():
    evs = events_of("A Belgian nurse who left the camp last week said she had met the Dutch volunteer. "
                    "She described the clinic they ran, and confirmed that she had been killed by a drone strike "
                    "in March.")
    e = at(evs, "killed")
    assert not any(x.target is not None and x.target.country == "BEL" for x in e), dump(evs)


def test_she_in_a_womans_own_quote_is_not_the_speaker():
    evs = events_of("An Australian mother interviewed at the border crossing said she knew the missing teacher. "
                    "\u201cShe was arrested by the police and her pupils were sent home,\u201d the Australian "
                    "mother said.")
    e = at(evs, "arrested")
    assert e, dump(evs)
    assert not any(x.target is not None and x.target.country == "AUS" for x in e), dump(evs)


def test_a_capital_named_as_a_place_in_the_clause_does_not_shut_out_its_government():
    evs = events_of("Iraq's defence ministry announced on Friday that it had recaptured Tarmiyah, a farming town "
                    "on the northern outskirts of Baghdad, from Isis.")
    s = _src(evs, "recaptured")
    assert s.country == "IRQ", dump(evs)


def test_a_capital_fought_in_does_not_shut_out_its_government():
    evs = events_of("The Afghan government said it had arrested forty Taliban fighters in Kabul overnight.")
    s = _src(evs, "arrested")
    assert s.country == "AFG", dump(evs)


def test_a_pronoun_is_not_the_noun_whose_relative_word_is_its_co_argument():
    evs = events_of("Bogota's claims that the pipeline attacks were ordered by the ELN, with whom it fought a "
                    "guerrilla war for decades, have strained talks with Caracas.")
    e = at(evs, "fought")
    assert e and e[0].source is not None and e[0].source.code == "COLGOV", dump(evs)


def test_the_group_against_which_it_launched_an_offensive_is_the_target():
    evs = events_of("The Philippine army blamed the bombing on Abu Sayyaf, against which it launched a new "
                    "offensive in Jolo last month.")
    e = at(evs, "launched")
    assert e and e[0].source is not None and e[0].source.code == "PHLMIL", dump(evs)
    assert e[0].target is not None and e[0].target.code == "PHLINS", dump(evs)
