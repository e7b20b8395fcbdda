"""Not an event (issue 14, "real act"), session 25. Sentences written for these tests.

* an event noun that a verb of obtaining has as its object in a purpose or an attempt is what is sought, not an act
  done ("sent envoys to obtain Moscow's agreement": no agreement; coding/unrealised.py pursued_outcome);
* a relative clause in the present on an indefinite noun a modal "be" names is what a supposed thing would hold
  ("peace will be a deal between the powers, where Riyadh agrees with Tehran": no agreement; unasserted.pictured_noun);
* an event noun a participle of modelling names as the pattern followed ("a parade based on France's Bastille Day
  parades") is no act told (unrealised.model_named);
* a "to V" subject of a modal or present verb is supposed ("for Iran to admit ... would have wrecked the talks"); a V-ing
  after "interested in" is wanted, one after a present "are used for" what something serves (unrealised.py);
* a bare verb after "rather than" / "other than" is the act not chosen ("chose to die rather than surrender");
* word senses: "struck off the register" is no attack, "retreating from its role" no military retreat, "a cold war"
  no force, "Thank God" no praise, "greater engagement" (a mass noun, noun_senses `mass`) no battle, villagers who
  "left the town" no retreat, a father's "journeys" no state visit (subj:@kin, @people, @traveller),
  people who "gathered for a self-defence class" or "around a pot of rice" no rally or mobilisation, fans' "support"
  no political praise, neighbours or friends who "comforted" a widow no empathetic statement of a party.
Each has a control that stays an event.
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word", [
    ("Ankara sent two ministers to Baku last week to obtain Azerbaijan's agreement.", "agreement"),
    ("The envoy resisted Beijing's attempts to stitch up a Myanmar settlement.", "settlement"),
    ("Peace in Yemen will be in the shape of a bargain among the powers, where the Saudis agree with the Iranians "
     "on who controls the ports.", "agree"),
    ("The answer would be a pact in which Moscow withdraws its troops from the Georgian border.", "withdraws"),
    ("The Mexican family has chosen to die in the town rather than surrender.", "surrender"),
    ("A Kenyan doctor and his business partner were struck off the medical register for falsifying records.",
     "struck"),
    ("Analysts said that a weary Britain was retreating from its role as the region's mediator.", "retreating"),
    ("Relations were strained by Riyadh's cold war with Tehran.", "war"),
    ("Thank God, the border with Chile is open again, the Peruvian minister said.", "Thank"),
    ("Greater Chinese engagement in Myanmar does not appear to be one of the options.", "engagement"),
    ("Norway and Sweden have quietly stepped up engagement with the Sahel juntas this year.", "engagement"),
    ("Hundreds of villagers left the town in Darfur before the floods.", "left"),
    ("The film follows a grandmother who fled her village, and a father who made several dangerous journeys across "
     "the Sahara, ending with his final journey to Madrid.", "journeys"),
    ("For Erdogan to admit even that the soldiers were there would have undermined his account of the war.", "admit"),
    ("For Iran to admit that its drones were there would have wrecked the talks.", "admit"),
    ("Chile's envoy told the council that Peru, Bolivia and Ecuador are only interested in ousting the Venezuelan "
     "president's government and containing Cuba.", "ousting"),
    ("Such closed sessions are used for informing party leaders about threats to the state.", "informing"),
    ("Neighbours comforted the grieving Iraqi father outside the morgue.", "comforted"),
    ("Friends consoled the Nepali widow at the graveside.", "consoled"),
    ("Dozens of women gathered in a gym in Lyon for a self-defence class.", "gathered"),
    ("In the footage, Somali fighters gathered around a pot of rice.", "gathered"),
    ("Nigerian fans kept up their support until the final whistle in Lagos.", "support"),
    ("Kenya's president wanted a parade in Nairobi based on France's Bastille Day parades.", "parades"),
    ("The Kenyan general wanted a grand parade in Nairobi, modelled on the French army's Bastille Day parades.",
     "parades"),
])
def test_not_an_event(text, word):
    evs = all_events_of(text)
    assert not at(evs, word), dump(evs)


@pytest.mark.parametrize("text, word, root", [
    ("Ankara obtained Azerbaijan's agreement to the pipeline plan last week.", "agreement", "05"),
    ("Qatar helped broker a ceasefire between Israel and Hamas.", "broker", "04"),
    ("It was a deal in which Moscow withdrew its troops from the Georgian border.", "withdrew", "08"),
    ("The Chilean police arrested the strike leaders rather than negotiate with them.", "arrested", "17"),
    ("Gunmen struck a police station in Kano on Tuesday.", "struck", "19"),
    ("Chad's troops retreated from the town after heavy fighting.", "retreated", "08"),
    ("The Japanese prime minister's trip to Seoul was postponed.", "trip", "04"),
    ("The drones were used for striking rebel positions near Idlib last year.", "striking", "19"),
    ("The Kenyan president comforted the families of the victims in Garissa.", "comforted", "01"),
    ("Teachers gathered in the capital for a rally against pay cuts.", "gathered", "14"),
    ("Nigerian opposition leaders kept up their support for the strike.", "support", "05"),
    ("The Peruvian president thanked Chile for its help with the fires.", "thanked", "05"),
    ("Russian troops fought a fierce engagement with Ukrainian units near Bakhmut on Tuesday.", "fought", "19"),
    ("The rebels left the town on Sunday after a week of shelling by the army.", "left", "08"),
])
def test_stays_an_event(text, word, root):
    evs = all_events_of(text)
    found = at(evs, word)
    assert found and all(e.cameo.startswith(root) for e in found), dump(evs)
