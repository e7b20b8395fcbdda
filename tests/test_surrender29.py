"""Targets of withdrawals and of ground entered (issue 14, item 4: no target): a side of no state withdrawing or
pulling out gives way to its one foe in the article (coding/foes.py `_armed_retreat`, foes.tsv `armed-retreat`);
ground one side entered as its foe left it aims each act at the other, never between sides that are no foes
(coding/left_ground.py); "a return for fighters pushed out of Syria": the fighters are the pushed, not the doers
(coding/patient_participles.with_absolute_patient)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _targets(evs, word):
    return {e.target.code if e.target else None for e in at(evs, word)}


def test_a_group_withdrawing_gives_way_to_its_one_foe():
    evs = events_of("Kurdish-led fighters of the Syrian Democratic Forces besieged the last Islamic State pocket near "
                    "the river on Monday. The SDF killed dozens of Isis militants in heavy fighting on Friday. As Isis "
                    "withdrew, its fighters hid in tunnels under the village.")
    got = at(evs, "withdrew")
    assert got and _targets(evs, "withdrew") == {"SYRREB"}, dump(evs)
    assert all("the one foe of" in e.target.why for e in got), dump(evs)


def test_a_states_troops_withdrawing_take_no_foe():
    evs = events_of("Russian jets bombed rebel positions in Idlib on Monday. The rebels shot down a Russian jet on "
                    "Friday. Russia withdrew.")
    got = at(evs, "withdrew")
    assert got and all(e.target is None or e.target.code not in ("SYRREB", "SYRINS") for e in got), dump(evs)


def test_ground_entered_as_its_foe_pulled_out():
    evs = events_of("Turkish-backed rebels shelled Kurdish positions around the town for a week. The rebels killed "
                    "five Kurdish fighters in clashes on Thursday. On Sunday the Turkish-backed rebels entered the "
                    "town after Kurdish forces pulled out.")
    entered, left = at(evs, "entered"), at(evs, "pulled out")
    assert entered and all(e.target is not None and e.target.entity == "kurds" for e in entered), dump(evs)
    assert all("the side that left the ground" in e.target.why for e in entered), dump(evs)
    assert left and all(e.target is not None and e.target.code == entered[0].source.code for e in left), dump(evs)
    assert all("the side that came in" in e.target.why for e in left), dump(evs)


def test_a_handover_between_allies_gives_nothing():
    evs = events_of("Government troops entered the town of Marwa after the allied militia pulled out, in a planned "
                    "handover agreed last month. The militia had guarded the town since 2016.")
    left, entered = at(evs, "pulled out"), at(evs, "entered")
    assert left and all(e.target is None for e in left), dump(evs)
    assert entered and all(e.target is None or "the side that left" not in (e.target.why or "") for e in entered), \
        dump(evs)


def test_fighters_pushed_out_after_for_are_the_pushed():
    evs = events_of("Iraqi officials fear a return to Mosul for thousands of jihadists pushed out of Syria.")
    got = at(evs, "pushed")
    assert got and all(e.source is None or e.source.code != "IMGINSISI" for e in got), dump(evs)


def test_for_marked_participle_patient(nlp):
    from eventwire.coding.clause_args import object_of, subject_of
    doc = nlp("There is speculation about a return to Mosul for hundreds of fighters pushed out of Syria.")
    v = next(t for t in doc if t.lower_ == "pushed")
    assert subject_of(v)[0] is None
    obj, passive = object_of(v)
    assert obj is not None and obj.lower_ == "hundreds" and passive
    doc = nlp("The plan calls for the army to withdraw from the border.")
    v = next(t for t in doc if t.lower_ == "withdraw")
    assert subject_of(v)[0] is not None and subject_of(v)[0].lower_ == "army"


def test_a_withdrawal_pursued_by_a_side_gave_way_to_it():
    evs = events_of("The jihadists gradually withdrew, pursued by Malian troops.")
    got = at(evs, "withdrew")
    assert got and _targets(evs, "withdrew") == {"MLIMIL"}, dump(evs)
    assert all("pursued by" in e.target.why for e in got), dump(evs)


def test_a_retreat_after_losing_ground_to_a_side_gave_way_to_it():
    evs = events_of("The rebels retreated to the south after losing the airport to Ethiopian forces.")
    got = at(evs, "retreated")
    assert got and _targets(evs, "retreated") == {"ETHMIL"}, dump(evs)
    assert all("lost ground to" in e.target.why for e in got), dump(evs)


def test_a_surrender_a_fighting_sides_member_reports_is_to_that_side():
    evs = events_of("A Kenyan army spokesman said 15 al-Shabaab militants had surrendered near Mandera on Sunday.")
    got = at(evs, "surrendered")
    assert got and _targets(evs, "surrendered") == {"KENMIL"}, dump(evs)
    assert all("whose member reports it" in e.target.why for e in got), dump(evs)


def test_a_surrender_a_head_of_state_reports_takes_no_side():
    evs = events_of("The Kenyan president said 15 al-Shabaab militants had surrendered at the border post.")
    got = at(evs, "surrendered")
    assert got and all(e.target is None for e in got), dump(evs)


def test_a_surrender_a_foreign_military_reports_takes_no_side():
    evs = events_of("A Pentagon spokesman said 300 Isis fighters had surrendered near Baghuz in eastern Syria.")
    got = at(evs, "surrendered")
    assert got and all(e.target is None or e.target.country != "USA" for e in got), dump(evs)
