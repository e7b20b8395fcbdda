"""Threats of force aimed at held ground take the ground's holder (issue 14, session 27: coding/threatened_ground.py,
held_memory's coordinated and misattached appositions)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _one(text, word):
    evs = at(events_of(text), word)
    assert len(evs) == 1, dump(events_of(text))
    return evs[0]


def test_threatened_move_towards_a_stronghold_named_before():
    e = _one("Kurdish fighters have held the town of Kobani, a stronghold of the YPG, since 2016. "
             "Turkey has threatened to extend its offensive south towards Kobani.", "threatened")
    assert e.target is not None and e.target.code == "SYRREB", dump([e])
    assert "threatened act goes to" in e.target.why


def test_coordinated_apposition_names_the_holder():
    # "the hub of ..., and a bastion of the YPG": the second noun of the apposition names the holder
    e = _one("Ankara has also threatened to push its troops east towards the town of Manbij, the hub of the US "
             "presence in the region, and a bastion of the YPG.", "threatened")
    assert e.target is not None and e.target.code == "SYRREB", dump([e])
    assert e.target.text == "Manbij"


def test_means_clause_names_the_party_removed():
    e = _one("The Syrian government vowed to regain control of the whole country, including by removing any "
             "US-backed Kurdish militia.", "regain")
    assert e.target is not None and e.target.sector == "UAF", dump([e])
    assert "means clause" in e.rule


def test_no_holder_is_the_doers_own_side():
    e = _one("The Syrian army has threatened to push into Daraa, a stronghold of the Syrian army.", "threatened")
    assert e.target is None or e.target.code != "SYRMIL", dump([e])


def test_ground_with_no_holder_named_keeps_its_target():
    evs = events_of("Turkey threatened to send troops to Manbij to protect Turkmen villagers.")
    assert all("threatened act goes to" not in (e.target.why or "") for e in evs if e.target), dump(evs)


def test_move_to_help_the_holder_is_no_threat_to_it():
    evs = events_of("Kurdish-held Afrin has been shelled by Turkey for weeks. Reports said pro-Assad militiamen would "
                    "enter Afrin to assist local Kurdish militias fighting against the incursion.")
    enter = at(evs, "enter")
    # (root29: the move is no threat at all but an intention to cooperate militarily with the side it helps,
    # coding/helping_force.py: the helped militias are its target, never as the threatened holder)
    assert enter and all(e.cameo[:2] != "13" for e in enter), dump(evs)
    assert all("threatened act goes to" not in (e.target.why or "") for e in enter if e.target), dump(evs)


def test_holder_told_of_it_in_the_next_sentence():
    # (held_memory._pronoun_holdings: "the rebel factions that control it", "it" the place the sentence before is about)
    evs = events_of("Eastern Ghouta has been besieged by government forces since 2013. Years of shelling have failed "
                    "to dislodge the rebel factions that control it.")
    got = at(evs, "besieged")
    assert got and got[0].target is not None and got[0].target.code == "SYRREB", dump(evs)


def test_modal_holding_of_it_names_no_holder():
    evs = events_of("Eastern Ghouta has been besieged by government forces since 2013. The army says it will soon "
                    "control it.")
    got = at(evs, "besieged")
    assert got and (got[0].target is None or got[0].target.code != "SYRREB"), dump(evs)
