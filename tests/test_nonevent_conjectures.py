"""Precision (issue 14, "not an event"): acts named only as what is guessed, feared or hoped, acts of a kind of
people a norm speaks of (coding/conjectures.py), what another "ought to" do (coding/clause_modality.py) and threats
an abstract thing "makes" (coding/figures.py), next to the real acts that stay coded. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word", [
    # the content clause of a noun of guessing or fearing, set after its verb or adjective
    ("Fears are growing in Kabul that the Taliban will try to storm the provincial capital.", "storm"),
    ("Speculation was rife in Juba that the accord signed by the two generals gives the militia an amnesty.", "gives"),
    ("Concern persists among diplomats that Eritrean troops will cross into Tigray again.", "cross"),
    # ... or hung on the noun itself
    ("There are worries that the rebels will free the jailed commanders held near Goma.", "free"),
    ("Officials voiced hopes the envoy would persuade Khartoum to reopen the border crossing.", "persuade"),
    # a copula whose subject is called likely; "it is likely/possible"; an adjective of doubt
    ("The likeliest outcome is that Ethiopian forces will shell the town within days.", "shell"),
    ("It is possible Beijing and Delhi will eventually sign a border accord.", "sign"),
    ("A Malian colonel said he was sceptical that Algeria would deploy troops to the north.", "deploy"),
    # a hope to act
    ("The insurgents hoped to seize the port before the rains came.", "seize"),
    # a relative clause on a bare plural under a norm
    ("Smugglers who have been detained must be prosecuted in the country where they were caught.", "detained"),
    ("Fighters who surrender their weapons should be granted an amnesty, the bishop argued.", "surrender"),
    # "the first to V" where that is only what is due to come
    ("Kidal was due to be the first district to be handed back to the Malian army under the French accord.",
     "handed"),
    # anyone of a kind; what is let happen; an interest negated by "little"
    ("Police in Oslo will act against any Norwegian known to be fighting for the jihadists in Mali.", "fighting"),
    ("Her sister said the brigade's officers would not let her fight on the front line against al-Shabaab.", "fight"),
    ("Tanzanian ministers have shown little interest in extraditing the two suspects to Kenya.", "shown"),
    # an obligation to come, what it would take, an evaluation of what would suffice
    ("The UN envoy will have to address Ethiopian objections when he briefs the council.", "address"),
    ("It will take more than sanctions to force Eritrea to withdraw its troops from Tigray.", "withdraw"),
    ("Cutting aid will not be sufficient to force Eritrea to negotiate with Ethiopia.", "negotiate"),
    # a fear that names a thing fled or awaited ("what they fear will be ...")
    ("Kurdish villagers are preparing for what they fear will be a Turkish offensive.", "fear"),
    # a guess the parser hung on a verb above its noun; an intention no one has
    ("Diplomats in Athens are trying to calm speculation Turkey would strike the Greek islands.", "strike"),
    ("Nairobi has not taken any decision to deploy warships off Somalia, the minister said.", "deploy"),
    ("Ethiopia has not made any promise to withdraw its troops from the border.", "withdraw"),
    # a readiness the writer only supposes
    ("It seems Spain and Portugal are happy to discuss fresh sanctions on Caracas while the migrants wait.", "discuss"),
    ("The Malian junta appears ready to expel the French ambassador, diplomats in Bamako believe.", "expel"),
    # what someone is convinced of, in any tense; the premise of an announcement
    ("Convinced that al-Shabaab has been crushed, the Kenyan president ordered the troops home.", "crushed"),
    ("The general, confident that the rebels had been routed, sent his battalion back to Bamako.", "routed"),
    ("The Malian minister is convinced that the French army has defeated the jihadists.", "defeated"),
    ("Paris announced its troops would quit Gao on the basis that the jihadists had been beaten.", "beaten"),
])
def test_conjectured_act_is_no_event(text, word):
    evs = all_events_of(text)
    assert not at(evs, word), dump(at(evs, word))


@pytest.mark.parametrize("text, word", [
    ("The Kenyan foreign minister said Somalia ought to clarify whether it backs the militia.", "clarify"),
    ("Seoul ought to apologise to Tokyo for the remarks, the Japanese prime minister said.", "apologise"),
    # what is asked of another, the "to V" hung on the asking verb past a modifier of its object
    ("As shells rained down, a French nurse implored the women carrying the babies to hand them over to the medics.",
     "hand"),
])
def test_what_another_ought_to_do_is_not_its_act(text, word):
    evs = all_events_of(text)
    assert not at(evs, word), dump(at(evs, word))


def test_abstract_subject_makes_no_threat():
    evs = all_events_of("Opposition leaders urged the prime minister to scrap a decision that \u201cthreatens the "
                        "stability and unity of Nepal\u201d.")
    assert not [e for e in evs if e.cameo.startswith("13")], dump(evs)


@pytest.mark.parametrize("text, word, root", [
    # a side's own announcement stays an intention
    ("Russia will send more troops to Mali, the Russian defence minister said.", "send", "13"),
    ("\u201cWe will shell their positions if they cross the river,\u201d said the Pakistani army chief.", "shell", "13"),
    # a fear stated in the past about a past act, told as fact, and a norm about a named, done act
    ("The monitor reported that Ethiopian jets bombed the market in Mekelle.", "bombed", "19"),
    ("Soldiers who fired on the crowd in Bamako last week must be punished, the minister said.", "fired", "19"),
    ("Kenyan police detained smugglers who have crossed the border from Somalia.", "detained", "17"),
    # a perfect relative clause with an object on a class under a norm tells what its members did
    ("Police officers who have beaten protesters must face trial, the Kenyan rights commission said.", "beaten", "17"),
    ("Commanders who have shelled hospitals in Idlib should be prosecuted, the UN envoy said.", "shelled", "19"),
    ("Kidal was the first district to be handed back to the Malian army by France.", "handed", "08"),
    ("Tanzanian ministers have shown interest in extraditing the two suspects to Kenya.", "shown", "03"),
    # an obligation met, a time it took
    ("The UN envoy had to address Ethiopian objections when he briefed the council.", "address", "01"),
    ("It took the Kenyan army three days to capture the town from al-Shabaab.", "capture", "19"),
    # "it takes" naming who acts tells what that party does, at a cost in time
    ("It takes Kenyan troops several days to clear each town of militants, a colonel said.", "clear", "19"),
    ("It takes the Afghan police a fortnight to arrest the smugglers in Herat.", "arrest", "17"),
    # an intention kept or made stays
    ("Turkey did not abandon its plan to attack the Kurdish militia in Manbij.", "attack", "13"),
    ("Kenya has made a decision to send troops to Somalia.", "send", "13"),
    ("The envoy told reporters Russia would retaliate against the British bases.", "retaliate", "13"),
    # a readiness said plainly is an intention
    ("Spain and Portugal are happy to discuss fresh sanctions with Caracas, their foreign ministers said.", "discuss",
     "03"),
    # an exhortation is no permission: what it recalls stays
    ("\u201cLet's not forget the damage the jihadists caused before they captured Timbuktu,\u201d the mayor said.",
     "captured", "19"),
    # "little" before a countable object is its size, not "hardly any" (only a `scant` mass noun is denied)
    ("Rebels shot little boys near the market in Aleppo on Friday.", "shot", "19"),
    ("The militia abducted little girls from a school in Borno state, officials said.", "abducted", "18"),
    ("The regime bombed little towns along the frontier with Turkey.", "bombed", "19"),
    # a persuasion told keeps what was done; a while-clause of a done act is done
    ("The Kenyan army convinced the elders that it had freed the hostages near Kismayo.", "freed", "08"),
    ("The Ethiopian army pulled back while continuing to shell the rebel villages.", "shell", "19"),
    # a while-clause of an act to come is to come (an intention, not force used)
    ("\u201cWe will leave slowly while continuing to fight al-Shabaab,\u201d the Kenyan president said.", "fight",
     "13"),
    # a threat made by a country stays
    ("Pakistan threatened India with retaliation on Monday.", "threatened", "13"),
])
def test_real_act_beside_them_stays(text, word, root):
    evs = at(all_events_of(text), word)
    assert any(e.cameo.startswith(root) for e in evs), dump(evs)
