"""Targets of acts of force named as the means of a harm (issue 14; coding/harm_by.py): an airstrike or shelling told
with its doer but no target takes the target of the harm its clause says it did. Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_on


events_of = events_on("2021-06-14")


def test_each_doers_airstrikes_take_the_people_they_uprooted():
    evs = events_of("In the past week, thousands of civilians in Idlib have been uprooted by Russian and Syrian "
                    "airstrikes and shelling.")
    strikes = [e for e in evs if "airstrike" in e.trigger_text and e.source is not None]
    assert {e.source.country for e in strikes} >= {"RUS", "SYR"}, dump(evs)
    assert all(e.target is not None and e.target.code == "SYRCVL" for e in strikes), dump(evs)
    syr = [e for e in strikes if e.source.country == "SYR"][0]
    assert "the harm 'uprooted'" in syr.rule and syr.target.why.startswith("the one the harm"), syr.rule


def test_a_second_doers_airstrikes_take_the_ones_they_killed():
    evs = events_of("Turkish shelling killed five Kurdish fighters near Afrin on Sunday, while American and French "
                    "airstrikes killed dozens of Isis militants.")
    fra = [e for e in evs if e.source is not None and e.source.country == "FRA"]
    assert fra and fra[0].target is not None and fra[0].target.code == "IMGINSISI", dump(evs)


def test_a_states_shelling_takes_no_target_of_its_own_forces():
    evs = events_of("Two Syrian soldiers were killed by Syrian shelling near Deraa, the army said.")
    shelling = [e for e in evs if "shelling" in e.trigger_text and e.source is not None]
    assert all(e.target is None or e.target.country != "SYR" or e.target.sector not in ("MIL", "GOV", None)
               for e in shelling), dump(evs)
