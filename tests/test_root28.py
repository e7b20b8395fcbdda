"""Wrong CAMEO root (issue 14), session 28. Sentences written for these tests.

* a warning that the speaker's side treats people as outcasts ("would treat deserters as traitors") is a threat (13)
  aimed at them, not a gloomy forecast (coding/branded.py, read by coding/clause_senses.py);
* a reward put on someone for harming them ("offered a reward to anyone who kills the governor", "put a price on the
  mayor's head") is a threat (138) aimed at that person, not an offer to cooperate (coding/bounty.py);
* armed craft or troops sent to buzz or intimidate someone are a show of force (150) at them, not arms sent as aid
  (072): a row met by the kind of the purpose wins a tie with a row met by the object's word (coding/lexicon.py);
* support named by its kind ("logistical", "military", "financial", "intelligence" support) is aid or cooperation,
  not endorsement (051), also with a coordinated modifier; supporting aid agencies or their funding is 071;
* the "to V" of "designed to", "intended to" hung on a noun ("airstrikes designed to terrorise the villagers") is what
  the act was for, no threat (13) of its own with no doer (coding/concurred.py `purpose_told`).
Each has a control that keeps the old reading.
"""
from __future__ import annotations

from tests.coded_sentences import all_events_of, at, dump, events_of


def test_warning_of_branding_joiners_traitors_is_a_threat_at_them():
    evs = events_of("The Bolivian government warned it would treat any soldier who joins the breakaway militia as a "
                    "traitor to the nation.")
    got = at(evs, "warned")
    assert [e.cameo[:2] for e in got] == ["13"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("BOL"), dump(evs)


def test_warning_that_it_considers_people_enemies_is_a_threat():
    evs = events_of("The Ethiopian government warned that it considers any citizen who joins the rebel army an enemy "
                    "of the state.")
    assert [e.cameo[:2] for e in at(evs, "warned")] == ["13"], dump(evs)


def test_warning_about_anothers_view_stays_a_comment():
    evs = events_of("The Iranian government warned that Washington regards Tehran as an enemy.")
    assert all(e.cameo[:2] != "13" for e in at(evs, "warned")), dump(evs)


def test_reward_to_whoever_kills_a_person_is_a_threat_at_him():
    evs = events_of("The rebel movement has offered a reward to anyone who kills the Colombian defence minister.")
    got = at(evs, "offered")
    assert [e.cameo for e in got] == ["138"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("COL"), dump(evs)


def test_price_on_someones_head_is_a_threat():
    evs = events_of("The cartel put a price on the Mexican prosecutor's head.")
    got = at(evs, "put")
    assert [e.cameo for e in got] == ["138"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("MEX"), dump(evs)


def test_reward_for_good_work_is_no_threat():
    evs = all_events_of("The ministry offered a reward to teachers who complete the course.")
    assert all(e.cameo[:2] != "13" for e in evs), dump(evs)


def test_aircraft_sent_to_buzz_islands_are_a_show_of_force():
    evs = events_of("Moscow has picked a quarrel with Oslo, sending aircraft to buzz the Norwegian navy.")
    got = at(evs, "sending")
    assert [e.cameo[:2] for e in got] == ["15"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("NOR"), dump(evs)


def test_aircraft_sent_to_an_ally_stay_military_aid():
    evs = events_of("Russia sent aircraft to Syria last month.")
    assert [e.cameo for e in at(evs, "sent")] == ["072"], dump(evs)


def test_logistical_support_received_is_military_aid():
    evs = events_of("The Saudi-led coalition received American logistical and intelligence support.")
    got = at(evs, "support")
    assert got and all(e.cameo[:2] in ("06", "07") for e in got), dump(evs)


def test_coordinated_modifier_names_the_kind_of_support():
    evs = events_of("The force, which received Italian and Spanish logistical support, retook the port.")
    got = at(evs, "support")
    assert got and all(e.cameo[:2] == "07" for e in got), dump(evs)


def test_agencies_supported_by_a_government_get_economic_aid():
    evs = events_of("The shelters rely on charities supported by the Canadian government.")
    got = at(evs, "supported")
    assert [e.cameo for e in got] == ["071"], dump(evs)


def test_supporting_a_country_stays_endorsement():
    evs = events_of("Germany supported Ukraine at the summit.")
    assert [e.cameo for e in at(evs, "supported")] == ["051"], dump(evs)


def test_what_strikes_were_designed_for_is_no_threat_of_its_own():
    evs = all_events_of("The junta carried out relentless airstrikes on markets designed to terrorise the villagers.")
    assert not [e for e in evs if e.cameo[:2] == "13"], dump(evs)
    assert [e.cameo[:2] for e in at(evs, "carried out")] == ["19"], dump(evs)


def test_intimidation_done_stays_a_threat():
    evs = events_of("The junta intimidated the villagers before the vote.")
    assert [e.cameo[:2] for e in at(evs, "intimidated")] == ["13"], dump(evs)


def test_show_of_force_over_ground_is_aimed_at_its_state():
    evs = events_of("Moscow has been sending aircraft to buzz Danish islands in the Baltic for weeks.")
    got = at(evs, "sending")
    assert [e.cameo[:2] for e in got] == ["15"], dump(evs)
    assert got[0].target is not None and got[0].target.code.startswith("DNK"), dump(evs)
