"""Acts named only as the object of a call, an arrangement, a duty or an unmet promise (issue 14, "not an event";
coding/embedded_acts.py). Sentences written for these tests; each construction has a negative test where the act
in a like frame is still coded."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2020-03-11")


# -- "for X to V": what is called for or made possible

def test_called_for_a_mission_to_be_deployed_is_no_deployment():
    evs = events_of("The opposition has called for a United Nations monitoring mission to be deployed along the "
                    "frontier with Lebanon.")
    assert not at(evs, "deployed"), dump(evs)


def test_petition_for_prisoners_to_be_handed_over_is_no_handover():
    evs = events_of("Families have petitioned the ministry for the Dutch prisoners held in Iraq to be flown home "
                    "and tried in Amsterdam.")
    assert not at(evs, "flown"), dump(evs)
    evs = events_of("Aid agencies are pressing for Ethiopian troops to be withdrawn from the Tigray region before the "
                    "harvest.")
    assert not at(evs, "withdrawn"), dump(evs)
    assert at(evs, "pressing"), dump(evs)


def test_paving_the_way_for_troops_to_leave_is_no_withdrawal():
    evs = events_of("The truce paved the way for Ethiopian soldiers to withdraw from the disputed district.")
    assert not at(evs, "withdraw"), dump(evs)


def test_time_taken_for_an_act_stays_an_act():
    evs = events_of("Russian troops entered the town on Monday after it took a week for the rebels to withdraw.")
    assert at(evs, "entered"), dump(evs)


# -- a duty given

def test_tasked_with_clearing_is_no_attack():
    evs = events_of("Moscow tasked the Syrian army with retaking the highway from the rebels.")
    assert not at(evs, "retaking"), dump(evs)


def test_entrusted_with_expelling_is_no_expulsion():
    evs = events_of("Kenyan police were entrusted last year with deporting Somali migrants who lack papers.")
    assert not at(evs, "deporting"), dump(evs)


def test_a_capture_done_with_a_weapon_stays():
    evs = events_of("The Nigerian army attacked the camp with helicopters on Sunday.")
    assert at(evs, "attacked"), dump(evs)


# -- what an arrangement that is not itself asserted would allow

def test_deal_to_allow_troops_to_cross_is_no_incursion():
    evs = events_of("Baghdad and Ankara sealed a deal to allow Turkish troops to pursue PKK fighters into the "
                    "mountains of northern Iraq.")
    assert not at(evs, "pursue"), dump(evs)
    evs = events_of("The memorandum was meant to allow Turkish troops to enter the Kurdish enclave.")
    assert not at(evs, "enter"), dump(evs)


def test_an_accord_that_would_permit_a_deployment():
    evs = events_of("Under the draft, the accord could permit Chad to station soldiers inside Cameroon.")
    assert not at(evs, "station"), dump(evs)


# -- an intention not kept or broken

def test_failure_to_meet_a_pledge_is_no_rescue_nor_intent():
    evs = events_of("Nigeria has failed to meet its pledge of rescuing the kidnapped schoolgirls by Christmas.")
    assert not at(evs, "rescuing"), dump(evs)


def test_promise_not_kept_is_no_release():
    evs = events_of("Israel did not keep its promise to release the Palestinian prisoners.")
    assert not at(evs, "release"), dump(evs)


def test_breached_accord_to_pull_back_is_no_withdrawal():
    evs = events_of("Washington accused Pyongyang of violating its pledge to dismantle the nuclear test site.")
    assert not at(evs, "dismantle"), dump(evs)
    assert at(evs, "accused"), dump(evs)
    evs = events_of("Serbia broke its promise to withdraw its police from the northern municipalities.")
    assert not at(evs, "withdraw"), dump(evs)


def test_a_pledge_made_stays_an_intent():
    evs = events_of("Nigeria pledged on Friday to rescue the kidnapped schoolgirls.")
    assert at(evs, "rescue"), dump(evs)
    evs = events_of("Israel kept its promise and released the Palestinian prisoners on Tuesday.")
    assert at(evs, "released"), dump(evs)


# -- what is missing: a "to V" on a noun that "no" negates

def test_no_officials_there_to_press_is_no_appeal():
    evs = events_of("With no US officials there to press Riyadh, the talks stalled.")
    assert not at(evs, "press"), dump(evs)
    evs = events_of("There are no UN observers in the valley to monitor the truce, the envoy said.")
    assert not at(evs, "monitor"), dump(evs)


def test_officials_sent_to_press_stay_an_appeal():
    evs = events_of("Kenya sent officers to urge calm in the market.")
    assert at(evs, "urge"), dump(evs)


# -- an act delayed, postponed or cancelled has not happened

def test_delayed_sentencing_is_no_verdict():
    evs = events_of("The former minister's delayed sentencing is now set for March.")
    assert not at(evs, "sentencing"), dump(evs)


def test_delay_in_withdrawing_is_no_withdrawal():
    evs = events_of("The delay in withdrawing the peacekeepers from Mali angered Bamako.")
    assert not at(evs, "withdrawing"), dump(evs)


def test_cancelled_visit_is_no_visit():
    evs = events_of("The cancelled visit of the Iranian president to Paris angered the French.")
    assert not at(evs, "visit"), dump(evs)


def test_a_sentencing_done_stays():
    evs = events_of("A Cairo court sentenced the former minister to ten years in prison on Monday.")
    assert at(evs, "sentenced"), dump(evs)
