"""An envoy summoned in the passive with no doer named (data/coding/implicit_agents.tsv, row 114 summon) is summoned
by the host state where it happened, in sentences written for these tests; never by the envoy's own state, and no
doer where no place says which state hosts the envoy."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def test_an_envoy_summoned_in_the_capital_is_summoned_by_the_host_government():
    evs = events_of("In Oslo, the Iranian ambassador was summoned to the foreign ministry on Monday.")
    e = at(evs, "summoned")
    assert len(e) == 1 and e[0].source is not None and e[0].source.code == "NORGOV", dump(evs)
    assert e[0].target is not None and e[0].target.country == "IRN", dump(evs)


def test_an_envoy_summoned_with_no_place_takes_not_his_own_state():
    evs = events_of("The Iranian ambassador was summoned on Monday over the arrest of two students.")
    e = at(evs, "summoned")
    assert e, dump(evs)
    assert e[0].source is None or e[0].source.country != "IRN", dump(evs)
