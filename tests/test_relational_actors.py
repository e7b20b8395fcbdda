"""Actors named by their relation to another party (coding/relational.py) and organisations named again by the end
of their name (knowledge/short_names.py), on sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2018-03-01")


def at(evs, trigger):
    return [e for e in evs if e.trigger_text.startswith(trigger)]


def codes(evs, side):
    return [(getattr(e, side).code if getattr(e, side) else None, e.trigger_text) for e in evs]


def test_a_possessors_backers_are_not_the_possessor():
    evs = events_of("Talks were delayed last week when Iraq's main backers met in Geneva to discuss the crisis.")
    assert not any(e.source is not None and e.source.country == "IRQ" for e in at(evs, "met")), codes(evs, "source")


def test_the_former_allies_of_a_group_are_not_the_group():
    evs = events_of("The rebels' former allies attacked the town on Sunday.")
    assert not any(e.source is not None and e.source.sector == "REB" for e in at(evs, "attacked")), codes(evs, "source")


def test_a_relational_noun_names_its_own_demonym_or_apposition():
    e = at(events_of("Damascus's Russian ally brokered the deal on Friday."), "brokered")
    assert e and e[0].source is not None and e[0].source.code == "RUS", codes(e, "source")
    assert "not that party" in e[0].source.why
    e = at(events_of("The besieged rebels are trying to negotiate with Haftar's backer, Egypt, as the shelling goes on."),
           "trying to negotiate")
    assert e and e[0].target is not None and e[0].target.code == "EGY", codes(e, "target")


def test_a_demonym_ally_stays_itself():
    e = at(events_of("Kurdish allies attacked the town on Sunday."), "attacked")
    assert e and e[0].source is not None and e[0].source.code.startswith("KUR"), codes(e, "source")


def test_the_family_of_a_soldier_are_private_people_of_his_country():
    e = at(events_of("The family of a former Canadian soldier have begged the prime minister for help."), "begged")
    assert e and e[0].source is not None and e[0].source.code == "CANCVL", codes(e, "source")
    assert "kin" in e[0].source.why


def test_relatives_of_the_victims_of_a_group_are_not_the_group():
    evs = events_of("Relatives of the victims of an al-Qaeda cell expressed relief at the verdict.")
    assert not any(e.source is not None and e.source.code.startswith("IMG") for e in evs), codes(evs, "source")


def test_the_security_council_named_again_in_lower_case_is_the_un_body():
    evs = events_of("Shelling continued even after a UN security council resolution that demanded a truce. The rights "
                    "chief condemned the security council's failure to end the killing.")
    e = at(evs, "condemned")
    assert e and e[0].target is not None and e[0].target.code == "IGOUNOSEC", codes(e, "target")
    assert "named before" in e[0].target.why


def test_a_council_with_no_body_named_before_stays_a_council():
    evs = events_of("The rights chief condemned the security council's failure to end the killing.")
    assert not any(e.target is not None and e.target.code == "IGOUNOSEC" for e in evs), codes(evs, "target")


def test_a_national_security_council_is_no_un_body():
    evs = events_of("Trump agreed at a meeting of the US National Security Council on Monday to leave troops in Niger.")
    e = at(evs, "meeting")
    assert not any(x.source is not None and x.source.code == "IGOUNOSEC" for x in evs), codes(evs, "source")
    assert e and e[0].source is not None and e[0].source.code == "USAGOV", codes(e, "source")


def test_the_to_clause_of_a_criticised_threat_is_the_threateners():
    evs = events_of("Assad denounced Trump's threats to carry out raids against Syria.")
    e = [x for x in evs if x.trigger_text.startswith("carry out")]
    assert e and e[0].source is not None and e[0].source.code == "USAGOV", codes(evs, "source")
    evs = events_of("Assad denounced Western threats to carry out raids against Syria.")
    assert not any(x.source is not None and x.source.country == "SYR" for x in evs
                   if x.trigger_text.startswith("carry out")), codes(evs, "source")


def test_a_threat_the_subject_makes_stays_the_subjects():
    evs = events_of("Moscow renewed its threat to carry out strikes on the rebels.")
    e = [x for x in evs if x.trigger_text.startswith("carry out")]
    assert not e or e[0].source is None or e[0].source.country == "RUS", codes(evs, "source")


def test_a_coordinated_noun_shares_the_first_ones_demonym():
    evs = events_of("Jordanian officials and diplomats condemned the bombing on Monday.")
    assert not any(e.source is not None and e.source.code == "GOV" for e in evs), codes(evs, "source")
    assert any(e.source is not None and e.source.code == "JORGOV" for e in evs), codes(evs, "source")


def test_private_people_do_not_share_an_armed_modifier():
    evs = events_of("Rebel fighters and civilians fled the town on Sunday.")
    assert not any(e.source is not None and e.source.text == "civilians" and e.source.sector == "REB"
                   for e in evs), codes(evs, "source")


def test_opponents_of_a_government_are_that_states_opposition():
    e = at(events_of("Political opponents of the Zambian government clashed with police on Saturday."), "clashed")
    assert e and e[0].source is not None and e[0].source.code == "ZMBOPP", codes(e, "source")


def test_fighters_linked_to_a_group_are_not_the_group_itself():
    evs = events_of("The town was taken over by al-Qaida-linked fighters last month.")
    assert not any(e.source is not None and e.source.code == "IMGINSAQD" for e in evs), codes(evs, "source")
    evs = events_of("Isis fighters attacked the checkpoint on Sunday.")
    assert any(e.source is not None and e.source.code == "IMGINSISI" for e in evs), codes(evs, "source")


def test_it_for_a_resolution_of_the_security_council_named_again_is_the_un_body():
    evs = events_of("Shelling continued even after a UN security council resolution that demanded a truce. The resolution "
                    "adopted by the security council set no deadline, though it called for an immediate halt to fighting.")
    e = at(evs, "called")
    assert e and e[0].source is not None and e[0].source.code == "IGOUNOSEC", codes(evs, "source")


def test_a_sector_word_before_a_side_taker_names_the_side_not_the_actor():
    # "regime allies" are allies of the regime, "opposition backers" back the opposition: neither is that sector
    for text, trig, sector in (("Regime allies shelled the town of Douma on Tuesday.", "shelled", "GOV"),
                               ("Opposition backers attacked the army in Idlib on Monday.", "attacked", "OPP"),
                               ("Rebel sponsors condemned the rebels on Monday.", "condemned", "REB"),
                               ("Government supporters attacked protesters in Cairo.", "attacked", "GOV")):
        evs = at(events_of(text), trig)
        assert evs, text
        assert not any(e.source is not None and e.source.sector == sector for e in evs), (text, codes(evs, "source"))


def test_a_side_takers_own_modifier_names_it_when_its_side_is_named_apart():
    # the possessor or "of" phrase names the side, so "militia" says who they are; a demonym always does
    for text in ("Iran's militia allies attacked US troops in Iraq.", "Militia allies of Iran attacked US troops in Iraq."):
        e = at(events_of(text), "attacked")
        assert e and e[0].source is not None and e[0].source.sector == "UAF", (text, codes(e, "source"))
    e = at(events_of("Kurdish allies of the US attacked Islamic State in Raqqa."), "attacked")
    assert e and e[0].source is not None and e[0].source.code == "SYRKUR", codes(e, "source")  # (Raqqa's homeland)
    e = at(events_of("Russian backers of the regime met Turkish officials in Ankara."), "met")
    assert e and e[0].source is not None and e[0].source.code == "RUS", codes(e, "source")


def test_a_person_before_a_supporter_or_critic_noun_is_their_side_not_them():
    e = at(events_of("Assad supporters attacked protesters in Damascus."), "attacked")
    assert e and not any(x.source is not None and x.source.code == "SYRGOV" for x in e), codes(e, "source")
    e = at(events_of("Assad critics denounced the government in Damascus."), "denounced")
    assert e and not any(x.source is not None and x.source.code == "SYRGOV" for x in e), codes(e, "source")
    e = at(events_of("Assad met Iranian officials in Damascus."), "met")
    assert e and e[0].source is not None and e[0].source.code == "SYRGOV", codes(e, "source")
