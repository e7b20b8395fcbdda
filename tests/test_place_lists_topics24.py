"""A place the parser coordinated with the opponent ("against Boko Haram in Nigeria and Chad") is where the act was
done, not a second target (coding/place_lists.py); the topic of a meeting or talk ("discussed sanctions against
Eritrea", "hosted talks about Somalia") is not the party met (coding/consult_topics.py)."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _targets(evs):
    return sorted(e.target.code if e.target else None for e in evs)


def test_place_list_after_in_is_no_second_target():
    evs = at(events_of("Niger has waged a war against Boko Haram in Nigeria and Chad since 2016."), "waged")
    assert _targets(evs) == ["NGAINS"], dump(evs)


def test_place_list_whose_last_place_is_labelled_an_organisation():
    # (the parser's entity label calls "Cameroon" an organisation here; the gazetteer places it)
    evs = at(events_of("Jordan has waged a war against Boko Haram in Nigeria and Cameroon since 2015."), "waged")
    assert _targets(evs) == ["NGAINS"], dump(evs)


def test_two_coordinated_targets_stay_two():
    # (no "in" phrase between them: both are parties the attack was aimed at)
    evs = at(events_of("Egypt condemned the attack on Ethiopia and Sudan."), "condemned")
    assert _targets(evs) == ["ETH", "SDN"], dump(evs)


def test_discussed_options_against_a_country_is_a_topic():
    evs = at(events_of("The Kenyan president summoned his cabinet to discuss military options against Somalia."),
             "discuss")
    assert evs and all(e.target is None or e.target.code != "SOM" for e in evs), dump(evs)


def test_concerns_about_a_country_are_a_topic():
    evs = at(events_of("Ruto discussed his concerns about Somalia in phone calls with his cabinet."), "discussed")
    assert evs and all(e.target is None or e.target.code != "SOM" for e in evs), dump(evs)


def test_hosted_talks_on_a_country_is_a_topic():
    evs = at(events_of("Kenya hosted talks about Somalia last week."), "hosted")
    assert evs and all(e.target is None or e.target.code != "SOM" for e in evs), dump(evs)


def test_party_met_is_still_the_target():
    evs = at(events_of("Kenyan ministers met with Ethiopian officials on Somalia."), "met")
    assert _targets(evs) == ["ETHGOV"], dump(evs)


def test_talks_between_parties_keep_them():
    evs = at(events_of("Norway hosted talks between Colombia and the rebels."), "hosted")
    assert "COL" in _targets(evs), dump(evs)


def test_sanctions_outside_a_meeting_keep_their_target():
    # (the topic rule is only for consultations: a sanction's "on" names its target)
    evs = at(events_of("The European Union imposed sanctions on Eritrea."), "imposed")
    assert _targets(evs) == ["ERI"], dump(evs)


def test_value_to_a_country_is_whom_it_matters_to():
    # (the parser hangs "to Kenya" on the verb; it is the noun's: coding/valued_by.py)
    evs = at(events_of("The president dismissed the strategic value of Somalia to Kenya."), "dismissed")
    assert evs and all(e.target is None or e.target.code != "KEN" for e in evs), dump(evs)


def test_words_addressed_to_a_country_keep_it():
    evs = at(events_of("Ethiopia sent a protest note to Kenya."), "sent")
    assert any(e.target is not None and e.target.code.startswith("KEN") for e in evs), dump(evs)


def test_a_conference_on_a_country_keeps_it():
    # ("on" is no topic preposition here: a donor conference on a country is held for it)
    evs = at(events_of("The African Union will hold a donor conference on Somalia in Addis Ababa in May."), "hold")
    assert any(e.target is not None and e.target.code == "SOM" for e in evs), dump(evs)


def test_value_to_a_country_hung_on_the_noun():
    # (here the parser hangs "to Kenya" on "value" itself; the fallbacks read it all the same)
    evs = at(events_of("Convinced that the rebels were beaten, the president dismissed the lasting value of Somalia "
                       "to Kenya, saying the war was over."), "dismissed")
    assert evs and all(e.target is None or e.target.code != "KEN" for e in evs), dump(evs)


def test_criticised_conduct_is_aimed_at_its_owner():
    # (coding/possessed_conduct.py: not the body named inside the "of" phrase)
    evs = at(events_of("Ruto criticised China's handling of the United Nations talks."), "criticised")
    assert _targets(evs) == ["CHN"], dump(evs)


def test_regret_at_a_veto_use_is_aimed_at_the_one_using_it():
    evs = at(events_of("Ruto also voiced regret at China's use of its African Union veto on the plan."),
             "voiced")
    assert _targets(evs) == ["CHN"], dump(evs)


def test_a_possessed_person_stays_the_target():
    evs = at(events_of("Ruto criticised China's ambassador to the United Nations."), "criticised")
    assert _targets(evs) == ["CHNGOV"], dump(evs)
