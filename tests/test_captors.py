"""The captor a story names, for a later act of custody done to the same captive with no doer (coding/captors.py),
and a past tense the parser read as a participle on a sentence with no verb of its own, whose subject is an act noun
that names its doer (coding/misparses.finite_read_as_participle). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of, sources_at as sources


def test_a_charge_after_an_arrest_by_a_state_s_police_is_its_courts():
    evs = events_of("A former Danish soldier detained by Turkish police near the border has been charged with "
                    "belonging to a banned armed group, his lawyer said.")
    assert sources(evs, "charged") == {"TURJUD"}, dump(evs)


def test_a_release_told_of_a_pronoun_is_by_the_group_that_jailed_its_antecedent():
    evs = events_of("The reporter was jailed by the Houthis in Sanaa last year. He said he had been beaten in prison "
                    "before being freed.")
    assert sources(evs, "freed") == {"YEMREB"}, dump(evs)


def test_a_named_captive_released_later_in_the_story():
    evs = events_of("Andrew Brunson was detained by Turkish police in Izmir in October 2016. The pastor spent two "
                    "years in jail. In the end Andrew Brunson was released and flew home.")
    assert sources(evs, "released") <= {"TURCOP", "TURJUD", "TURGOV"} and sources(evs, "released") != set(), dump(evs)


def test_no_captor_for_other_captives():
    evs = events_of("Police arrested two men in Leeds. Three women were later released without charge in Manchester.")
    assert "GBRCOP" not in {e.source.code for e in at(evs, "released") if e.source and "captor" in (e.source.why or "")}, dump(evs)


def test_attacks_by_a_named_force_killed_people():
    evs = events_of("Barrel bomb attacks by regime helicopters killed at least fourteen farmers near Hama on Sunday.")
    killed = at(evs, "killed")
    assert killed and all(e.source is not None and e.source.code.startswith("SYR") for e in killed), dump(evs)
    assert all(e.target is not None and e.target.sector == "AGR" for e in killed), dump(evs)


def test_raids_by_backed_militias_burned_homes():
    evs = events_of("Artillery raids by Ethiopian-backed militias wrecked dozens of homes outside Baidoa last week.")
    assert any(e.source is not None and e.source.sector == "UAF" for e in at(evs, "wrecked")), dump(evs)


def test_force_on_a_captive_in_prison_is_by_the_captor():
    evs = events_of("The blogger was detained by Iranian police in Tabriz last spring. She says she was whipped in "
                    "prison and later released.")
    assert sources(evs, "whipped") == {"IRNCOP"}, dump(evs)
    assert sources(evs, "released") == {"IRNCOP"}, dump(evs)


def test_no_captor_for_force_outside_captivity():
    evs = events_of("The blogger was detained by Iranian police in Tabriz last spring. Months later she was whipped "
                    "at a rally outside the university.")
    assert sources(evs, "whipped") <= {None}, dump(evs)
