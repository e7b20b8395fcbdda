"""Police acts in Indian English news, cased and lower-cased (issue 14): who arrested, used force or killed.

Sentences written for this test. The police must be the source of the arrest, the lathi-charge or the firing also
in the passive, in a "when" clause and in "an encounter with the police"; saying, investigating or being attacked
is no police act.
"""
from __future__ import annotations

import pytest

from eventwire import code_text

POLICE = ("COP", "MIL")


def police_acts(text: str) -> set[str]:
    """The 3-digit CAMEO codes of events whose source is the police (or army)."""
    res = code_text(text, date="2019-03-10")
    return {e.cameo[:3] for e in res.events if e.source is not None and (e.source.sector or "") in POLICE}



@pytest.mark.parametrize("case", ["cased", "lower"])
@pytest.mark.parametrize("text, code", [
    ("Policemen lathi-charged the striking teachers outside the assembly in Ranchi.", "175"),
    ("The striking teachers were lathi-charged by the police in Ranchi.", "175"),
    ("Police cane-charged the supporters of the candidate in Bijnor.", "175"),
    ("The police fired in the air to scatter the villagers in Purnia.", "175"),
    ("The police burst tear gas shells at the crowd in Sopore.", "175"),
    ("The police took six labourers into custody in Raipur on Friday.", "173"),
    ("Six labourers were taken into custody by the police in Raipur.", "173"),
    ("The SHO arrested the contractor from his office in Rohtak.", "173"),
    ("A head constable arrested two bootleggers in Vapi.", "173"),
    ("The STF arrested a wanted shooter in Kanpur.", "173"),
    ("Three rioters were arrested on Tuesday night.", "173"),
    ("Two farmers were killed when the police opened fire on the crowd in Mandla.", "190"),
    ("Several students were injured when the police lathi-charged them in Ajmer.", "190"),
    ("A wanted criminal was killed in an encounter with the police in Meerut.", "190"),
    ("Two infiltrators were killed in an exchange of fire with the army in Poonch.", "190"),
])
def test_police_act(text, code, case):
    t = text.lower() if case == "lower" else text
    assert code in police_acts(t), t


@pytest.mark.parametrize("case", ["cased", "lower"])
@pytest.mark.parametrize("text", [
    "Police said the injured were taken to the civil hospital in Karnal.",
    "The police registered a case against the landlord in Dewas.",
    "The police reached the village an hour after the clash in Sagar.",
    "A mob attacked the police with stones in Nalanda.",
    "A constable was shot dead by robbers in Etah.",
    "He took the matter into his own hands after the meeting.",
    "Nine pilgrims were injured when their bus overturned near Katra.",
])
def test_no_police_force(text, case):
    t = text.lower() if case == "lower" else text
    assert not police_acts(t) & {"173", "175", "180", "181", "182", "183", "190", "193"}, t


def test_the_police_is_no_description_of_earlier_people():
    """'the police' is the police, not a person or people named before it (a rank ending in 'police' is no title)."""
    res = code_text("Four of the farmers were detained by the police in Sehore and later released.", date="2019-03-10")
    arrests = [e for e in res.events if e.cameo.startswith("173")]
    assert arrests and arrests[0].source is not None and arrests[0].source.sector == "COP"


def test_unnamed_arrester_with_no_country_is_the_police():
    res = code_text("Two youths were arrested on Sunday for the theft.", date="2019-03-10")
    e = next(e for e in res.events if e.cameo.startswith("173"))
    assert e.source.code == "COP" and "implicit agent" in e.source.why and "no country" in e.source.why


def test_encounter_with_police_is_the_killing_not_a_meeting():
    res = code_text("two dacoits were killed in an encounter with the police in bhind.", date="2019-03-10")
    assert not [e for e in res.events if e.cameo.startswith("04")]
    kill = [e for e in res.events if e.cameo.startswith("19")]
    assert kill and kill[0].source is not None and kill[0].source.sector == "COP"


@pytest.mark.parametrize("text", [
    "The villagers held the youth responsible for the fire in Sagar.",
    "Two women were held hostage by the gang for a week in Bhind.",
    "The teacher caught the boys cheating in the exam in Rewa.",
])
def test_held_or_caught_said_of_a_person_is_no_arrest(text):
    res = code_text(text, date="2019-03-10")
    assert not [e for e in res.events if e.cameo.startswith("173")], text


def test_held_is_the_polices_only_with_a_charge():
    """'held for theft' with no doer: the police; men 'held together' with no charge named: captives of anyone."""
    charged = code_text("Two youths were held for the theft of a tractor in Agra.", date="2019-03-10")
    e = next(e for e in charged.events if e.cameo.startswith("173"))
    assert e.source is not None and e.source.sector == "COP"
    captives = code_text("They were nine men held together in a basement near Raqqa.", date="2019-03-10")
    assert not [e for e in captives.events if e.cameo.startswith("173") and e.source is not None]
