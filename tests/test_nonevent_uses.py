"""Precision (issue 14): uses of event words that assert no act (coding/nonevent_uses.py and the lexicon rows beside
it), and the real acts next to them that stay coded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_of, at


@pytest.mark.parametrize("text, word", [
    # a standing deployment: where forces are
    ("Ethiopia fears an attack if the 1,500 Kenyan troops stationed in Somalia are pulled out.", "stationed"),
    ("Eritrea has not crossed the river, on the far bank of which 800 Ethiopian soldiers are stationed.",
     "stationed"),
    ("About 3,000 French soldiers are stationed in the region, along with a UN mission.", "stationed"),
    ("Kenya says it has troops stationed along the frontier with Somalia.", "stationed"),
    ("The Chadian battalion, which is based in Kidal, has lost six men this year.", "based"),
    ("Mali wants the return of the Russian instructors, who are reportedly deployed with Malian units.", "deployed"),
    ("He described the barracks in which he was stationed as a prison.", "stationed"),
    # an act named only as what is not mentioned or seen
    ("The minister made no mention of Kabila's resignation in his speech.", "resignation"),
    ("There was no sign of a withdrawal of Rwandan troops from the border.", "withdrawal"),
    # not done: "too ... to"; a story told in a work of fiction
    ("Washington had judged the Sudanese rebels too divided and weak to defeat the army.", "defeat"),
    ("Her new novel, about a soldier who deserted his unit and shot his commander, sold well.", "shot"),
    # a question about the doer
    ("Who is to blame for the collapse of the Sudanese ceasefire?", "blame"),
    # everyday senses: filmed, a doctor's examination
    ("A retired teacher was captured on video insulting a Somali family at a bus stop.", "captured"),
    ("The gunman was caught on camera as he ran from the market.", "caught"),
    ("Doctors at the clinic examined 4,000 children last month and found most were underweight.", "examined"),
    ("Of the 900 patients examined by the nurses, 80 were suffering from cholera.", "examined"),
    # an event noun inside a name
    ("The Syrian Civil Defence said 40 people were pulled from the rubble.", "Defence"),
])
def test_no_event(text, word):
    evs = events_of(text)
    assert not at(evs, word), [(e.cameo, e.trigger_text) for e in evs]


@pytest.mark.parametrize("text, word, root", [
    # the acts beside them stay
    ("Russia deployed 3,000 troops to Syria.", "deployed", "15"),
    ("Kenya stationed 2,000 troops in Somalia last year.", "stationed", "06"),
    ("French troops were deployed to northern Mali on Friday.", "deployed", "15"),
    ("Turkey has positioned part of its forces at nine outposts in Iraq.", "positioned", "15"),
    ("Police captured the gunman after a chase.", "captured", "17"),   # a person captured is detained (173)
    ("The army hit rebel positions near the border.", "hit", "19"),
    ("The Kenyan army hit back at the militants after the ambush.", "hit", "19"),
    ("The rebels were strong enough to defeat the army in the north.", "defeat", "19"),
    ("The gunman was captured by soldiers near the border.", "captured", "17"),
])
def test_act_stays(text, word, root):
    evs = at(events_of(text), word)
    assert evs and evs[0].cameo.startswith(root), [(e.cameo, e.trigger_text) for e in evs]


def test_hit_back_at_remarks_is_criticism():
    """ "hit back at" a remark is a verbal reply (111), though the parser reads "back" as an adverb."""
    evs = at(events_of("Kenya's president hit back at remarks made by the Somali prime minister."), "hit")
    assert evs and evs[0].cameo == "111", [(e.cameo, e.pattern) for e in evs]


def test_operation_name_is_not_its_act():
    """A word of an operation's name ("Shield") is not the act; the launch of the offensive is."""
    evs = events_of("Turkey launched its Euphrates Shield offensive against Isis in 2016.")
    assert not [e for e in evs if e.cameo.startswith("18")], [(e.cameo, e.pattern) for e in evs]
    assert [e for e in evs if e.cameo.startswith("19") and e.source and e.source.country == "TUR"]


def test_purpose_of_protection_not_done():
    """Guarding named only as what a force is for is not an act of protection done."""
    evs = events_of("Ethiopia trained a cadre of fighters to guard the frontier against Eritrean raiders.")
    assert not at(evs, "guard"), [(e.cameo, e.trigger_text) for e in evs]


def test_pushed_back_passive_under_control_verb():
    """ "began being pushed back": the particle read as an adverb still makes "push back"; the controller of a passive
    is its patient, not its doer."""
    evs = at(events_of("After the siege, al-Shabaab began being pushed back from the coast."), "pushed")
    assert evs and evs[0].cameo.startswith("19"), [(e.cameo, e.pattern) for e in evs]
    assert evs[0].source is None and evs[0].target is not None, (evs[0].source, evs[0].target)


def test_belief_passive_not_made_an_act():
    """A subjectless head ("was mistakenly thought to be killed"): no patient made of the sentence's subject."""
    evs = events_of("Mohamud was last month mistakenly thought to be killed by a drone strike near Kismayo.")
    assert not at(evs, "killed"), [(e.cameo, e.trigger_text) for e in evs]


def test_capital_naming_a_declaration_is_no_party():
    """ "the Nairobi declaration, which condemned ...": the capital names where it was made, not Kenya acting."""
    evs = at(events_of("The Nairobi declaration, which condemned the attacks on civilians, was signed by ten states."),
             "condemned")
    assert all(not (e.source and e.source.country == "KEN") for e in evs), [(e.cameo, e.source) for e in evs]


def test_two_capitals_before_talks_are_the_parties():
    evs = at(events_of("An official close to the Khartoum-Juba talks said a deal was near."), "talks")
    assert evs and any(e.source and e.source.country in ("SDN", "SSD") for e in evs), \
        [(e.cameo, e.source) for e in evs]


def test_seat_of_power_before_its_plan_stays_the_actor():
    """A seat of power is the government itself: "the Kremlin plan, which condemned ..." is Russia's."""
    evs = at(events_of("The Kremlin plan, which condemned the Chechen rebels, was published on Monday."), "condemned")
    assert evs and evs[0].source is not None and evs[0].source.country == "RUS", [(e.cameo, e.source) for e in evs]


def test_tensions_between_two_states_are_a_state_not_an_act():
    evs = events_of("Tensions between Paris and Moscow have simmered for months over the Wagner group.")
    assert not [e for e in evs if e.cameo.startswith("11")], evs
    # a rebuke is still an act
    evs = events_of("Ankara sharply criticised Washington over its support for the Kurdish militia.")
    assert [e for e in evs if e.cameo.startswith("11")], evs


def test_a_subject_that_says_no_one_did_it_negates_the_act():
    assert not events_of("Neither Britain nor France has ratified the new arms treaty.")
    assert not events_of("No country has recognised the annexation of the island.")
    assert not [e for e in events_of("Few have questioned the general's account of the raid.")
                if e.cameo.startswith("09")]
    # coordinated subjects without "neither" still act
    assert events_of("Britain and France signed the arms treaty on Monday.")
