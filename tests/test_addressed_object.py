"""The one a verb of asking, pressing or lobbying addresses is its target, not a party named inside what is asked
for (issue 14; data/coding/addressing_verbs.tsv; coding/addressed_object.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_on, exactly_at


events_of = events_on("2019-03-12")


def test_the_one_lobbied_is_the_target_not_a_party_in_the_topic():
    evs = events_of("The Chilean foreign minister lobbied Jair Bolsonaro for the return of hostages from the FARC.")
    e = exactly_at(evs, "lobbied")
    assert e and e[0].target is not None and e[0].target.code.startswith("BRA"), dump(evs)


def test_the_party_met_is_the_one_a_purpose_clause_presses():
    evs = events_of("The Peruvian defence minister met his Bolivian counterpart in Lima to press his plan "
                    "for Peru to build a border fence.")
    e = exactly_at(evs, "press")
    assert e and e[0].target is not None and e[0].target.code.startswith("BOL"), dump(evs)


def test_with_no_party_addressed_the_act_asked_for_still_names_the_target():
    evs = events_of("Nigeria's president pressed for sanctions on Chad at the summit.")
    e = exactly_at(evs, "pressed")
    assert e and e[0].target is not None and e[0].target.code.startswith("TCD"), dump(evs)


def test_lobbying_for_a_party_with_no_one_addressed_keeps_the_for_phrase():
    evs = events_of("The Kenyan minister lobbied for the refugees from Eritrea.")
    e = exactly_at(evs, "lobbied")
    assert e and e[0].target is not None and e[0].target.code.startswith("ERI"), dump(evs)


def test_the_capital_visited_is_the_one_a_purpose_clause_urges():
    evs = events_of("The Indian minister visited Dhaka to urge an end to the border killings.")
    e = exactly_at(evs, "urge")
    assert e and e[0].target is not None and e[0].target.code.startswith("BGD"), dump(evs)


def test_a_warning_hung_on_an_appeal_is_addressed_to_the_one_urged():
    evs = events_of("The Kenyan minister urged the Somali authorities to reopen the road, warning that traders "
                    "would suffer.")
    e = exactly_at(evs, "warning")
    assert e and e[0].target is not None and e[0].target.code.startswith("SOM"), dump(evs)
