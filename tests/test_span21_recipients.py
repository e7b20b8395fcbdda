"""Actor spans, session 21: the place an intended or refused act is done in or from (coding/target_chain.py),
the recipient of a gift whose "to" phrase the parser hung on a noun of the gift
(coding/hung_recipient.py), and a title's country never taken from the other party's mention of the same office
(knowledge/counterpart_office.py), and "his country" as the office-holder's state (knowledge/own_country.py). Sentences
written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_a_recipient_hung_on_an_alongside_phrase_of_the_gift():
    evs = events_of("Sweden will ship blankets alongside winter assistance to Armenia.")
    sent = at(evs, "ship")
    assert sent and all(e.target is not None and e.target.code == "ARM" for e in sent), dump(evs)


def test_no_recipient_from_the_giver_itself():
    evs = events_of("Germany delivered 40 trucks in a convoy to Germany's own border posts.")
    assert all(e.target is None or e.target.code != e.source.code for e in at(evs, "delivered") if e.source), \
        dump(evs)


def test_a_title_does_not_take_the_country_of_the_government_it_addresses():
    evs = events_of("The foreign minister offered condolences to the Peruvian government after the landslide.")
    cond = at(evs, "offered")
    assert cond and all(e.target is not None and e.target.code == "PERGOV" for e in cond), dump(evs)
    assert all(e.source is None or e.source.country != "PER" for e in cond), dump(evs)


def test_presidents_denouncing_a_government_s_warnings():
    evs = events_of("The visiting presidents denounced the repeated warnings issued by the Venezuelan government.")
    cond = at(evs, "denounced")
    assert cond and all(e.target is not None and e.target.code == "VENGOV" for e in cond), dump(evs)


def test_a_title_still_takes_the_country_of_a_named_person_it_acts_on():
    # (a person is no office named by its state: "declined the president's request" may be his own president's)
    evs = events_of("The deputy minister praised Kenyan President Uhuru Kenyatta for the reforms.")
    assert at(evs, "praised"), dump(evs)
    assert all(e.source is not None and e.source.country == "KEN" for e in at(evs, "praised")), dump(evs)


def test_an_intended_withdrawal_targets_the_state_of_the_place_left():
    evs = events_of("Chad has offered to pull its soldiers out of Darfur by June.")
    w = at(evs, "pull")
    assert w and all(e.target is not None and e.target.code == "SDN" for e in w), dump(evs)


def test_an_agreed_disarmament_targets_the_state_of_its_ground():
    evs = events_of("The separatist militia has agreed to lay down its weapons in Mindanao next month.")
    laid = at(evs, "lay down")
    assert laid and all(e.target is not None and e.target.country == "PHL" for e in laid), dump(evs)


def test_a_curfew_to_be_extended_targets_the_people_of_the_area():
    evs = events_of("Officials announced they will extend the curfew in Mandalay for two more weeks.")
    ext = at(evs, "extend")
    assert ext and all(e.target is not None and e.target.code == "MMRCVL" for e in ext), dump(evs)


def test_his_country_is_the_country_of_the_office_holder():
    evs = events_of("Lavrov said his country would not recognise the referendum.")
    rec = at(evs, "recognise")
    assert rec and all(e.source is not None and e.source.code == "RUS" for e in rec), dump(evs)


def test_a_private_person_s_country_is_no_actor():
    evs = events_of("The refugee said her country had abandoned her.")
    assert all(e.source is None or e.source.country is None or e.source.kind != "country" for e in evs), dump(evs)
