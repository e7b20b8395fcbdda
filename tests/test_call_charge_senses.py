"""Two word senses (session 14): the noun "call" and the verb "charge".

A "call" somebody made -- its possessor or its light verb's subject, with no phone word and no "with"/"to" partner --
is an appeal (020, `020.n-call-doer`): "refused to act on the governor's call". A phone, telephone, video or
conference call is a consultation (041, `041.n-phone-call` ...), and so is a doer's call "with" or "to" a party.
"charge" with a finite "that" clause is an accusation (112, `112.charge-that`), not an arrest (173).
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2021-03-09", unattributed=True)


def codes(text):
    return [(e.cameo, e.pattern) for e in events_of(text)]


def call_code(text):
    got = [e for e in events_of(text) if "call" in e.pattern]
    assert got, codes(text)
    return got[0].cameo


# ------------------------------------------------------------------ "call": an appeal
def test_a_call_an_actor_made_is_an_appeal():
    assert call_code("Parliament refused to act on the governor's call, saying the budget was already agreed.") == "020"
    assert call_code("The chancellor's call came a day after the floods hit the eastern provinces.") == "020"


# ------------------------------------------------------------------ "call": a phone call stays a consultation
def test_a_phone_call_stays_a_consultation():
    assert call_code("Erdogan and Putin discussed the refugee crisis in a phone call on Tuesday.") == "041"
    assert call_code("The Kenyan president's telephone call with the Somali leader lasted an hour.") == "041"


def test_a_doers_call_with_a_partner_stays_a_consultation():
    assert call_code("During his call with the emir, the Jordanian king thanked Qatar for its aid.") == "041"
    assert call_code("Macron held a call with Merkel on Friday to discuss the budget.") == "041"


# ------------------------------------------------------------------ "charge that": an accusation
def test_charged_that_is_an_accusation():
    assert "112" in [c for c, _ in codes("Baghdad charged that Turkish troops had shelled villages near Duhok.")]
    assert "112" in [c for c, _ in codes("Kurdish officials charged that Damascus was blocking aid convoys to the north.")]


def test_a_legal_charge_stays_an_arrest():
    got = [c for c, _ in codes("Prosecutors in Nairobi charged the former governor with murder after the riots.")]
    assert "112" not in got and any(c.startswith("17") for c in got), got


# ------------------------------------------------------------------ "it's X's call": a decision, no act
def test_whose_call_it_is_is_no_event():
    for text in ("It is Egypt's call to decide who crosses the border, the minister said.",
                 "That is Ankara's call, not ours, the Swedish envoy told reporters on Monday."):
        assert not [e for e in events_of(text) if "call" in e.pattern], codes(text)
    # a call that is the subject of "be" stays an appeal
    assert call_code("The governor's call was the first sign of a rift with the capital.") == "020"
