"""Partners in fighting (coding/partners.py), on sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on

SYRIA = "The war in Syria entered its eighth year on Monday. "


events_of = events_on("2019-05-02")


def _triples(evs):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


def test_fighting_together_with_a_partner_is_military_cooperation_with_it():
    got = _triples(events_of(SYRIA + "Lebanese militiamen battled alongside Syrian troops near Homs."))
    assert any(c == "062" and t == "SYRMIL" for c, _, t in got), got
    got = _triples(events_of(SYRIA + "British volunteers fought together with Iraqi troops near Mosul."))
    assert any(c == "062" and t == "IRQMIL" for c, _, t in got), got
    assert not any(c.startswith("19") and t == "IRQMIL" for c, _, t in got), got


def test_partner_with_an_enemy_named_is_not_the_target():
    got = _triples(events_of(SYRIA + "Iraqi troops fought along with Iranian militias against Isis near Tikrit."))
    assert any(c.startswith("19") and t == "IMGINSISI" for c, _, t in got), got
    assert not any(t == "IRNUAF" for _, _, t in got), got


def test_partner_beside_an_object_leaves_the_object_the_target():
    got = _triples(events_of(SYRIA + "Kurdish fighters battled Isis alongside American special forces."))
    assert any(c.startswith("19") and t == "IMGINSISI" for c, _, t in got), got
    assert not any(c.startswith("19") and (t or "").startswith("USA") for c, _, t in got), got
