"""Targets of non-force acts that name the party only around them (issue 14, no target, tgt2_27): aid or support whose
recipient is the object of the helping verb coordinated before it, an endorsement of protests (the protesters of their
place), an alert that answers a fear of a party (that party), a verdict handed down "against" someone. Sentences
written for these tests; each construction has a negative test where the plain reading stays."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2018-05-22")


# -- aid or support given to the object of a helping verb coordinated before it (coding/conjoined_recipient.py)

def test_support_goes_to_the_forces_advised_before_it():
    evs = events_of("British instructors are working to train and advise the Iraqi army and to provide "
                    "artillery support.")
    given = at(evs, "provide")
    assert [e.target and e.target.code for e in given] == ["IRQMIL"], dump(evs)
    assert "coordinated before 'provide'" in given[0].rule, dump(evs)


def test_air_cover_goes_to_the_militia_armed_before_it():
    evs = events_of("Washington armed the Peshmerga and provided air cover for the advance on the town.")
    assert [e.target and e.target.code[:3] for e in at(evs, "provided")] == ["IRQ"], dump(evs)


def test_another_doers_gift_takes_no_recipient_from_the_first_clause():
    evs = events_of("Britain trained the Iraqi police and Turkey provided arms.")
    assert [e.target for e in at(evs, "provided")] == [None], dump(evs)


def test_own_troops_trained_are_no_recipient():
    evs = events_of("The army trained its own recruits and provided equipment.")
    assert [e.target for e in at(evs, "provided")] == [None], dump(evs)


# -- an endorsement of protests: the protesters of their place (coding/endorsed_protests.py)

def test_backing_protests_in_a_country_is_aimed_at_its_protesters():
    evs = events_of("The French foreign minister backed the protests in Iran on Tuesday.")
    backed = at(evs, "backed")
    assert [e.target and e.target.code for e in backed] == ["IRNOPP"], dump(evs)
    assert "protesters of the 'protests' in Iran" in backed[0].rule, dump(evs)


def test_endorsement_of_protests_nowhere_named_keeps_no_target():
    evs = events_of("The French foreign minister backed the protests on Tuesday.")
    assert [e.target for e in at(evs, "backed")] == [None], dump(evs)


# -- an alert or show of readiness answering a fear of a party (coding/feared_party.py)

def test_alert_amid_fears_of_an_attack_is_aimed_at_the_attacker():
    evs = events_of("Pakistan put its army on alert amid fears of an Indian attack.")
    put = at(evs, "put")
    assert [e.target and e.target.code[:3] for e in put] == ["IND"], dump(evs)
    assert "party feared" in put[0].rule, dump(evs)


def test_alert_for_fear_of_being_targeted_is_aimed_at_the_agent():
    evs = events_of("Greece placed its navy on high alert on Monday in light of fears it may be targeted by "
                    "Turkish warships.")
    assert [e.target and e.target.code[:3] for e in at(evs, "placed")] == ["TUR"], dump(evs)


def test_alert_with_no_fear_named_keeps_no_target():
    evs = events_of("Pakistan put its army on alert on Monday.")
    assert [e.target for e in at(evs, "put")] == [None], dump(evs)


# -- a verdict handed down against someone (coding/verdict_against.py)

def test_verdicts_listing_an_order_against_a_doctor():
    evs = events_of("Investigators found rulings handed down by the militants' courts – including an execution "
                    "order against a doctor who had treated soldiers.")
    handed = at(evs, "handed")
    assert [e.target and e.target.sector for e in handed] == ["HLH"], dump(evs)
    assert "the one the 'order' is against" in handed[0].rule, dump(evs)


def test_verdict_with_no_against_phrase_keeps_no_target():
    evs = events_of("Investigators found rulings handed down by the militants' courts.")
    assert [e.target for e in at(evs, "handed")] == [None], dump(evs)


# -- a legislature's approval or refusal of nominees: the government that nominated them (coding/nominated_by.py)

def test_refusing_to_approve_nominees_is_aimed_at_the_government():
    evs = events_of("Senate Republican leader Mitch McConnell refused on Thursday to approve the batch of judicial nominees.")
    refused = [e for e in evs if e.cameo.startswith("12")]
    assert [e.target and e.target.code for e in refused] == ["USAGOV"], dump(evs)
    assert "put forward the 'nominees'" in refused[0].rule, dump(evs)


def test_nominees_of_a_legislature_of_no_known_country_take_no_target():
    evs = events_of("The Senate rejected two of the nominees on Tuesday.")
    assert [e.target for e in at(evs, "rejected")] == [None], dump(evs)


# -- aid to an area the sentence does not name: the people of the story's country (coding/aid_area.py)

def test_aid_to_unnamed_areas_goes_to_the_story_countrys_people():
    evs = events_of("Somali forces have retaken parts of the south from al-Shabaab. Somali officials said the "
                    "fighting had cut off the region's towns. Aid agencies warned that hunger was spreading in "
                    "Somalia. Turkey has stepped up the aid it sends to those areas by road.")
    sent = at(evs, "sends")
    assert [e.target and e.target.code for e in sent] == ["SOMCVL"], dump(evs)
    assert "in the story's country (SOM)" in sent[0].rule, dump(evs)


def test_aid_at_home_to_unnamed_areas_takes_no_target():
    evs = events_of("Somali forces have retaken parts of the south from al-Shabaab. Somali officials said the "
                    "fighting had cut off the region's towns. Aid agencies warned that hunger was spreading in "
                    "Somalia. The Somali government has stepped up the aid it sends to those areas by road.")
    assert [e.target for e in at(evs, "sends")] == [None], dump(evs)
