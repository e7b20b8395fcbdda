"""An act of custody done "also" or "too" with no doer and no country of its own was done by the last captor the
story named in its sentence or the two before (coding/captors.repeated_captor). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_of


def custody(text, date="2021-06-08"):
    evs = events_of(text, date)
    return [(e.sentence, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.source.why if e.source else "") for e in evs if e.cameo[:3] in ("173", "181")]


def test_a_companion_also_detained_after_a_placed_arrest():
    evs = custody("Police in the Aegean resort of Bodrum in Turkey arrested the aid worker at his hotel on Sunday. "
                  "His sister, who holds Dutch citizenship, was also detained and released on bail two days later.")
    later = [e for e in evs if e[0] == 1]
    assert later and later[0][2] == "TURCOP", evs
    assert "'also'" in later[0][4]


def test_arrested_too_after_security_forces_of_a_named_country():
    evs = custody("Egyptian security forces detained the blogger outside his flat on Monday. Two of his colleagues "
                  "were arrested too, according to their lawyer.")
    later = [e for e in evs if e[0] == 1]
    assert later and later[0][2] == "EGYCOP", evs


def test_no_captor_of_known_country_leaves_the_police_bare():
    evs = custody("Two students were arrested on Monday. A third student was also detained, a spokesman for the "
                  "university said.")
    later = [e for e in evs if e[0] == 1]
    assert later and later[0][2] == "COP", evs


def test_a_place_of_its_own_still_rules():
    evs = custody("Turkish police arrested the activist at Ankara airport in May. In September his brother was also "
                  "arrested in Berlin, German prosecutors said.")
    later = [e for e in evs if e[0] == 1]
    assert later and all(e[2] != "TURCOP" for e in later), evs
