"""Acts of force the coder missed (issue 14, recall of real acts): a particle the parser reads as a preposition before
"of"/"from" ("drove the militants out of the valley"), ground lost "to" a side, ground recovered or taken back,
armed men evicted or kicked out, people forced out of their homes. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import rows_of


coded = rows_of


@pytest.mark.parametrize("text, cameo, pattern, src, tgt", [
    ("Kurdish fighters drove the Islamic State out of Kobani last winter.", "190", "190.drive_out", "KUR", "IMG"),
    ("The Islamic State was pushed out of Manbij by Kurdish fighters in August.", "190", "190.push_out", "KUR", "IMG"),
    ("Nigerian troops forced the insurgents out of the forest on Sunday.", "190", "190.force_out", "NGAMIL", "INS"),
    ("Libyan rebels kicked the government soldiers out of the port.", "190", "190.kick_out-armed", "REB", "MIL"),
    ("The Iraqi army lost Ramadi to the Islamic State in May.", "0874", "0874.lose-position-to", "IRQMIL", "IMG"),
    ("Syrian troops recovered three villages from the rebels on Friday.", "190", "190.recover-town-from", "SYRMIL", "REB"),
    ("Iraqi troops evicted the militants from the old city.", "190", "190.evict-armed-from", "IRQMIL", "INS"),
    ("The Islamic State took Mosul in June.", "190", "190.take-town", "IMG", None),
])
def test_act_of_force_is_coded(text, cameo, pattern, src, tgt):
    evs = coded(text)
    hit = [e for e in evs if e[1] == pattern]
    assert hit, evs
    assert hit[0][0] == cameo
    assert src in (hit[0][2] or ""), hit          # (the side codes: a part of the code is enough here)
    assert tgt is None or tgt in (hit[0][3] or ""), hit


def test_people_forced_out_of_their_homes_is_an_expulsion():
    evs = coded("Serbian militias forced thousands of villagers out of their homes.")
    assert any(e[1] == "201.force_out-population-of" and e[0] == "201" for e in evs), evs


@pytest.mark.parametrize("text, prefix", [
    ("The patient recovered in hospital after the operation.", "190.recover"),   # no ground recovered
    ("Police recovered the stolen car on Monday.", "190.recover"),               # a car is no ground
    ("The tenants were evicted from their flat.", "190.evict"),                  # no armed men
    ("The trip took the minister to London.", "190.take"),                       # a journey
    ("The striker lost the ball to a defender.", "0874.lose"),                   # no ground lost
    ("The scandal turned the ministry upside down.", "120.turn_down"),          # "down" an adverb of its own
])
def test_everyday_senses_stay_uncoded(text, prefix):
    assert not [e for e in coded(text) if e[1].startswith(prefix)], coded(text)


def test_because_of_is_no_particle():
    # "because of" names a cause; the verb keeps its own reading
    evs = coded("Turkish jets bombed Kurdish positions because of the attack.")
    assert any(e[0].startswith("19") for e in evs), evs


@pytest.mark.parametrize("text, pattern", [
    ("Rioters set two police cars ablaze in the capital on Saturday.", "1712.set_ablaze"),   # an adverb
    ("The rebels set 40 houses ablaze.", "1712.set_ablaze"),        # a clause of its own, the object its subject
    ("Protesters set tyres alight outside the embassy.", "1712.set_alight"),           # a second object
    ("Rioters set a police car ablaze outside the court in Nairobi.", "1712.set_ablaze"),  # an adjective of the object
])
def test_a_particle_read_as_an_adverb_is_the_verbs_particle(text, pattern):
    # "ablaze"/"alight" read as an adverb, a clause or an object of "set": the arson row still matches
    evs = coded(text)
    assert any(e[1] == pattern for e in evs), evs


def test_set_with_another_word_after_its_object_is_no_arson():
    assert not [e for e in coded("The central bank set interest rates high last year.") if e[0] == "1712"]


@pytest.mark.parametrize("text, src", [
    ("The Egyptian offensive against the militants began on Monday.", "EGY"),
    ("Jordan's air campaign against the jihadists started in February.", "JOR"),
    ("The Turkish incursion into the Kurdish region began in January.", "TUR"),
    ("An Iraqi offensive on the city began in October.", "IRQ"),
    ("The Israeli raid on the refugee camp began at dawn.", "ISR"),
    ("A French assault on the rebel town started at night.", "FRA"),
])
def test_an_act_noun_that_begins_keeps_its_own_doer(text, src):
    # the noun is the subject of "begin", a light verb: its modifier or possessor is still its doer
    evs = coded(text)
    assert any(e[0].startswith("19") and (e[2] or "").startswith(src) for e in evs), evs


def test_a_claim_made_is_no_accusation_unless_made_against_someone():
    from eventwire import code_text
    said = code_text("The minister made the claim in a speech to farmers on Monday.", date="2019-05-02").events
    assert not any(e.cameo.startswith("112") for e in said), [(e.cameo, e.trigger_text) for e in said]
    against = code_text("The ministry made claims against the rebel leaders on Monday.", date="2019-05-02").events
    assert any(e.cameo.startswith("112") for e in against), [(e.cameo, e.trigger_text) for e in against]
