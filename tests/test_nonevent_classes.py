"""Precision (issue 14): uses of an act's word that state no act (coding/nonevent.py), and the real acts next to
them that stay coded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_of, at


@pytest.mark.parametrize("text, word", [
    # a state the subject is in ("have" with a state noun)
    ("As the militia has declined, the CIA and France's DGSE have had growing access to informants in Niger.",
     "access"),
    ("Ethiopia has serious security concerns over the Eritrean militias on its border.", "concerns"),
    # a condition someone is in
    ("Belarus's leader is now almost completely isolated abroad.", "isolated"),
    # a condition feared, a condition of a recommendation
    ("I was afraid for the villagers, in case the militia raided the school and found the radios.", "raided"),
    ("It should insist that aid to Yemen is contingent on the rebels' withdrawal from Hodeidah.", "withdrawal"),
    # what something is about or aimed at
    ("For the Ethiopians, it is all about crushing the Tigrayans.", "crushing"),
    ("Ethiopian jets dropped leaflets over Mekelle saying the offensive was aimed only at forcing rebels to leave.",
     "forcing"),
    # a claim or hearsay the article does not assert
    ("A Malian woman who said her name was Aminata claimed she had been kept in the town by gunmen who had "
     "threatened her husband with death.", "threatened"),
    ("Moussa had heard his commanders were withdrawing the wounded fighters from the front.", "withdrawing"),
    ("Somalia's foreign minister claimed Ethiopian troops had shelled the market in Baidoa.", "shelled"),
    # a part negated, an act stopped
    ("The ministry has already said not all eight charities will be funded in 2025.", "funded"),
    ("Some governments are no longer backing the western push for Maduro's removal.", "backing"),
    # a rule in force
    ("The Syrian army used barrel bombs that are banned under international law.", "banned"),
    ("Hizb ut-Tahrir, which is banned in Russia, held a rally in Kazan.", "banned"),
    # everyday life between private people
    ("The school's nurse, Amina, sat down and briskly dismissed the boys' scratches.", "dismissed"),
    ("Over tea and bread, the villagers discuss how the new wells are doing.", "discuss"),
    # private journeys
    ("Harder still are the militia members overseas, like those who have travelled to Libya or Sudan.",
     "travelled"),
    ("Three Egyptian extremists arrived in a Libyan town in May after paying smugglers $1,000 each.", "arrived"),
])
def test_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), [(e.cameo, e.trigger_text, e.rule) for e in evs]


@pytest.mark.parametrize("text, word, root", [
    # "have" with an act, not a state
    ("The Kenyan foreign minister had talks with Somalia's president in Nairobi on Monday.", "had", "04"),
    # a condition of one act does not stop the act asserted next to it
    ("Kenyan troops attacked al-Shabaab positions near Kismayo on Monday.", "attacked", "19"),
    # a sentence before a claim of responsibility is no part of the claim
    ("A car bomb killed twelve soldiers in Mogadishu; al-Shabaab claimed responsibility.", "killed", "19"),
    # a side's claim of its own act stays a report
    ("The Kenyan president claimed Kenyan troops had killed 200 al-Shabaab fighters near Kismayo.", "killed", "19"),
    ("The striking nurses claimed they had blocked the hospital gates for six hours.", "blocked", "14"),
    # private people refusing to do something may act politically
    ("The nurses said they will not end their strike until the government meets their demands.", "end", "12"),
    ("Residents of the camp in South Darfur refused to register with the census officials.", "refused", "12"),
    # a report by a named source stays a report
    ("Germany said Russian forces had shelled the town.", "shelled", "19"),
    # the act next to a rule in force stays
    ("Hizb ut-Tahrir, which is banned in Russia, held a rally in Kazan.", "held", "14"),
    # a ban imposed, with a date or an agent, is an act
    ("Kenya banned the opposition newspaper last week.", "banned", "17"),
    # private people acting towards a state, or rejecting a state's offer, act politically
    ("Kenyan doctors rejected the government's pay offer.", "rejected", "12"),
    ("Residents met the Kenyan interior minister on Monday.", "met", "04"),
    # isolating a state is an act
    ("Saudi Arabia and the UAE isolated Qatar in June.", "isolated", "16"),
    # a visit by an official or a body stays a visit
    ("Turkish defence officials travelled to Moscow to seek assurances from Russia.", "travelled", "04"),
    # background the writer gives inside a claim: an aside, a time clause
    ("The rebels claim they have been persecuted since the army overran the northern provinces in 2014.",
     "overran", "19"),
    # what remarks are aimed at is an act done
    ("In remarks aimed at Kenya's support for the peace deal, the Somali minister warned of chaos.", "support",
     "05"),
])
def test_act_stays(text, word, root):
    evs = events_of(text)
    hits = at(evs, word)
    assert hits and any(e.cameo.startswith(root) for e in hits), [(e.cameo, e.trigger_text, e.rule) for e in evs]


def test_journalism_is_no_inquiry():
    evs = events_of("Syrian opposition commanders interviewed by the Observer say Qatar has trained their fighters.")
    assert not at(evs, "interviewed")
    evs = events_of("Speaking to the Observer, the Cypriot government spokesman said the plan was absurd.")
    assert not [e for e in evs if e.cameo.startswith("04")]
