"""Targets of acts of words, requests, proposals and diplomacy that the sentence names off the pattern's own slot
(issue 14, no target): words aimed at or addressed to someone and proposals put to a body (coding/put_to.py), a
thing granted on request asked "from" someone (coding/roles.py), a boycotted gathering's organiser
(coding/hosted.py), the parties an "including" phrase lists (coding/appos_list.py), co-agents "along with" the
subject of a mutual act (coding/reciprocal.py) and "officials of the three countries" after a sentence naming
the three in one clause (knowledge/coref_sets.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2021-06-14")


def dyads(evs, root=""):
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if e.cameo.startswith(root)}


def countries(evs, root=""):
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in evs if e.cameo.startswith(root)}


# --- words aimed at someone -------------------------------------------------------------------------------------

def test_remarks_aimed_at_a_country_are_directed_at_it():
    evs = events_of("The Egyptian president's remarks on the dam were aimed at Ethiopia, officials in Cairo said.")
    assert ("EGY", "ETH") in countries(evs, "01"), evs


def test_a_speech_directed_at_a_government_names_it():
    evs = events_of("The Kenyan foreign minister made a speech directed at Somalia over the maritime border.")
    assert ("KEN", "SOM") in countries(evs, "01"), evs


def test_words_aimed_at_no_actor_name_no_target():
    evs = events_of("The Egyptian president's remarks were aimed at calming the markets.")
    assert all(e.target is None for e in evs if e.cameo.startswith("01")), evs


# --- proposals put to a body ------------------------------------------------------------------------------------

def test_a_resolution_proposed_at_the_security_council_is_put_to_it():
    evs = events_of("Norway said it will propose a resolution at the Security Council on the famine in Yemen.")
    assert any(e.target is not None and e.target.code.startswith("IGOUNO") for e in evs if e.cameo[:2] in ("01", "03")), evs


def test_a_security_council_resolution_names_its_body():
    evs = events_of("On Monday France proposed a fresh UN security council resolution about the detained journalists.")
    assert any(e.target is not None and e.target.code.startswith("IGOUNO") for e in evs if e.cameo[:2] in ("01", "03")), evs


def test_a_countrys_resolution_names_no_body():
    evs = events_of("Ireland proposed a Russian resolution on Tuesday.")
    assert not any(e.target is not None and e.target.country == "RUS" for e in evs if e.cameo[:2] in ("01", "03")), evs


# --- a thing granted on request, asked "from" someone ---------------------------------------------------------

def test_consular_access_asked_from_a_capital_is_asked_of_its_state():
    evs = events_of("The Dutch embassy asked for consular access from Ankara after the arrest of the reporter.")
    assert ("NLD", "TUR") in countries(evs, "02"), evs


def test_assurances_sought_from_a_government():
    evs = events_of("Jordan sought assurances from Israel that the holy sites would stay open.")
    assert ("JOR", "ISR") in countries(evs, "02"), evs


# --- a boycotted gathering's organiser ----------------------------------------------------------------------------

def test_boycotting_a_meeting_organised_by_a_capital():
    evs = events_of("Canada boycotted the meeting, which was organised by Washington.")
    assert ("CAN", "USA") in countries(evs, "1"), evs


def test_boycotting_an_event_conceived_by_a_state():
    evs = events_of("Qatar boycotted the event, first conceived by Riyadh as a show of Gulf unity.")
    assert ("QAT", "SAU") in countries(evs, "1"), evs


# --- the parties an "including" phrase lists ---------------------------------------------------------------------

def test_talks_with_leaders_including_named_ones_are_with_each():
    evs = events_of("The Chinese premier held talks with several Asian leaders including Japan's prime minister and "
                    "South Korea's president.")
    got = countries(evs, "04")
    assert ("CHN", "JPN") in got and ("CHN", "KOR") in got, got


def test_phone_calls_with_leaders_including_named_ones():
    evs = events_of("Erdogan spoke by phone with other leaders including Vladimir Putin and Emmanuel Macron on Sunday.")
    got = countries(evs, "04")
    assert ("TUR", "RUS") in got and ("TUR", "FRA") in got, got


# --- co-agents "along with" the subject of a mutual act ---------------------------------------------------------

def test_along_with_co_agents_meet_each_other():
    evs = events_of("The Egyptian president, along with his Sudanese counterpart and the Ethiopian prime minister, "
                    "will meet in Addis Ababa next week.")
    got = countries(evs, "03")
    assert ("EGY", "SDN") in got and ("SDN", "ETH") in got and ("ETH", "EGY") in got, got


def test_together_with_co_agent_holds_talks_with_it():
    evs = events_of("Kenya, together with Uganda, held talks on the border dispute.")
    got = countries(evs, "04")
    assert ("KEN", "UGA") in got and ("UGA", "KEN") in got, got


def test_along_with_on_an_act_aimed_at_a_third_party_is_no_mutual_act():
    evs = events_of("Russia, along with Iran, condemned the strikes on Damascus.")
    assert not any(e.source and e.target and {e.source.country, e.target.country} == {"RUS", "IRN"} for e in evs), evs


# --- ministers of the countries one clause named ----------------------------------------------------------------

def test_ministers_from_the_three_countries_named_in_one_clause_meet_each_other():
    evs = events_of("Brazil wants to settle the river dispute together with its neighbours, Paraguay and Uruguay. "
                    "Officials of the three countries met in Asuncion on Friday.")
    got = dyads([e for e in evs if e.sentence == 1], "0")
    assert {("BRAGOV", "PRYGOV"), ("PRYGOV", "URYGOV"), ("URYGOV", "BRAGOV")} <= got, got


def test_three_countries_in_separate_clauses_are_no_set():
    evs = events_of("Kenya accused Uganda of harbouring rebels while Tanzania stayed silent. Officials from the three "
                    "countries met in Arusha.")
    assert all(e.target is None for e in evs if e.sentence == 1 and e.cameo.startswith("04")), evs


# --- two capitals joined by a dash before a talks noun ------------------------------------------------------------

def test_talks_named_by_two_capitals_joined_by_a_dash_are_mutual():
    evs = events_of("A senior diplomat familiar with the Cairo–Khartoum talks said a deal was close.")
    got = countries(evs, "04")
    assert ("EGY", "SDN") in got and ("SDN", "EGY") in got, got


# --- support relied on ----------------------------------------------------------------------------------------------

def test_support_relied_on_backs_the_one_relying():
    evs = events_of("The Houthis, who rely on Iranian support, fired missiles at the airport.")
    assert ("IRN", "YEM") in countries(evs, "05"), evs


# --- the one a promise is made to, beside a "what" object ----------------------------------------------------------

def test_what_was_promised_to_a_named_party_is_directed_at_it():
    evs = events_of("But this is exactly what the Kremlin promised Ankara it would not allow the militias to do.")
    assert ("RUS", "TUR") in countries(evs, "03"), evs


def test_what_a_government_assured_a_neighbour():
    evs = events_of("That is not what the Kenyan government assured Somalia last year.")
    assert ("KEN", "SOM") in countries(evs, "01"), evs


# --- a thing granted on request, asked of the one other country its sentence names ---------------------------------

def test_consular_access_requested_after_an_arrest_abroad_is_asked_of_that_state():
    evs = events_of("Ottawa confirmed on Friday that two Canadians were being held in China, and it has requested "
                    "consular access to both men.")
    assert ("CAN", "CHN") in countries(evs, "02"), evs


def test_permission_sought_with_two_foreign_countries_named_is_asked_of_neither():
    evs = events_of("Canada has asked for consular access after two of its nationals were detained in China and Russia.")
    assert all(e.target is None for e in evs if e.cameo.startswith("02")), evs


def test_a_plural_that_names_its_own_party_keeps_it_beside_an_including_phrase():
    evs = events_of("Libyan rebel factions, including the Misrata brigades, threatened to storm the oil terminals.")
    assert any(e.source is not None and e.source.country == "LBY" and e.source.start == 0 for e in evs), evs


# --- a conversation held in a foreign capital ------------------------------------------------------------------------

def test_a_conversation_in_a_foreign_capital_is_with_its_host():
    evs = events_of("The Japanese foreign minister had a frank conversation in Beijing about the islands.")
    assert ("JPN", "CHN") in countries(evs, "04"), evs


# --- the other side of talks refused with no one named ----------------------------------------------------------

def test_refusing_to_negotiate_is_with_the_party_the_story_says_it_talks_with():
    evs = events_of("Colombia's government has held talks with the ELN since 2017. On Monday the president said he "
                    "would not negotiate under threats.")
    assert ("COLGOV", "COLREB") in dyads([e for e in evs if e.sentence == 1], "12"), evs


def test_talks_between_two_other_states_name_no_partner_for_a_refusal():
    evs = events_of("Russia held talks with Turkey on Monday. The Syrian government refused to negotiate.")
    assert all(e.target is None for e in evs if e.sentence == 1 and e.cameo.startswith("12")), evs


def test_a_state_refusing_talks_after_talking_with_the_opposition_refuses_its_own_countrys_opposition():
    evs = events_of("Venezuela's government agreed last month to negotiate with the opposition in Oslo. On Friday "
                    "the foreign minister said Caracas would not negotiate under pressure.")
    got = [e for e in evs if e.sentence == 1 and e.cameo.startswith("12")]
    assert any(e.target is not None and e.target.code == "VENOPP" for e in got), evs
