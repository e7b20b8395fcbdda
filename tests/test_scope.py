"""Acts inside something not done, read above their own governor (coding/scope.py), and compulsion by a
circumstance: sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-05-02")


def triggers(evs):
    return {e.trigger_text.split()[0].lower() for e in evs}


def test_bare_noun_inside_a_warning_is_no_act():
    evs = events_of("The president warned the Kurdish militia not to count on American protection.")
    assert "protection" not in triggers(evs)
    assert "warned" in triggers(evs)          # the warning itself stays


def test_act_two_steps_below_a_plea_is_no_act():
    evs = events_of("The envoy had begged the Iranians to put pressure on the militias to start talks.")
    assert "start" not in triggers(evs)
    assert "begged" in triggers(evs)


def test_act_inside_a_hypothetical_purpose_is_no_act():
    evs = events_of("Britain must use its influence to get Washington to lift the sanctions.")
    assert "lift" not in triggers(evs)


def test_time_clause_inside_a_hope_is_no_act():
    evs = events_of("The plan dashes Israeli hopes that Washington would abandon the militia once the war against "
                    "Hamas came to an end.")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_danger_noun_names_an_act_feared():
    evs = events_of("The Kurds remain exposed to the danger of a Turkish assault.")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_risk_noun_names_an_act_not_done():
    evs = events_of("Labour said military intervention risks escalating the conflict.")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_interest_in_names_an_act_not_done():
    evs = events_of("Belgium has expressed some interest in repatriating the wives of its jihadists.")
    assert "repatriating" not in triggers(evs)


def test_no_longer_above_an_intention():
    evs = events_of("The ministry no longer wanted to fund the militias.")
    assert "fund" not in triggers(evs)


def test_when_clause_under_a_future():
    evs = events_of("When Washington wants the help of local militias in fighting insurgents, it will remember this.")
    assert "fighting" not in triggers(evs)


def test_facts_below_a_request_stay():
    # a past time clause and a relative clause tell facts, whatever governs them
    evs = events_of("The UN urged Iraq to punish the soldiers who killed the protesters in Basra on Friday.")
    assert "killed" in triggers(evs)
    evs = events_of("Turkey must withdraw its troops after they shelled the Kurdish town of Afrin on Monday.")
    assert "shelled" in triggers(evs)


def test_real_acts_stay():
    evs = events_of("Iraqi troops forced the militants to leave Mosul on Tuesday.")
    assert "forced" in triggers(evs)
    evs = events_of("Russian jets bombed the town of Idlib on Sunday, killing 12 civilians.")
    assert "bombed" in triggers(evs)


def test_necessity_is_no_coercion():
    evs = events_of("Last month Italy was obliged to pull its diplomats out of Tripoli amid a dispute with Haftar.")
    assert "obliged" not in triggers(evs)


def test_circumstance_is_no_coercer():
    evs = events_of("The rebels were pressured by the fact that their supplies were running out.")
    assert "pressured" not in triggers(evs)
    evs = events_of("No fuel has reached the town since March, forcing families to burn furniture for heat.")
    assert "forcing" not in triggers(evs)


def test_coercion_by_an_actor_stays():
    evs = events_of("Jordan was compelled by the Security Council to reopen the crossing.")
    assert "compelled" in triggers(evs) or any(e.cameo.startswith(("10", "17", "13")) for e in evs)


def test_bare_verb_coordinated_with_a_wanted_to_v_is_wanted_too():
    evs = events_of("The Pentagon wants to defeat the militants, and reassure its allies Jordan and Egypt.")
    hits = [e for e in evs if e.trigger_text.lower().startswith("reassure")]
    assert hits and all(e.modality == "intent" for e in hits)


def test_present_relative_clause_on_a_bare_plural_is_a_kind_of_party():
    evs = events_of("Washington imposed sanctions on banks that continue to trade with North Korea.")
    assert not [e for e in evs if e.cameo.startswith("06")]
    assert [e for e in evs if e.cameo.startswith("16")]          # the sanctions stay
    evs = events_of("The army arrested fighters who attacked the checkpoint on Monday.")
    assert [e for e in evs if e.cameo.startswith("19")]          # a past relative clause tells an act


def test_free_participle_below_an_idea_stays():
    evs = events_of("Omani officials began to revive the idea of reopening ties with Caracas, encouraging their "
                    "Kuwaiti partners to follow suit.")
    assert [e for e in evs if e.cameo.startswith("02")], [(e.cameo, e.trigger_text) for e in evs]


def test_kind_of_party_needs_the_head_as_doer():
    evs = events_of("Refugees pour onto open fields, where Kurdish fighters receive them.")
    assert "receive" in triggers(evs), [(e.cameo, e.trigger_text) for e in evs]


def test_coordinated_clause_with_its_own_subject_is_not_in_the_first_ones_scope():
    evs = events_of("The talks might fail, but Turkey has warned that it will attack the Kurdish militia.")
    assert [e for e in evs if e.trigger_text == "attack" and e.modality == "intent"], \
        [(e.cameo, e.trigger_text, e.modality) for e in evs]
