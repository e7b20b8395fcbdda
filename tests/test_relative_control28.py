"""The doer of an object-control verb's "to" complement when a relative clause with no relative word leaves the
verb's object out (issue 14, wrong source, src28): "the rebels Washington trained to fight X" -- the rebels fight,
not Washington. Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def test_relative_clause_object_of_training_verb_does_the_complement():
    evs = events_of("The rebels Washington trained to fight the insurgents seized the town on Monday.")
    got = at(evs, "fight")
    assert got and got[0].source is not None and got[0].source.code.endswith("REB"), dump(evs)


def test_backed_noun_the_parser_hung_as_adverbial_ousts_the_group():
    evs = events_of("Tensions rose after the Pentagon said that Kurds it had backed to oust Islamic State from "
                    "Raqqa would patrol the frontier.", date="2018-01-20")
    got = at(evs, "oust")
    assert got and got[0].source is not None and "KUR" in got[0].source.code, dump(evs)
    backed = at(evs, "backed")
    assert backed and backed[0].target is not None and "KUR" in backed[0].target.code, dump(evs)


def test_armed_object_fights():
    evs = events_of("The United States armed the Kurds to fight the jihadists in the north.")
    got = at(evs, "fight")
    assert got and got[0].source is not None and "KUR" in got[0].source.code, dump(evs)


def test_complement_without_object_keeps_the_gap_for_the_complement():
    # "the town Iraq helped to retake": the town is what was retaken, Iraq retook it
    evs = events_of("The town Iraq helped to retake was shelled again on Friday.")
    got = at(evs, "retake")
    assert got and got[0].source is not None and got[0].source.code.startswith("IRQ"), dump(evs)


def test_military_factions_are_armed_groups_not_the_army():
    evs = events_of("The families urged the military factions that ousted Isis from Raqqa to help them.")
    got = at(evs, "ousted")
    assert got and got[0].source is not None and got[0].source.code.endswith("UAF"), dump(evs)


# "have only oneself to blame": the subject is at fault, no blamer (coding/self_blame.py)

def test_speaker_of_self_blame_idiom_accuses_its_subject():
    evs = events_of("The interior minister said the rioters had only themselves to blame for the crackdown.")
    got = [e for e in evs if e.cameo == "112"]
    assert got and got[0].source is not None and got[0].source.code.endswith("GOV"), dump(evs)
    assert got[0].target is not None and got[0].target.text == "rioters", dump(evs)
    assert not any(e.source is not None and e.source.text == "rioters" for e in evs), dump(evs)


ITS_STORY = ("Government forces are massing for an assault on the rebel province. Moscow has pressed Ankara to rein "
             "in the jihadists there. Ankara says it cannot do so. ")


def test_state_organ_takes_the_state_its_own_clause_says_its_of():
    evs = events_of(ITS_STORY + "Over the past week, military officials have sent armoured columns to protect its "
                    "allies, and on Wednesday deployed tanks along its southern border.")
    got = at(evs, "deployed")
    assert got and got[0].source is not None and got[0].source.code == "TURMIL", dump(evs)
    assert "'its' in its own clause" in got[0].source.why


def test_its_of_a_group_gives_no_country():
    evs = events_of("Police stormed the militia's camp on Sunday and seized its weapons.")
    got = at(evs, "seized")
    assert got and got[0].source is not None and got[0].source.code == "COP", dump(evs)


def test_holder_of_a_position_that_another_is_to_blame_accuses_it():
    evs = events_of("The government's position was that the rioters had only themselves to blame for the unrest.")
    got = [e for e in evs if e.cameo == "112"]
    assert got and got[0].source is not None and got[0].source.text == "government", dump(evs)
    assert got[0].target is not None and got[0].target.text == "rioters", dump(evs)
    evs = events_of("The army's view is that the militia was to blame for the bombing.")
    got = [e for e in evs if e.cameo == "112"]
    assert got and got[0].source is not None and got[0].source.code.endswith("MIL"), dump(evs)
