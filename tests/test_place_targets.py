"""Targets that are places (coding/place_targets.py), on sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on

SYRIA = "The war in Syria entered its eighth year on Monday. "


events_of = events_on("2019-05-02")


def _dyads(evs, root=None):
    return {((e.source.code if e.source else None), (e.target.code if e.target else None))
            for e in evs if root is None or e.cameo.startswith(root)}


def _target_on(evs, text, word):
    """Whether some event's target spans `word` in `text` (the place mention keeps its own span)."""
    i = text.index(word)
    return any(e.target is not None and e.target.start == i and e.target.end == i + len(word) for e in evs)


def test_act_noun_of_place_targets_its_state():
    text = SYRIA + "Russia's bombardment of Idlib drew condemnation from aid groups."
    evs = events_of(text)
    assert ("RUS", "SYR") in _dyads(evs, "19"), [(e.cameo, e.source, e.target) for e in evs]
    assert _target_on(evs, text, "Idlib")


def test_strikes_in_a_place_target_its_state_but_not_fighting_there():
    evs = events_of(SYRIA + "Israeli jets carried out several airstrikes in Syria overnight.")
    assert any(e.target is not None and e.target.code == "SYR" and e.cameo.startswith("19") for e in evs)
    evs = events_of(SYRIA + "Hundreds of Isis fighters fought in Raqqa for weeks.")
    assert not [e for e in evs if e.target is not None and e.target.code == "SYR"]


def test_own_ground_is_no_target():
    evs = events_of(SYRIA + "Syrian troops carried out airstrikes in Idlib on Sunday.")
    assert not [e for e in evs if e.target is not None and e.target.code == "SYR" and e.cameo.startswith("19")]


def test_ground_held_by_a_side_targets_the_holder():
    text = SYRIA + "Syrian jets pounded the rebel-held town of Douma for a third day."
    evs = events_of(text)
    hit = [e for e in evs if e.cameo.startswith("19") and e.target is not None]
    assert hit and hit[0].target.code == "SYRREB", [(e.cameo, e.source, e.target) for e in evs]
    assert _target_on(evs, text, "Douma")


def test_curfew_targets_the_people_of_the_place():
    text = "Unrest spread across India this week. Police imposed a curfew in parts of Srinagar on Friday."
    evs = events_of(text)
    cur = [e for e in evs if e.cameo.startswith("172")]
    assert cur and cur[0].target is not None and cur[0].target.code == "INDCVL", [(e.cameo, e.target) for e in evs]
    assert _target_on(cur, text, "Srinagar")


def test_restriction_on_something_else_in_a_place_is_not_an_area():
    evs = events_of("The US eased rules on the right of families to send money to relatives in Cuba.")
    assert not [e for e in evs if e.target is not None and e.target.code == "CUBCVL"]


def test_ceasefire_in_a_place_targets_its_state():
    evs = events_of(SYRIA + "Moscow and Ankara agreed to a ceasefire in Idlib on Thursday.")
    assert any(e.target is not None and e.target.code == "SYR" and e.source is not None
               and e.source.country in ("RUS", "TUR") for e in evs), [(e.cameo, e.source, e.target) for e in evs]


def test_withdrawal_from_a_place_targets_its_state():
    evs = events_of(SYRIA + "The Iranian army withdrew its advisers from Aleppo last month.")
    assert any(e.cameo.startswith("0874") and e.target is not None and e.target.code == "SYR" for e in evs), \
        [(e.cameo, e.source, e.target) for e in evs]


def test_cancelled_visit_targets_the_host_government():
    text = "Iraq's prime minister cancelled a planned visit to Mashhad after the protests in Iran."
    evs = events_of(text)
    hit = [e for e in evs if e.cameo == "164"]
    assert hit and hit[0].target is not None and hit[0].target.code == "IRNGOV", [(e.cameo, e.target) for e in evs]
    assert _target_on(hit, text, "Mashhad")


def test_place_target_yields_to_the_victim_of_the_same_act():
    evs = events_of("Fighting flared in Gaza. Israeli jets carried out strikes in Gaza, killing two Hamas commanders.")
    force = [e for e in evs if e.cameo[:2] in ("18", "19", "20")]
    assert force and all(e.target is not None and e.target.code != "PSE" for e in force), \
        [(e.cameo, e.source, e.target) for e in force]


def test_ground_named_by_nationality_gives_that_state():
    evs = events_of(SYRIA + "Moscow ordered a daily truce in the encircled Syrian enclave of eastern Ghouta.")
    hit = [e for e in evs if e.cameo.startswith("087")]
    assert hit and hit[0].target is not None and hit[0].target.code == "SYR", [(e.cameo, e.source, e.target) for e in evs]


def test_withdrawal_from_own_holdout_is_no_target():
    evs = events_of(SYRIA + "Hundreds of Isis fighters withdrew from the group's last stronghold in Syria.")
    assert not [e for e in evs if e.cameo.startswith("0874") and e.target is not None and e.target.code == "SYR"]


def test_alert_in_a_place_targets_its_people_but_a_parade_does_not():
    text = "Riots shook Chile this week. Chilean soldiers remained on alert in Valparaiso after the riots."
    evs = events_of(text)
    hit = [e for e in evs if e.cameo.startswith("151")]
    assert hit and hit[0].target is not None and hit[0].target.code == "CHLCVL", [(e.cameo, e.target) for e in evs]
    assert _target_on(hit, text, "Valparaiso")


def test_rebels_surrendering_or_disarming_at_home_target_their_state():
    evs = events_of("About 200 Kurdish rebels surrendered on Monday in southeastern Turkey.")
    assert any(e.cameo.startswith("087") and e.target is not None and e.target.code == "TUR" for e in evs), \
        [(e.cameo, e.source, e.target) for e in evs]
    evs = events_of("The ELN rebels said they will lay down their arms in Colombia next month.")
    assert any(e.target is not None and e.target.code == "COL" and e.source is not None
               and e.source.code.endswith("REB") for e in evs), [(e.cameo, e.source, e.target) for e in evs]


def test_a_states_own_army_surrendering_at_home_has_no_target():
    evs = events_of("The Japanese army surrendered in Japan.")
    assert not [e for e in evs if e.target is not None], [(e.cameo, e.source, e.target) for e in evs]


def test_state_ceasefire_at_home_targets_the_people():
    evs = events_of("The Chilean president declared a unilateral ceasefire in Chile on Monday.")
    assert any(e.cameo.startswith("0871") and e.target is not None and e.target.code == "CHLCVL" for e in evs), \
        [(e.cameo, e.source, e.target) for e in evs]


def test_aid_in_another_country_targets_its_people_but_not_at_home():
    evs = events_of("Japan sent $5 million for reconstruction in Ethiopia.")
    assert not [e for e in evs if e.target is not None and e.target.code == "JPN"]
    evs = events_of("The United Nations suspended food aid in Ethiopia after the attack.")
    assert any(e.target is not None and e.target.code == "ETHCVL" for e in evs), \
        [(e.cameo, e.source, e.target) for e in evs]
    evs = events_of("Japan provided food aid in Japan after the earthquake.")
    assert not [e for e in evs if e.target is not None and e.target.code == "JPNCVL"]


def test_refuge_taken_in_a_place_is_no_aid_to_its_people():
    evs = events_of(SYRIA + "Isis leaders have taken refuge inside the Syrian town of Bukamal.")
    assert not [e for e in evs if e.target is not None and e.target.code == "SYRCVL"], \
        [(e.cameo, e.source, e.target) for e in evs]


def test_arrival_of_foreign_officials_targets_the_host_government():
    text = "The prime ministers of Greece and Cyprus arrived in the Red Sea resort of Hurghada on Tuesday."
    evs = events_of(text)
    hit = [e for e in evs if e.cameo.startswith("042")]
    assert len(hit) == 2 and all(e.target is not None and e.target.code == "EGYGOV" for e in hit), \
        [(e.cameo, e.source, e.target) for e in evs]
    assert _target_on(hit, text, "Hurghada")
    evs = events_of("Her arrival in Basra on Sunday was welcomed by Kuwait's foreign minister, Sheikha Nour.")
    hit = [e for e in evs if e.cameo.startswith("042")]
    assert not hit or all(e.target is None or e.target.code != "IRQGOV" for e in hit)


def test_journey_to_a_foreign_town_targets_the_host_but_not_at_home_nor_a_seat_of_bodies():
    evs = events_of("The Jordanian foreign minister travelled to Homs on Thursday.")
    assert ("JORGOV", "SYRGOV") in _dyads(evs, "042"), [(e.cameo, e.source, e.target) for e in evs]
    evs = events_of("The Syrian foreign minister travelled to Homs on Thursday.")
    assert not [e for e in evs if e.target is not None and e.target.code == "SYRGOV"]
    evs = events_of("The Libyan delegation arrived in Geneva on Monday.")
    assert not [e for e in evs if e.target is not None and e.target.country == "CHE"], \
        [(e.cameo, e.source, e.target) for e in evs]


def test_aid_cut_to_a_place_is_aimed_at_its_people():
    from coded_sentences import events_on
    evs = events_on("2019-05-02")("Norway cut its grants to Borno state after the attack.")
    got = [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]
    assert ("NOR", "NGACVL") in got, got


def test_aid_weighed_for_a_place_is_aimed_at_its_people():
    from coded_sentences import events_on
    evs = events_on("2019-05-02")("Denmark is considering cutting its grants to Borno state.")
    got = [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]
    assert any(t == "NGACVL" for s, t in got), got


def test_aid_to_ones_own_region_names_no_target():
    from coded_sentences import events_on
    evs = events_on("2019-05-02")("Nigeria sent food aid to Borno state.")
    got = [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]
    assert not any(t for s, t in got), got
