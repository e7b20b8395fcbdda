"""A town or a building owns no army and no government (issue 14, wrong actors; knowledge/ground_owner.py, read by
Coref.owner): "its armed forces" after "the Libyan port" are not Libya's when another actor that can own them is
named, and a mosque's country is no leader's. A town's own mayor, residents and police stay the town's. Sentences
written for these tests."""
from __future__ import annotations

from eventwire import code_text


def events_of(text, verb, date="2020-03-01"):
    res = code_text(text, date=date)
    assert res.status == "coded", res.reason
    evs = [e for e in res.events if e.trigger_text.split()[0] == verb]
    assert evs, [(e.cameo, e.trigger_text) for e in res.events]
    return evs


def test_a_port_named_by_a_demonym_owns_no_armed_forces():
    s = events_of("The Libyan port, which was held by militants until 2017, is under growing pressure from Egypt "
                  "after its armed forces began an offensive on the nearby city of Derna in March.", "began")[0].source
    assert s is not None and s.code == "EGYMIL", s


def test_a_town_owns_no_troops_but_the_state_named_before_does():
    s = events_of("The Nigerien town, which lies near the border, has been tense since Chad said its troops had "
                  "shelled militant camps in the hills.", "shelled")[0].source
    assert s is not None and s.code == "TCDMIL", s


def test_a_mosque_gives_no_country_to_its_leader():
    s = events_of("The caliphate was proclaimed from the pulpit of an old mosque in Sirte in a speech by its "
                  "leader, who later ordered attacks on police stations.", "speech")[0].source
    assert s is None or "its possessor 'its' -> mosque" not in (s.why or ""), s


def test_a_towns_mayor_and_police_stay_the_towns():
    evs = events_of("Fighters stormed the Malian town of Gao on Monday and killed its mayor and two of its "
                    "policemen.", "killed")
    assert any(e.target is not None and e.target.code == "MLICOP" for e in evs), [(e.target) for e in evs]


def test_a_country_still_owns_its_soldiers():
    s = events_of("Chad has sent troops to Niger, and its soldiers are now patrolling the border.",
                  "patrolling")[0].source
    assert s is not None and s.code == "TCDMIL", s
