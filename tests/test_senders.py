"""The sender of a message, letter or warning named by its "from" phrase (issue 14: the source of a statement), on
sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at as by_trigger, events_on


events_of = events_on("2019-03-04")


def test_a_letter_from_a_minister_is_the_ministers():
    evs = events_of("A letter from the Dutch foreign minister to the Moroccan government demanded the return of "
                    "the fishing boats.")
    letter = by_trigger(evs, "letter")
    assert letter and letter[0].source is not None and letter[0].source.code == "NLDGOV", [(e.trigger_text, e.source) for e in evs]
    assert letter[0].target is not None and letter[0].target.code == "MARGOV"
    assert "sender" in letter[0].rule
    demanded = by_trigger(evs, "demanded")
    assert demanded and demanded[0].source is not None and demanded[0].source.code == "NLDGOV"


def test_who_received_the_message_is_its_target_and_the_sender_its_source():
    evs = events_of("The Kenyan government received a message from Uganda about the disputed island on Monday.")
    msg = by_trigger(evs, "message")
    assert msg, [(e.trigger_text, e.cameo) for e in evs]
    assert msg[0].source is not None and msg[0].source.country == "UGA"
    assert msg[0].target is not None and msg[0].target.country == "KEN"


def test_a_statement_from_a_named_office_speaks_for_it():
    evs = events_of("A statement from the Kremlin condemned the shelling of the port.")
    cond = by_trigger(evs, "condemned")
    assert cond and cond[0].source is not None and cond[0].source.code == "RUSGOV"


def test_a_speech_from_a_capital_is_no_sender():
    # a speech is given from a place: the place is not who spoke
    evs = events_of("The senator's speech from the Peruvian capital was broadcast on Tuesday.")
    speech = by_trigger(evs, "speech")
    assert speech and speech[0].source is not None and speech[0].source.text == "senator", \
        [(e.trigger_text, e.source) for e in evs]


def test_a_letter_from_prison_has_no_sender_but_its_writer():
    evs = events_of("Writing in a letter from prison, the Bolivian opposition leader accused the government of fraud.")
    acc = by_trigger(evs, "accused")
    assert acc and acc[0].source is not None and acc[0].source.country == "BOL"


def test_at_the_request_of_names_who_asked_and_who_was_asked():
    evs = events_of("Chadian troops entered the town at the request of the Malian government.")
    req = by_trigger(evs, "request")
    assert req and req[0].source is not None and req[0].source.code == "MLIGOV", [(e.trigger_text, e.source) for e in evs]
    assert req[0].target is not None and req[0].target.country == "TCD"
    entered = by_trigger(evs, "entered")
    assert entered and entered[0].source is not None and entered[0].source.country == "TCD"
