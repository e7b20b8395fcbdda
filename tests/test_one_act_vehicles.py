"""One act per act of words and the doer of answered conduct (issue 14, duplicates and wrong sources, session 20):
a statement that only carries another act in words, two coordinated verbs of one act, the named examples of a plural
doer ("such as"), a subordinate clause hung on a participle aside, and the "for V-ing" of an act answering another's
conduct. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of


def _src(evs, word):
    return sorted(e.source.code for e in evs if word in e.trigger_text and e.source is not None)


def test_a_statement_carrying_an_appeal_is_the_appeal():
    evs = events_of('"We urge the Iraqi government to send troops to the border," the Kurdistan Regional '
                    'Government said in a statement on Monday.')
    assert not [e for e in evs if e.cameo == "010"], dump(evs)
    assert any(e.cameo[:2] == "02" for e in evs), dump(evs)


def test_a_tribute_paid_in_a_statement_is_one_act():
    evs = events_of("In a statement on its website, Hezbollah paid tribute to the fighters killed in the raid.")
    assert [e.cameo[:2] for e in evs if e.cameo[:2] in ("01", "05")] == ["05"], dump(evs)


def test_a_statement_vowing_an_act_is_the_vow():
    evs = events_of("Jordan's foreign ministry put out a communique pledging to cooperate with Egypt on border "
                    "security.")
    assert not [e for e in evs if e.cameo == "010"], dump(evs)
    assert any(e.source is not None and e.source.code.startswith("JOR") for e in evs), dump(evs)


def test_a_threat_told_in_a_speech_is_one_act():
    evs = events_of("The Egyptian president said in a speech in Cairo on Sunday that Egypt would crush the "
                    "militants in Sinai.")
    assert not [e for e in evs if e.cameo == "010"], dump(evs)
    assert [e.cameo for e in evs] == ["138"], dump(evs)


def test_a_statement_with_no_act_of_words_stays():
    evs = events_of("The Omani foreign office said in a short statement on Sunday that the talks had been useful.")
    assert any(e.cameo == "010" and "statement" in e.trigger_text for e in evs) or \
        any(e.cameo[:2] == "01" for e in evs), dump(evs)


def test_convicted_and_sentenced_is_one_act():
    evs = events_of("The former officer was convicted in May and sentenced to nine years in prison.",
                    date="2019-06-01")
    assert len([e for e in evs if e.cameo == "116"]) <= 1, dump(evs)


def test_coordinated_verbs_with_their_own_objects_stay_two_acts():
    evs = events_of("Egyptian troops seized the border crossing and closed the main road to Rafah.")
    assert len(evs) >= 2, dump(evs)


def test_such_as_names_the_doers_of_a_plural_noun():
    evs = events_of("In recent months several regional sponsors of the armed opposition to Assad, such as Qatar "
                    "and Kuwait, have reduced their financial support.")
    assert _src(evs, "reduced") == ["KWT", "QAT"], dump(evs)


def test_a_clause_hung_on_a_participle_aside_is_the_main_subjects():
    evs = events_of("The medic and his colleagues were struck by a mortar shell, fired by Shabaab militants, while "
                    "trying to rescue wounded members of their patrol.")
    assert not any(e.source is not None and e.source.code.startswith("SOMINS") and "rescue" in e.trigger_text
                   for e in evs), dump(evs)
    assert not any("Shabaab" in (e.source.text or "") for e in evs if "rescue" in e.trigger_text), dump(evs)


def test_sanctions_for_an_act_name_its_doer():
    evs = events_of("The EU imposed sanctions on Russia for annexing Crimea.")
    assert _src(evs, "annex") == ["RUS"], dump(evs)


def test_a_legal_case_for_refusing_names_the_refusers():
    evs = events_of("Brussels launched a legal case against Poland and Hungary for refusing to accept migrants.")
    got = [e for e in evs if e.source is not None and e.cameo[:2] == "12"]
    assert got and {e.source.code[:3] for e in got} <= {"HUN", "POL"}, dump(evs)


def test_a_for_phrase_of_ones_own_gain_stays_the_subjects():
    evs = events_of("The coalition was keen to take credit for capturing Raqqa from Isis.")
    assert not any(e.source is not None and e.source.code.startswith("SYR") for e in evs if "captur" in e.trigger_text), \
        dump(evs)


def test_a_participle_read_as_active_after_with_is_done_to_its_noun():
    evs = events_of("With al-Shabaab expelled from most of the coastal towns, the Somali government has turned to "
                    "rebuilding the ports.")
    assert not any(e.source is not None and e.source.code.startswith("SOMINS") for e in evs), dump(evs)


def test_armed_people_who_now_refuse_are_not_the_armers():
    evs = events_of("In Nineveh, Yazidi villagers armed to fight the jihadists now refuse to surrender their rifles.")
    armed = [e for e in evs if e.trigger_text == "armed"]
    assert armed and armed[0].source is None and armed[0].target is not None, dump(evs)
    # the fight is only what they were armed for, a purpose, not an act (coding/unrealised.py, since purpose23)
    assert not any(e.cameo.startswith("19") for e in evs if "fight" in e.trigger_text), dump(evs)


def test_people_forced_from_their_homes_are_not_the_forcers():
    evs = events_of("Thousands of villagers forced from their farms are sheltering in schools near the Turkish "
                    "border.")
    assert not any(e.source is not None and e.source.sector == "CVL" and "forced" in e.trigger_text
                   for e in evs), dump(evs)
