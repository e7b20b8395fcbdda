"""Implied doers (issue 14, no source), session 29, on sentences written for these tests: a backer, patron or
sponsor placed in a state ("shielded by his backers in Moscow and Tehran") is that state's government
(coding/relational.py, roles.tsv placed-/seated-counterparty); the one who stands trial, goes on trial or is put on
trial is the trial's target, its doer the one who puts them on trial or the courts of the place (coding/tried.py,
knowledge/implicit_agents.py)."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-04")


def at(evs, trigger):
    return [e for e in evs if e.trigger_text.startswith(trigger)]


def sides(evs):
    return [(e.source.code if e.source else None, e.cameo, e.trigger_text, e.target.code if e.target else None)
            for e in evs]


# --- backers placed in a state -------------------------------------------------------------------------------------

def test_backers_in_two_capitals_are_both_governments():
    evs = at(events_of("The junta in Naypyidaw is shielded by its backers in Beijing and Moscow from UN sanctions."),
             "shielded")
    assert {e.source.code for e in evs if e.source} == {"CHNGOV", "RUSGOV"}, sides(evs)
    assert all("that state's government" in e.source.why for e in evs), [e.source.why for e in evs]


def test_sponsors_placed_in_a_country_are_its_government():
    evs = at(events_of("The rebels were armed by their sponsors in Qatar, diplomats said."), "armed")
    assert evs and evs[0].source is not None and evs[0].source.code == "QATGOV", sides(evs)


def test_an_ally_in_a_capital_is_that_government():
    evs = at(events_of("The rebels were armed by their allies in Riyadh, diplomats said."), "armed")
    assert evs and evs[0].source is not None and evs[0].source.code == "SAUGOV", sides(evs)


def test_an_ally_in_a_country_may_be_anyone_there():
    evs = at(events_of("The rebels were armed by their allies in Libya, diplomats said."), "armed")
    assert evs and evs[0].source is None, sides(evs)


def test_backers_named_by_a_nationality_keep_it():
    evs = at(events_of("The president was praised by his Iranian backers in Baghdad."), "praised")
    assert not any(e.source is not None and e.source.country == "IRQ" for e in evs), sides(evs)


def test_the_backed_partys_own_capital_is_no_backer():
    evs = at(events_of("The Venezuelan president was praised by his backers in Caracas on Sunday."), "praised")
    assert not any(e.source is not None and e.source.code == "VENGOV" and e.source.text == "backers"
                   for e in evs), sides(evs)


# --- trials undergone ---------------------------------------------------------------------------------------------

def test_those_who_stand_trial_are_its_target_and_the_court_its_doer():
    evs = at(events_of("Four Kenyan activists stood trial in Nairobi on Monday on terrorism charges."), "stood trial")
    assert evs, sides(events_of("Four Kenyan activists stood trial in Nairobi on Monday on terrorism charges."))
    e = evs[0]
    assert e.target is not None and e.target.country == "KEN" and e.target.text.endswith("activists"), sides(evs)
    assert e.source is not None and e.source.code == "KENJUD", sides(evs)
    assert "the one tried" in e.rule and "implicit agent" in e.rule, e.rule


def test_going_on_trial_is_no_act_of_the_accused():
    evs = at(events_of("Two opposition journalists went on trial in Ankara on Tuesday."), "went on trial")
    assert evs and evs[0].source is not None and evs[0].source.code == "TURJUD", sides(evs)
    assert evs[0].target is not None and evs[0].target.sector == "MED", sides(evs)


def test_those_on_trial_are_tried():
    evs = at(events_of("The former ministers are on trial in Harare for corruption."), "are on trial")
    assert evs and evs[0].source is not None and evs[0].source.code == "ZWEJUD", sides(evs)
    assert evs[0].target is not None and evs[0].target.country == "ZWE", sides(evs)


def test_who_puts_them_on_trial_is_the_doer():
    evs = at(events_of("Egyptian prosecutors put 12 human rights activists on trial on Sunday."), "put")
    assert evs and evs[0].cameo.startswith("115"), sides(evs)
    assert evs[0].source is not None and evs[0].source.code == "EGYJUD", sides(evs)
    assert evs[0].target is not None and evs[0].target.text.endswith("activists"), sides(evs)


def test_a_trial_with_no_place_has_no_doer():
    evs = at(events_of("Three of the men faced trial last year."), "faced trial")
    assert all(e.source is None for e in evs), sides(evs)


def test_a_verb_coordinated_into_a_relative_clause_is_not_its_subjects():
    text = ("The minister said the allies should take back 300 militants that we captured in Mali and put them on "
            "trial.")
    evs = at(events_of(text), "put")
    assert not evs, sides(events_of(text))


# --- assaults by those harmed in them -------------------------------------------------------------------------------

def test_those_killed_in_a_failed_assault_made_it():
    text = "Dozens of Turkish soldiers were killed in a failed assault on a Kurdish position near Afrin."
    evs = at(events_of(text), "assault")
    assert evs and evs[0].source is not None and evs[0].source.code == "TURMIL", sides(events_of(text))
    assert "their own failed assault" in evs[0].source.why, evs[0].source.why
    assert not any(e.source is not None for e in at(events_of(text), "killed")), sides(events_of(text))


def test_an_ill_fated_raid_by_mercenaries():
    text = "Scores of Russian mercenaries were killed last month after an ill-fated raid on a rebel base in Idlib."
    evs = at(events_of(text), "raid")
    assert evs and evs[0].source is not None and evs[0].source.country == "RUS", sides(events_of(text))


def test_an_assault_not_told_as_failed_names_no_doer():
    text = "Three American soldiers were killed in an attack on an Iraqi base near Mosul."
    assert not any(e.source is not None and e.source.country == "USA" for e in at(events_of(text), "attack")), \
        sides(events_of(text))


def test_guards_killed_in_a_failed_attack_did_not_make_it():
    text = "Two Kenyan guards were killed in a failed attack on the US embassy in Nairobi."
    assert not any(e.source is not None and e.source.country == "KEN" for e in at(events_of(text), "attack")), \
        sides(events_of(text))


def test_fighters_of_the_targets_own_side_made_no_assault():
    text = "Four Kurdish fighters were killed in a failed attack on a Kurdish checkpoint near Kobani."
    assert not any(e.source is not None for e in at(events_of(text), "attack")), sides(events_of(text))


def test_a_thing_on_trial_is_no_trial():
    evs = events_of("Press freedom itself is on trial in Budapest, the editor wrote.")
    assert not any(e.cameo.startswith("115") and e.source is not None for e in evs), sides(evs)
