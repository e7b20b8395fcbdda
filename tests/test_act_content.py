"""An actor named only in what an act noun proposes or is meant to do is not the author a response answers (issue
14, wrong target; coding/act_content.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-06-14")


def test_the_firms_a_motion_would_bar_are_not_its_author():
    evs = events_of("Two Labour MPs wrote to the party's whips opposing a motion to bar British firms from dealing "
                    "with Iran.")
    got = at(evs, "opposing")
    assert got and all(e.target is None or e.target.code != "GBRBUS" for e in got), dump(evs)


def test_the_people_a_pact_is_meant_to_help_are_not_its_party():
    evs = events_of("Humala fiercely denounced a pact struck in 2019 with the bloc meant to handle the Venezuelan "
                    "migrant crisis.")
    got = at(evs, "denounced")
    assert got and all(e.target is None or e.target.country != "VEN" for e in got), dump(evs)


def test_the_party_a_pact_was_struck_with_stays_its_party():
    evs = events_of("Peru condemned a pact struck in 2019 with Chile.")
    got = at(evs, "condemned")
    assert got and got[0].target is not None and got[0].target.code == "CHL", dump(evs)


def test_the_proposer_named_by_the_noun_stays_the_target():
    evs = events_of("Kenya rejected the Ugandan proposal to ban Somali traders.")
    got = at(evs, "rejected")
    assert got and got[0].target is not None and got[0].target.country == "UGA", dump(evs)


def test_the_firms_a_proposal_would_bar_are_not_its_author_read_as_a_fallback():
    evs = events_of("Three Liberal senators opposed a proposal to bar Australian firms from dealing with Iran.")
    got = at(evs, "opposed")
    assert got and all(e.target is None or e.target.code != "AUSBUS" for e in got), dump(evs)
