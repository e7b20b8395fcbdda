"""The right country for a described group or force (issue 14, item 3), session 29, on sentences written for these
tests: forces a state's doer calls home are its own (knowledge/called_home.py); the possessives of an act noun left
out after its possessor, "their airstrikes, as well as the regime's and Russia's", are doers of the harm, no country
of those rescued from it (knowledge/actor_doer._elided_owners); a "from" or "under attack in" phrase the parser hung
on the verb right after a people's body places it in that homeland, and is no country of the doer
(knowledge/people_hung.py)."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-04")


def at(evs, trigger):
    return [e for e in evs if e.trigger_text.startswith(trigger)]


def sides(evs):
    return [(e.source.code if e.source else None, e.cameo, e.trigger_text, e.target.code if e.target else None)
            for e in evs]


# --- forces called home ---------------------------------------------------------------------------------------------

def test_soldiers_ordered_home_are_the_orderers():
    evs = at(events_of("Macron has ordered the soldiers to return home from Mali."), "ordered")
    assert evs and evs[0].target is not None and evs[0].target.code == "FRAMIL", sides(evs)
    assert "called them home" in evs[0].target.why


def test_troops_a_bare_president_calls_home_stay_bare():
    evs = at(events_of("The president called for the troops to come home by Christmas."), "called")
    assert evs and evs[0].target is not None and evs[0].target.code == "MIL", sides(evs)


def test_soldiers_ordered_to_the_front_take_no_home():
    evs = at(events_of("Macron has ordered the soldiers to advance towards the border."), "ordered")
    assert not evs or evs[0].target is None or evs[0].target.code != "FRAMIL" or \
        "called them home" not in (evs[0].target.why or ""), sides(evs)


# --- possessives of an act noun left out -----------------------------------------------------------------------------

def test_rescued_from_airstrikes_of_a_state_named_after_are_not_its_people():
    evs = at(events_of("Volunteers are rescuing civilians from their airstrikes, as well as the regime's and "
                       "Russia's, a spokesman said."), "rescuing")
    assert evs and evs[0].target is not None and evs[0].target.code != "RUSCVL", sides(evs)


# --- a people's body placed by a phrase hung on the verb ---------------------------------------------------------

def test_kurdish_officials_from_a_town_are_of_its_homeland():
    evs = at(events_of("Macron met Kurdish officials from Afrin at the Elysee palace."), "met")
    assert evs and evs[0].target is not None and evs[0].target.code == "SYRKURGOV", sides(evs)
    assert "hung on the verb" in evs[0].target.why


def test_kurdish_commanders_under_attack_in_a_homeland():
    evs = at(events_of("The French president has courted the group, recently inviting Kurdish commanders under "
                       "attack from Turkey in northern Syria to Paris."), "inviting")
    assert evs and evs[0].target is not None and evs[0].target.code == "SYRKURMIL", sides(evs)


def test_the_hosts_country_is_not_the_guests_origin():
    evs = at(events_of("The chancellor hosted Kurdish leaders from northern Iraq in Berlin on Monday."), "hosted")
    assert evs and evs[0].target is not None and evs[0].target.code == "IRQKURGOV", sides(evs)
    assert evs[0].source is None or evs[0].source.code != "IRQGOV", sides(evs)


def test_kurdish_leaders_invited_to_paris_stay_the_people():
    evs = at(events_of("Macron invited Kurdish leaders to Paris for talks."), "invited")
    assert evs and evs[0].target is not None and evs[0].target.code == "KURGOV", sides(evs)


def test_a_venue_the_parser_made_a_modifier_does_not_stop_the_hung_place():
    evs = at(events_of("The French president has courted the group, recently inviting to the Elysee Kurdish "
                       "commanders under attack from Turkey in northern Syria."), "inviting")
    assert evs and evs[0].target is not None and evs[0].target.code == "SYRKURMIL", sides(evs)


# --- residents of the place just named ------------------------------------------------------------------------------

def test_bare_residents_are_of_the_town_the_sentence_before_names():
    evs = at(events_of("Fresh shelling killed eleven people in the besieged suburb of Douma on Monday, monitors "
                       "said. Residents have condemned the failure of world powers to stop the bombing."), "condemned")
    assert evs and evs[0].source is not None and evs[0].source.code == "SYRCVL", sides(evs)


def test_the_residents_after_a_deal_named_by_states_stay_bare():
    evs = at(events_of("Turkey and Russia agreed a truce for Idlib on Monday. The residents have condemned the deal."),
             "condemned")
    assert evs and evs[0].source is not None and evs[0].source.code == "CVL", sides(evs)
