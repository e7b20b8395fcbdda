"""Own-side moves told in the passive (coding/own_moves.py), in sentences written for these tests: the owner named
on moved staff, forces or measures is the doer ("all Japanese embassy staff will be withdrawn", "Canadian sanctions
were lifted on two firms", "Australian air power was deployed"), never the target; not a doer named but unresolved,
not sanctions whose name may be the side they are aimed at, not two owners, not a verb of doing something to
another's people."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def _one(evs, word):
    e = at(evs, word)
    assert len(e) == 1, dump(evs)
    return e[0]


def test_withdrawn_embassy_staff_are_withdrawn_by_their_own_government():
    evs = events_of("All Japanese embassy staff will be withdrawn from Sudan in the next 24 hours, officials said.")
    e = _one(evs, "withdrawn")
    assert e.source is not None and e.source.code == "JPNGOV", dump(evs)
    assert e.target is not None and e.target.code == "SDN", dump(evs)
    assert "own-side passive" in e.rule


def test_lifted_sanctions_are_lifted_by_the_state_that_imposed_them():
    evs = events_of("Canadian sanctions were lifted on several Chinese firms last week.")
    e = _one(evs, "lifted")
    assert e.cameo.startswith("085") and e.source is not None and e.source.code == "CANGOV", dump(evs)
    assert e.target is not None and e.target.country == "CHN", dump(evs)


def test_deployed_air_power_is_its_owner_s_and_no_longer_its_target():
    evs = events_of("Australian air power was deployed over the northern border last week.")
    e = _one(evs, "deployed")
    assert e.source is not None and e.source.code == "AUSMIL", dump(evs)
    assert e.target is None or e.target.country != "AUS", dump(evs)


def test_sanctions_named_by_a_country_with_no_other_side_take_no_doer():
    evs = events_of("Iran sanctions were eased last year.")
    for e in at(evs, "eased"):
        assert e.source is None, dump(evs)


def test_a_doer_named_in_a_by_phrase_is_not_replaced_by_the_owner():
    evs = events_of("Two Dutch diplomats were recalled by an official nobody could name.")
    for e in at(evs, "recalled"):
        assert e.source is None or e.source.country != "NLD", dump(evs)


def test_diplomats_expelled_are_not_expelled_by_their_own_state():
    evs = events_of("Four Chilean diplomats were expelled from Lima on Monday.")
    for e in evs:
        assert e.source is None or e.source.country != "CHL", dump(evs)


def test_staff_held_by_another_are_not_moved_by_their_own_state():
    evs = events_of("Detained Norwegian embassy staff were withdrawn from Minsk on Tuesday.")
    for e in at(evs, "withdrawn"):
        assert e.source is None or e.source.country != "NOR", dump(evs)
