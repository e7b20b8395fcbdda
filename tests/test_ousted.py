"""The side ground was taken or freed from, when the text names it (coding/ousted.py), on sentences written for
these tests."""
from __future__ import annotations

from coded_sentences import events_of
from eventwire import code_text

IRAQ = "Fighting continued across northern Iraq on Wednesday. "
SYRIA = "The war in Syria entered its eighth year on Monday. "


def _force(text, date="2017-06-14"):
    evs = events_of(text, date)
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.target.why if e.target else None) for e in evs if e.cameo[:2] in ("18", "19", "20")]


def test_noun_of_taking_with_a_from_phrase_on_the_place_targets_that_side():
    got = _force(IRAQ + "After a month of fighting, Iraqi soldiers completed the recapture of the town of Baiji from Isis.")
    assert any(s == "IRQMIL" and t == "IMGINSISI" and "taken from" in (why or "") for _, s, t, why in got), got


def test_freeing_after_a_side_was_pushed_out_targets_that_side():
    got = _force(SYRIA + "Government troops liberated Deir Hafer once the Isis gunmen had been forced out of it.")
    got += _force(SYRIA + "The Syrian army liberated Palmyra after Isis militants were pushed out of the ancient city.")
    assert sum(1 for _, _, t, why in got if t == "IMGINSISI" and "freed from" in (why or "")) >= 1, got


def test_freeing_coordinated_with_driving_out_targets_the_side_driven_out():
    got = _force("Somali troops and allied clan militias chased al-Shabaab fighters out of Barawe and liberated "
                 "the coastal town on Friday.")
    assert any(c == "190" and t == "SOMINS" and "freed from" in (why or "") for c, _, t, why in got), got


def test_freeing_by_fighters_of_a_side_named_as_fought_against():
    got = _force(SYRIA + "Kurdish units that had battled for months against Isis finally liberated the town of "
                         "Tabqa, a spokesman said.")
    got2 = _force(SYRIA + "Kurdish militias that had fought alongside American special forces against Isis "
                          "liberated the city of Tabqa.")
    assert any(t == "IMGINSISI" for _, _, t, _ in got2), got2
    assert not any(t == "SYR" for _, _, t, _ in got + got2), got + got2


def test_bombing_named_towns_keeps_the_place_target():
    got = _force(SYRIA + "Turkish jets bombed villages around Afrin on Sunday, residents said.")
    assert any(s and s.startswith("TUR") and t == "SYR" for _, s, t, _ in got), got
    assert not any("freed from" in (why or "") or "taken from" in (why or "") for *_, why in got), got


def test_coming_back_from_a_country_is_no_taking():
    res = code_text(SYRIA + "The envoy returned from Syria on Monday and flew on to Geneva.", date="2017-06-14")
    assert not any("taken from" in (e.target.why or "") for e in res.events if e.target), res.events
