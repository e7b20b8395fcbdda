"""Targets of specific act kinds (issue 14, no target / wrong target; branch tgt2_26): ground retaken from the side
it fell to or from the one side the story drives out where only the ground's state was read; a co-doer read as the
target; the person a court judges; talks a relative clause's subject convenes; parties a sanction's participle
covers; the one a promised act is for. Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _targets(evs, word):
    return [(e.source and e.source.code, e.target and e.target.code) for e in at(evs, word)]


def test_retaking_after_ground_fell_to_a_side():
    evs = events_of("Tal Afar fell to Islamic State in the summer of 2014. Three years later Iraqi troops recaptured "
                    "the town after a short battle.")
    got = at(evs, "recaptured")
    assert got and got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)
    assert "fell" in got[0].target.why, got[0].target.why


def test_retaking_after_ground_fell_into_the_hands_of_a_side():
    evs = events_of("The oil town fell into the hands of Islamic State in 2015. Kurdish fighters retook the town "
                    "last month.")
    assert ("KURMIL", "IMGINSISI") in _targets(evs, "retook") or any(
        t == "IMGINSISI" for _, t in _targets(evs, "retook")), dump(evs)


def test_a_price_that_fell_to_a_level_is_no_side():
    evs = events_of("The currency fell to its lowest level in a decade. Iraqi troops recaptured the town of Baiji "
                    "on Tuesday.")
    assert all(t != "IMGINSISI" for _, t in _targets(evs, "recaptured")), dump(evs)


def test_retaking_with_only_the_ground_state_takes_the_side_driven_out():
    evs = events_of("Kurdish fighters drove Islamic State out of Manbij in August. Turkish-backed Syrian rebels "
                    "reclaimed several northern Syrian villages on Sunday.")
    got = at(evs, "reclaimed")
    assert got and all(e.target is not None and e.target.code == "IMGINSISI" for e in got), dump(evs)


def test_co_doer_of_a_by_phrase_is_no_target():
    evs = events_of("Many in the camp are exiles from areas taken in battle by Russian, Iranian and Syrian "
                    "government forces, such as Zabadani and Madaya near Damascus.")
    got = at(evs, "taken")
    assert got and all(e.target is None or e.target.code not in ("RUSMIL", "IRNMIL", "SYRMIL") for e in got), dump(evs)


def test_person_a_court_convicts_through_a_pronoun():
    evs = events_of("She returned home in May, and a court in Marseille convicted her of financing terrorism.")
    got = at(evs, "convicted")
    assert got and got[0].target is not None and got[0].target.code == "FRACVL", dump(evs)
    assert "judging state" in got[0].target.why


def test_person_a_court_sentences_named_in_apposition():
    evs = events_of("The cell's third member, Omar Haddad, was sentenced to life in prison by a court in Madrid.")
    got = at(evs, "sentenced")
    assert got and got[0].target is not None and got[0].target.sector == "CVL", dump(evs)


def test_refused_talks_convened_by_a_relative_clause_subject():
    evs = events_of("The rebel delegation refused to attend the talks that Moscow has convened in Sochi.")
    assert any(t == "RUSGOV" for _, t in _targets(evs, "attend")), dump(evs)


def test_travel_ban_covering_listed_countries():
    evs = events_of("Washington imposed a travel ban covering six Muslim-majority countries, including Iran and "
                    "Yemen, on Friday.")
    targets = {t for _, t in _targets(evs, "imposed")}
    assert {"IRN", "YEM"} <= targets, dump(evs)


def test_pledge_names_whom_the_promised_act_is_for():
    evs = events_of("The European Union pledged to rebuild hospitals for the people of Raqqa.")
    got = at(evs, "pledged")
    assert got and got[0].target is not None and got[0].target.code == "SYRCVL", dump(evs)
