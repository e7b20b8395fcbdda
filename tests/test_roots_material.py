"""The CAMEO root of real acts (issue 14), second part: support given by armed forces or with military means is
military cooperation (062), not praise (051); sponsoring talks is mediation, not economic aid; leaving a deal reduces
relations; an act a decision performs by itself (revoking citizenship, recognition, leaving a deal) is done when
decided; armed men gathering or taking houses is force posture or fighting, also when a pronoun names them; a curly
"we’re going to" announces an act. Sentences written for these tests."""
from __future__ import annotations

import pytest



from coded_sentences import all_events_of as events_of, codes  # noqa: E402,F401


@pytest.mark.parametrize("text, word", [
    ("The militia, backed by Turkish tanks and drones, overran the ridge.", "backed"),
    ("The tribal fighters were supported by coalition warplanes in the valley.", "supported"),
    ("Kurdish fighters, backed by American air power, pushed into the town.", "backed"),
    ("Paris supported the rebel brigades with airstrikes last spring.", "supported"),
    ("The rebel brigades advanced with Russian air support.", "support"),
])
def test_support_with_military_means_is_military_cooperation(text, word):
    got = codes(events_of(text), word)
    assert got and all(c == "062" for c in got), got


@pytest.mark.parametrize("text, word", [
    ("Norway supported the peace plan on Tuesday.", "supported"),
    ("The senators backed the budget deal after a long debate.", "backed"),
])
def test_verbal_support_stays_praise(text, word):
    assert "051" in codes(events_of(text), word)


def test_sponsored_talks_are_mediation_and_a_workshop_is_no_aid():
    assert set(codes(events_of("Qatar and Egypt sponsored a new round of negotiations in Cairo."), "sponsored")) == {"045"}
    assert codes(events_of("The ministry sponsored a workshop on water policy in Amman."), "sponsored") == []


@pytest.mark.parametrize("text, word", [
    ("Venezuela pulled out of the regional trade pact in April.", "pulled"),
    ("Mali withdrew from the defence agreement with France.", "withdrew"),
])
def test_leaving_a_deal_reduces_relations(text, word):
    assert codes(events_of(text), word) == ["160"]


@pytest.mark.parametrize("text, word", [
    ("Ankara has backed the rebels in northern Syria for years.", "backed"),
    ("The border militias are backed by Tehran, officials in Baghdad say.", "backed"),
    ("Qatar, which backed the insurgents, denied the report on Monday.", "backed"),
])
def test_backing_an_armed_group_is_military_cooperation(text, word):
    got = codes(events_of(text), word)
    assert got and all(c == "062" for c in got), got


def test_backing_a_government_or_a_plan_stays_praise():
    assert codes(events_of("France backed the Lebanese government's reform plan on Monday."), "backed") == ["051"]


def test_backing_out_of_a_deal_reduces_relations_and_a_bare_back_out_is_no_support():
    assert codes(events_of("The ministry backed out of the water agreement with Jordan on Tuesday."), "backed") == ["160"]
    assert codes(events_of("The sponsor backed out at the last minute, Egyptian officials said."), "backed") == []


def test_troops_pulling_out_of_a_town_still_retreat():
    assert codes(events_of("The soldiers pulled out of the border town on Monday."), "pulled") == ["0874"]


@pytest.mark.parametrize("text, word, code", [
    ("The interior minister faces a court challenge over his decision to revoke the cleric's citizenship.", "revoke",
     "172"),
    ("The Bolivian president decided to pull out of the arms treaty last year.", "pull", "160"),
])
def test_a_decision_performs_its_act(text, word, code):
    evs = [e for e in events_of(text) if word in e.trigger_text.lower()]
    assert [e.cameo for e in evs] == [code]
    assert evs[0].modality == "asserted"


def test_a_decision_to_withdraw_troops_stays_an_intention():
    assert codes(events_of("The Bolivian president decided to withdraw the troops from the border."), "withdraw") \
        == ["0356"]


def test_a_decision_still_to_come_stays_an_intention():
    # an administrative sanction to come (172) threatens sanctions, 1312, not repression, 137 (root15b)
    assert codes(events_of("The interior minister will decide to revoke the cleric's citizenship."), "revoke") \
        == ["1312"]


def test_armed_men_named_by_a_pronoun_gathering_is_force_posture():
    text = "Government troops advanced on the province on Monday. They have gathered in great numbers near the town."
    assert codes(events_of(text), "gathered") == ["154"]
    text = "Hundreds of farmers marched on the capital on Monday. They have gathered in great numbers near the palace."
    assert codes(events_of(text), "gathered") == ["141"]


def test_fighters_taking_houses_is_fighting():
    assert codes(events_of("The rebels took three houses from the army on the edge of the town."), "took") == ["190"]
    assert codes(events_of("\u201cWe took three houses last night,\u201d the militia commander said."), "took") == ["190"]
    assert codes(events_of("The landlord's family took three houses in the city."), "took") == ["1711"]


def test_curly_going_to_announces_the_act():
    evs = events_of("\u201cWe\u2019re going to protect our soldiers during the pullout,\u201d the Danish minister said.")
    assert codes(evs, "protect") == ["0334"]


def test_citizenship_stripped_with_no_doer_is_the_state_of_that_nationality():
    evs = [e for e in events_of("The preacher was stripped of his Dutch citizenship while he was held in Iraq.")
           if "stripped" in e.trigger_text]
    assert [e.cameo for e in evs] == ["172"]
    assert evs[0].source is not None and evs[0].source.code == "NLDGOV"
    assert "nationality" in evs[0].source.why


def test_citizenship_with_no_country_named_takes_no_state_from_the_place():
    evs = [e for e in events_of("Her citizenship was revoked once she had given interviews in Iraq.")
           if "revoked" in e.trigger_text]
    assert all(e.source is None or e.source.country != "IRQ" for e in evs)


def test_working_to_do_an_act_is_an_intention():
    evs = events_of("The minister said he was working to rescue the orphans held in the camps.")
    assert codes(evs, "rescue") == ["0333"]
    assert codes(events_of("The charity worked to deliver food to the besieged town."), "deliver") == ["073"]


def test_working_to_clear_a_town_is_the_fight():
    assert codes(events_of("Kurdish troops are working to clear the town of militants."), "clear") == ["190"]


def test_supporting_hospitals_is_humanitarian_aid():
    assert codes(events_of("The Swiss charity supports twelve hospitals in the province."), "supports") == ["073"]


def test_air_support_contributed_stays_aid_and_air_support_given_is_military():
    evs = events_of("Washington is prepared to contribute air support to the peacekeeping force in Mali.")
    assert codes(evs, "contribute") == ["033"]


def test_armed_group_leading_a_campaign_is_fighting():
    assert codes(events_of("The rebel brigade led the ground campaign in the southern hills."), "led") == ["190"]
    assert codes(events_of("The opposition leader led a campaign against the new tax."), "led") == ["113"]


def test_gathering_as_a_buffer_is_force_posture():
    evs = events_of("The Chechen volunteers had gathered as a buffer against the advancing militia.")
    assert set(codes(evs, "gathered")) == {"154"}


def test_air_support_named_as_a_noun_is_military_cooperation():
    evs = events_of("The rebel brigades operated with American air support near the dam.")
    assert codes(evs, "support") == ["062"]
    assert codes(events_of("Ottawa's support for the rebels angered Ankara."), "support") == ["051"]


def test_working_to_investigate_is_the_investigation():
    evs = events_of("The Dutch navy said it was working to investigate who fired on the tanker.")
    assert codes(evs, "investigate") == ["090"]
