"""Acts that are only characterised, advocated or talked over, and acts named in a fixed phrase ("in return for"):
no act of their own (issue 14, "not an event"). Sentences written for these tests; each construction has a
negative test where the act in a like frame is still coded."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2019-06-14")


# -- a verb of defiance or affront with a "by/in V-ing" act: the writer's reading of that act, not a second act

def test_by_shelling_defied_is_the_shelling_only():
    evs = events_of("By shelling the border villages last week, Damascus openly defied Ankara and its allies.")
    assert at(evs, "shelling"), dump(evs)
    assert not at(evs, "defied"), dump(evs)


def test_in_sending_troops_challenged_is_the_deployment_only():
    evs = events_of("In sending troops into the enclave, the Kremlin challenged the Security Council's authority.")
    assert at(evs, "sending"), dump(evs)
    assert not at(evs, "challenged"), dump(evs)


def test_by_phrase_after_the_verb_is_the_same_construction():
    evs = events_of("Moscow snubbed the Americans on Thursday by announcing fresh arms sales to Caracas.")
    assert at(evs, "arms sales") or at(evs, "announcing"), dump(evs)
    assert not at(evs, "snubbed"), dump(evs)


def test_defiance_without_a_coded_means_stays():
    evs = events_of("Damascus defied the ultimatum on Monday and kept its troops in the valley.")
    assert at(evs, "defied"), dump(evs)
    evs = events_of("The opposition leader challenged the president to a televised debate by Friday.")
    assert at(evs, "challenged"), dump(evs)


# -- a V-ing course advocated, favoured or talked over is not done

def test_advocated_and_recommended_gerunds_are_not_done():
    evs = events_of("She has long advocated arming the Kurdish militias.")
    assert not [e for e in evs if e.cameo.startswith("07")], dump(evs)
    evs = events_of("The panel recommended expelling the ambassador and freezing the embassy's accounts.")
    assert not at(evs, "expelling") and not at(evs, "freezing"), dump(evs)


def test_gerunds_talked_over_are_not_done():
    evs = events_of("European ministers discussed sanctioning Belarus at their meeting in Brussels.")
    assert not [e for e in evs if e.cameo.startswith("16")], dump(evs)
    evs = events_of("Washington is debating arming the opposition with anti-tank missiles.")
    assert not at(evs, "arming"), dump(evs)
    evs = events_of("Several senators favour bombing the airfields used by the regime.")
    assert not at(evs, "bombing"), dump(evs)


def test_act_done_beside_a_verb_of_talk_is_coded():
    evs = events_of("The cabinet discussed the crisis and expelled two Iranian diplomats on Friday.")
    assert at(evs, "expelled"), dump(evs)
    evs = events_of("The United States backed the rebels by sending them anti-tank missiles.")
    assert at(evs, "backed"), dump(evs)


# -- "in return for", "in exchange for": the price of a bargain, no return of anyone

def test_in_return_for_names_no_return():
    evs = events_of("Paris will coordinate any naval deployment in return for British logistical support.")
    assert not at(evs, "return"), dump(evs)
    evs = events_of("Ankara offered to reopen the crossing in return for guarantees from Moscow.")
    assert not at(evs, "return"), dump(evs)


def test_a_return_of_refugees_is_still_coded():
    evs = events_of("Jordan completed the return of 3,000 Syrian refugees to Deraa on Tuesday.")
    assert at(evs, "return"), dump(evs)


# -- "invest in" a person, a bond or a course: a figure, no economic act (061 stays for money put into a business)

def test_investing_in_each_other_or_a_strategy_is_a_figure():
    evs = events_of("Ankara and Tehran had invested a great deal in each other since the sanctions began.")
    assert not [e for e in evs if e.cameo == "061"], dump(evs)
    evs = events_of("The minister had personally invested in a strategy of isolating Qatar.")
    assert not [e for e in evs if e.cameo == "061"], dump(evs)


def test_invested_in_as_a_state_is_no_act():
    evs = events_of("Few governments are as invested in the outcome as Saudi Arabia.")
    assert not [e for e in evs if e.cameo == "061"], dump(evs)
    evs = events_of("Several generals were deeply invested in the alliance with the Kurdish militia.")
    assert not at(evs, "invested"), dump(evs)


def test_money_invested_in_a_business_is_still_coded():
    evs = events_of("China invested $2bn in Iraq's oil sector last year.")
    assert [e for e in evs if e.cameo == "061"], dump(evs)
    evs = events_of("Qatar has invested in Turkish banks and ports.")
    assert [e for e in evs if e.cameo == "061"], dump(evs)


# -- a capability or a motto: what a party could do or holds to, not an act done

def test_capable_of_v_ing_is_a_capability():
    evs = events_of("Ankara is building an army capable of invading the Kurdish enclave.")
    assert not at(evs, "invading"), dump(evs)
    evs = events_of("Western officials doubt the rebels are capable of storming the airbase.")
    assert not at(evs, "storming"), dump(evs)


def test_the_mantra_is_to_negotiate_is_no_negotiation():
    evs = events_of("The mantra of the new government is to negotiate rather than fight.")
    assert not at(evs, "negotiate") and not at(evs, "fight"), dump(evs)


def test_storming_beside_a_capability_is_still_coded():
    evs = events_of("The rebels, better armed than before, stormed the airbase on Sunday.")
    assert at(evs, "stormed"), dump(evs)


# -- everyday senses: a course of study, a post taken over, a scar shown

def test_everyday_study_post_and_scar_are_no_acts():
    evs = events_of("He moved to Beirut to study law in 1998.")
    assert not at(evs, "study"), dump(evs)
    evs = events_of("The army chief took over from General Khan as commander of the northern corps.")
    assert not at(evs, "took over"), dump(evs)
    evs = events_of("The colonel rolled up his sleeve to reveal a scar from the bombing.")
    assert not at(evs, "reveal"), dump(evs)


def test_town_taken_over_and_report_studied_are_still_coded():
    evs = events_of("Iraqi troops took over the airport on Monday.")
    assert at(evs, "took over"), dump(evs)
    evs = events_of("Pakistan is currently studying the proposal from Kabul.")
    assert at(evs, "studying"), dump(evs)


# -- "those who V" in the present: a class of people named by what they do or hold, no act done

def test_those_who_support_in_the_present_is_a_class():
    evs = events_of("Those who support the junta are wrong.")
    assert not at(evs, "support"), dump(evs)
    evs = events_of("The plan was vetoed by those who oppose any deal with Tehran.")
    assert not at(evs, "oppose"), dump(evs)
    evs = events_of("Those who oppose the Syrian government are terrorists, the minister said.")
    assert not at(evs, "oppose"), dump(evs)


def test_those_who_did_or_are_doing_an_act_still_did_it():
    evs = events_of("Those who stormed the Turkish embassy in Baghdad were militiamen loyal to Iran.")
    assert at(evs, "stormed"), dump(evs)
    evs = events_of("Those who are shelling the town are Russian mercenaries, a commander said.")
    assert at(evs, "shelling"), dump(evs)


# -- a means or a lever to make another act: neither the pressure nor the act it would force is done

def test_leverage_to_force_a_release_forces_nothing():
    evs = events_of("Washington lacks the leverage to force Tehran to release the sailors.")
    assert not at(evs, "release"), dump(evs)
    evs = events_of("Europe has few levers to pressure Moscow into withdrawing its troops.")
    assert not at(evs, "pressure"), dump(evs)


def test_a_release_forced_is_still_coded():
    evs = events_of("Washington forced Tehran to release the sailors on Friday.")
    assert at(evs, "release") and at(evs, "forced"), dump(evs)


# -- a V-ing after a policy or strategy noun that the parser hung on a word further up is still that noun's

def test_policy_on_v_ing_hung_higher_is_still_a_policy():
    evs = events_of("Their efforts were a stark contrast to Dutch state policy on repatriating the children "
                    "of fighters.")
    assert not at(evs, "repatriating"), dump(evs)
    evs = events_of("Critics drew a sharp contrast with the Danish strategy of deporting rejected asylum seekers.")
    assert not at(evs, "deporting"), dump(evs)


def test_repatriating_done_beside_a_contrast_is_coded():
    evs = events_of("Their efforts were a contrast to Dutch officials, who began repatriating the children of "
                    "fighters last month.")
    assert at(evs, "repatriating"), dump(evs)


# -- "press on", "press ahead": going on with something, no pressure put on anyone

def test_pressing_on_or_ahead_is_no_appeal():
    evs = events_of("The government pressed on with the reforms despite the protests.")
    assert not at(evs, "pressed"), dump(evs)
    evs = events_of("Ankara will press ahead with its plan for a buffer zone, the minister said.")
    assert not at(evs, "press"), dump(evs)


def test_pressing_a_government_is_still_an_appeal():
    evs = events_of("The envoy pressed Iran on its missile programme.")
    assert at(evs, "pressed"), dump(evs)
    evs = events_of("Britain pressed Turkey to release the journalists.")
    assert at(evs, "pressed"), dump(evs)


# -- "fighting under the banner of X" on a party: the side it is on, no fight told

def test_fighting_under_a_banner_names_a_side():
    evs = events_of("Militants fighting under the banner of al-Qaida will be expected to leave the zone.")
    assert not at(evs, "fighting"), dump(evs)
    evs = events_of("Hundreds of foreigners fighting under the flag of the Islamic State remain in the desert.")
    assert not at(evs, "fighting"), dump(evs)


def test_an_act_by_a_party_under_a_banner_is_coded():
    evs = events_of("Gunmen fighting under the banner of the FSA shelled the airport on Monday.")
    assert at(evs, "shelled"), dump(evs)
