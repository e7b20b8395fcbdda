"""The one an assurance, appeal, demand or promise is addressed to, where the parser hung its "to" phrase on the verb
the noun is the object of, or where a verb of assuring names that one as its object (issue 14; data/coding/roles.tsv
addressed-noun, assure-of; coding/addressees.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, exactly_at


events_of = events_on("2019-03-12")


def dump(evs):
    return [(e.trigger_text, e.cameo, e.source and e.source.code, e.target and e.target.code) for e in evs]


def test_to_phrase_hung_on_the_verb_is_the_assurance_s_addressee():
    evs = events_of("Ankara ignored Washington's assurances to the Kurdish militia.")
    e = exactly_at(evs, "assurances")
    assert e and e[0].target is not None and e[0].target.code.startswith("KUR"), dump(evs)


def test_to_phrase_after_a_prepositional_object_is_the_promise_s_addressee():
    evs = events_of("Kiev relied on Washington's promises to Ukraine of more weapons.")
    e = exactly_at(evs, "promises")
    assert e and e[0].target is not None and e[0].target.code.startswith("UKR"), dump(evs)


def test_an_amount_reached_is_no_addressee():
    evs = events_of("The kidnappers raised their demands to $5m on Tuesday.")
    assert not any(e.target is not None and e.trigger_text == "demands" for e in evs), dump(evs)


def test_the_one_assured_of_support_is_its_target():
    evs = events_of("Vladimir Putin called the Turkish president, assuring him of the Kremlin's full support.")
    e = exactly_at(evs, "support")
    assert e and e[0].source.code.startswith("RUS") and e[0].target is not None \
        and e[0].target.code.startswith("TUR"), dump(evs)


def test_of_phrase_hung_on_the_object_of_reassure():
    evs = events_of("The French foreign minister reassured Lebanon of French protection.")
    e = exactly_at(evs, "protection")
    assert e and e[0].target is not None and e[0].target.code.startswith("LBN"), dump(evs)


def test_an_of_phrase_of_another_verb_is_not_the_object_s():
    evs = events_of("The Iraqi minister told Iran of American support for the Kurds.")
    e = exactly_at(evs, "support")
    assert not any(x.target is not None and x.target.code.startswith("IRN") for x in e), dump(evs)


def test_a_refused_act_s_target_is_the_refusal_s():
    evs = events_of("The Kurdish authorities refused to hand the captured jihadists to Baghdad.")
    e = [x for x in evs if x.cameo.startswith("12")]
    assert e and e[0].target is not None and e[0].target.code.startswith("IRQ"), dump(evs)


def test_a_refusal_to_press_names_the_one_not_pressed():
    evs = events_of("Beijing refused to put pressure on the North Korean government.")
    e = [x for x in evs if x.cameo.startswith("12")]
    assert e and e[0].target is not None and e[0].target.code.startswith("PRK"), dump(evs)


def test_a_planned_talk_names_the_one_to_be_talked_to():
    evs = events_of("The Turkish president is planning to talk to Vladimir Putin next week.")
    e = [x for x in evs if x.cameo.startswith("03")]
    assert e and e[0].target is not None and e[0].target.code.startswith("RUS"), dump(evs)


def test_a_place_left_or_reached_is_no_target_of_the_refusal():
    evs = events_of("The foreign fighters refused to leave Syria, and their wives vowed to return to Iraq.")
    assert not any(x.target is not None and x.target.code[:3] in ("SYR", "IRQ") for x in evs), dump(evs)


def test_a_refusal_folded_into_the_refused_act_is_one_event():
    evs = events_of("The Indian prime minister refused to meet the Chinese delegation.")
    assert len(evs) == 1 and evs[0].cameo.startswith("12") and evs[0].target.code.startswith("CHN"), dump(evs)


def test_a_participle_on_a_statement_is_the_statement_s_act():
    evs = events_of("The Egyptian foreign ministry issued a statement condemning Israel.")
    assert [(x.cameo[:2], x.target and x.target.code[:3]) for x in evs] == [("11", "ISR")], dump(evs)


def test_a_refusal_despite_a_request_is_aimed_at_the_one_who_asked():
    evs = events_of("The Pakistani general declined to step down despite President Trump's request.")
    refusal = [x for x in evs if x.cameo.startswith("12")]
    request = [x for x in evs if x.cameo.startswith("02")]
    assert refusal and refusal[0].target is not None and refusal[0].target.code.startswith("USA"), dump(evs)
    assert request and request[0].target is not None and request[0].target.code.startswith("PAK"), dump(evs)


def test_a_refusal_under_pressure_from_a_party_is_aimed_at_it():
    evs = events_of("The Egyptian minister refused to resign under pressure from Hamas.")
    e = [x for x in evs if x.cameo.startswith("12")]
    assert e and e[0].target is not None and e[0].target.code.startswith("PSE"), dump(evs)


def test_a_refusal_despite_a_scandal_names_no_target():
    evs = events_of("The Egyptian minister refused to resign despite the scandal over his son.")
    assert not any(x.target is not None for x in evs), dump(evs)


def test_an_appeal_defied_by_a_negated_act_was_made_of_its_doer():
    evs = events_of("Despite Iranian appeals for help, Russia did not use its air defences.")
    e = exactly_at(evs, "appeals")
    assert e and e[0].target is not None and e[0].target.code.startswith("RUS"), dump(evs)


def test_a_call_that_names_whom_it_asks_keeps_them():
    evs = events_of("The Syrian army has not withdrawn despite the Iraqi call for Turkish troops to leave.")
    e = exactly_at(evs, "call")
    assert not any(x.target is not None and x.target.code.startswith("SYR") for x in e), dump(evs)


def test_a_force_word_on_a_speech_does_not_swallow_the_speech():
    evs = events_of("The Turkish president delivered a speech attacking the United States.")
    assert any(x.cameo.startswith("01") for x in evs), dump(evs)


def test_a_to_phrase_of_a_participle_on_a_promise_is_its_addressee():
    evs = events_of("Kurdish commanders recalled the American promises made to the Kurds in 2015.")
    e = exactly_at(evs, "promises")
    assert e and e[0].target is not None and e[0].target.code.startswith("KUR"), dump(evs)
