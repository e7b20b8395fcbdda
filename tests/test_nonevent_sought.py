"""Acts named only as what someone asks for, refuses or fails to do, as what a split "for X to V" makes possible, or
as what a saying still to come will report (issue 14, "not an event"; coding/sought.py, coding/embedded_acts.py).
Sentences written for these tests; each construction has a negative test where the act in a like frame is coded."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2021-05-17")


# -- an event noun asked for: the object of a verb of asking, or its "for" phrase

def test_release_called_for_by_a_petition_is_no_release():
    evs = events_of("Rights activists have started an internet petition calling for Okafor's release, which has drawn "
                    "more than 4,000 signatures.")
    assert not at(evs, "release"), dump(evs)
    assert at(evs, "petition"), dump(evs)


def test_resignation_called_for_is_no_resignation():
    evs = events_of("Students in Lagos called for the governor's resignation on Tuesday.")
    assert not at(evs, "resignation"), dump(evs)
    assert at(evs, "called"), dump(evs)


def test_release_done_is_still_coded():
    evs = events_of("Nigerian police announced Okafor's release on Tuesday after three weeks in custody.")
    assert at(evs, "release"), dump(evs)


def test_purpose_of_a_thing_asked_for_is_no_act():
    evs = events_of("Nairobi has asked for a $2bn grant up front, then $300m a year to take in the refugees, "
                    "diplomats in Geneva told reporters.")
    assert not at(evs, "take"), dump(evs)
    assert at(evs, "asked"), dump(evs)


# -- a refusal, failure or reluctance to act: the act is not done

def test_refusal_to_extradite_is_no_extradition():
    evs = events_of("Relations soured after Athens' refusal to extradite the eight officers to Ankara.")
    assert not at(evs, "extradite"), dump(evs)
    evs = events_of("Kenya's failure to deport the preacher angered Washington.")
    assert not at(evs, "deport"), dump(evs)


def test_named_doer_relative_inside_the_refusal_stays():
    evs = events_of("Ankara resents the refusal to extradite the preacher that Erdogan blames for the failed coup.")
    assert not at(evs, "extradite"), dump(evs)
    assert at(evs, "blames"), dump(evs)


# -- "for X to V" as the parser splits it

def test_split_for_to_with_a_list_of_leaders_is_no_approval():
    evs = events_of("The draft on the status of the border towns will be sent for the two presidents – Kenya’s "
                    "William Ruto and Uganda’s Yoweri Museveni – to sign on Friday.")
    assert not at(evs, "sign"), dump(evs)


def test_time_for_a_deal_to_be_reached_is_no_deal():
    evs = events_of("The French army has been pressing the Elysee to delay the pullout to give more time for an "
                    "agreement to be reached with the Tuareg rebels.")
    assert not at(evs, "reached"), dump(evs)
    assert at(evs, "pressing"), dump(evs)


def test_decision_to_act_after_for_is_not_split():
    evs = events_of("The interior minister, Anna Berg, has come under fire for her decision to revoke the Swedish "
                    "citizenship of a jailed recruiter.")
    assert at(evs, "revoke"), dump(evs)


# -- what a saying still to come will report

def test_content_of_an_announcement_to_come_is_not_reported():
    evs = events_of("If he gets his way, the president will declare next week that the militia has been defeated and "
                    "its last stronghold destroyed.")
    assert not at(evs, "defeated"), dump(evs)
    evs = events_of("The minister is expected to announce that the army has recaptured the border crossing.")
    assert not at(evs, "recaptured"), dump(evs)


def test_content_of_a_saying_made_is_reported():
    evs = events_of("The minister announced on Monday that the army had recaptured the border crossing.")
    assert at(evs, "recaptured"), dump(evs)
    evs = events_of("The ministry would later say that its jets had killed 40 fighters near the border.")
    assert at(evs, "killed"), dump(evs)


# -- a future with no doer that the writer forecasts under a condition (coding/forecasts.py, roles.py `_prediction`)

def test_doerless_forecast_under_a_condition_is_no_intention():
    evs = events_of("If the peacekeepers pull out of Congo, the refugee camps around Goma will be attacked within "
                    "days.")
    assert not at(evs, "attacked"), dump(evs)


def test_doerless_future_in_a_stated_position_stays():
    evs = events_of("The stance in Ottawa is that, should its citizens reach a consulate in Turkey, they will be "
                    "repatriated to Canada.")
    assert at(evs, "repatriated"), dump(evs)
