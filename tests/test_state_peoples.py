"""A community with one homeland whose people are that state's own private people (data/actors/peoples.tsv, `members`
"state": the Yazidis of Sinjar are Iraq's) is coded as that state's people wherever the story is set, not as the
country the story is about (knowledge/people_country.only_homeland, state_person). Sentences written for eventwire."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _targets(evs, word):
    return [e.target.code for e in at(evs, word) if e.target is not None]


def test_a_communitys_people_held_in_another_country_keep_their_homeland():
    evs = events_of("The SDF pushed into Baghuz, the last Isis enclave in eastern Syria, on Friday. Islamic State "
                    "fighters had held dozens of Yazidi women as slaves in the town.", date="2019-03-02")
    assert _targets(evs, "held") == ["IRQCVL"], dump(evs)


def test_the_community_as_a_whole_and_its_fighters():
    evs = events_of("Syrian rebels shelled the town of Afrin on Monday. Isis attacked the Yazidi minority in 2014.",
                    date="2019-03-02")
    assert _targets(evs, "attacked") == ["IRQCVL"], dump(evs)
    evs = events_of("Yazidi fighters clashed with Iraqi troops near Sinjar on Tuesday.", date="2019-03-02")
    assert [e.source.code for e in at(evs, "clashed")] == ["IRQUAF"], dump(evs)


def test_a_person_described_as_one_of_the_community():
    evs = events_of("Nadia Kalo, a Yazidi woman from Kocho, said Isis fighters had beaten her in Raqqa.",
                    date="2019-03-02")
    assert _targets(evs, "beaten") == ["IRQCVL"], dump(evs)


def test_the_kurds_keep_their_ethnic_code():
    evs = events_of("Turkish troops shelled the Kurdish town of Kobani on Tuesday.", date="2019-03-02")
    assert any("KUR" in (c or "") for c in _targets(evs, "shelled")), dump(evs)
