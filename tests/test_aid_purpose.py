"""The recipient an act of aid names only in its purpose clause (coding/aid_purpose.py), and an act's directed phrase
the parser hung on a time phrase or on a participle that names the act (coding/hung_preps.py). Sentences written for
these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_an_appeal_to_help_people_names_them():
    evs = events_of("The UN refugee agency has launched an appeal for $40m to help families displaced by the floods "
                    "in Malawi.")
    appeal = at(evs, "launched")
    assert appeal and all(e.target is not None and e.target.country == "MWI" for e in appeal), dump(evs)


def test_aid_sent_to_help_a_country_cope():
    evs = events_of("Norway is sending emergency aid to help Mozambique cope with the cyclone damage.")
    sent = at(evs, "sending")
    assert sent and all(e.target is not None and e.target.code == "MOZ" for e in sent), dump(evs)


def test_funds_provided_to_support_refugees():
    evs = events_of("Norway provided 8 million dollars to support Sudanese refugees in Chad.")
    given = at(evs, "provided")
    assert given and all(e.target is not None and e.target.country == "SDN" for e in given), dump(evs)


def test_no_recipient_from_the_doer_s_own_staff():
    evs = events_of("The charity provided 2 million dollars to support its own staff.")
    assert all(e.target is None for e in at(evs, "provided")), dump(evs)


def test_an_against_phrase_hung_on_a_time_phrase_is_the_act_s():
    evs = events_of("Nairobi vowed to mount a raid at dawn against al-Shabaab camps in Gedo.")
    assert any(e.target is not None and e.target.code.endswith("INS") for e in at(evs, "mount")), dump(evs)


def test_a_directed_phrase_after_the_act_s_code_name():
    evs = events_of("Ethiopia launched its offensive – codenamed Operation Dawn – against al-Shabaab in March.")
    assert any(e.target is not None and "SOM" in e.target.code for e in at(evs, "launched")), dump(evs)
