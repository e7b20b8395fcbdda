"""Hedged declarations, states of mind, abstract speakers and content left open (issue 14, not an event:
coding/figures.py `hedged`, `mental`, `abstract_doer`; coding/scope.py `_consequence`, `_withheld`; the `hedge`,
`declaring`, `mental`, `withheld`, `refusing` and `consequence` kinds of data/coding/non_events.tsv). Sentences
written for these tests; each dropped reading has a real one beside it that stays."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text, word", [
    # a hedge on a declaration: hyperbole, the declaration was not made
    ("After the coup in the capital, the Jordanian king all but declared war.", "declared"),
    ("The Kenyan minister has virtually declared war on the opposition press.", "declared"),
    # a state of mind in a participle: a motive, no comment
    ("The shepherds moved their flocks south, fearing Turkish militias near the border.", "fearing"),
    ("The sailors' mothers, while often contemplating the worst, keep their hopes up.", "contemplating"),
    # an act feared is not done, even with a "by" phrase that names who is feared
    ("Nigerian villagers fled south on Monday, fearing attacks by Boko Haram.", "attacks"),
    ("The villagers fear attack by Sudan if Kenyan troops leave.", "attack"),
    # an abstract thing makes no statement
    ("Jordan's rule in the province made a global statement.", "made"),
    # a consequence still to come under "could"
    ("The quarrel over the dam could lead to the Egyptian president, Abdel Fattah al-Sisi, reaching an agreement "
     "with Sudan.", "reaching"),
    # what a refusal to deny or confirm leaves open
    ("The commander conspicuously refused to deny his brigade is planning to merge with other militias and seize "
     "the airport.", "seize"),
    ("The ministry declined to confirm reports that the colonel had been killed by Kurdish fighters.", "killed"),
    # what is argued or called for
    ("The Danish senator has long argued for arming the Yazidi militias.", "arming"),
    ("Aid groups called for lifting the blockade of the Yemeni port.", "lifting"),
    # an invitation is no visit
    ("The Chilean president has accepted an invitation to visit Peru next spring.", "visit"),
])
def test_no_event(text, word):
    evs = events_of(text)
    assert not at(evs, word), dump(evs)


@pytest.mark.parametrize("text, word, root", [
    # no hedge: the declaration was made
    ("After the coup in the capital, the Jordanian king declared war on the rebels.", "declared", "19"),
    # a hedge on a physical act says it was nearly done, which is an act
    ("Government troops all but destroyed the old market in Aleppo on Monday.", "destroyed", "17"),
    # a finite verb of fearing is a pessimistic comment
    ("Aid agencies fear that the Syrian army will attack the camp near Idlib.", "fear", "01"),
    # a definite act feared was done
    ("The villagers feared the attack by Boko Haram that killed ten farmers.", "killed", "19"),
    # a state of mind is no subject: the speaker is a party
    ("The Egyptian foreign minister made a statement about the new government in Cairo.", "made", "01"),
    # "led to" in the past tells what happened
    ("Talks in Khartoum led to Egypt reaching an agreement with Sudan on Monday.", "reaching", "05"),
    # "lead" with no "to" is no verb of causing: the participle tells what the subject does
    ("Jordan would lead the charge in the south, striking several militant bases near Daraa.", "striking", "19"),
    # a refusal without a verb of confirming leaves its "that" content told
    ("The commander admitted that his brigade had seized the airport on Sunday.", "seized", "19"),
    # the same verbs with an act of their own
    ("The Yazidi militias were armed by Denmark last year.", "armed", "07"),
    ("Saudi Arabia lifted the blockade of the Yemeni port on Monday.", "lifted", "08"),
    # a visit made
    ("The Chilean president visited Peru on Monday.", "visited", "04"),
])
def test_real_act_stays(text, word, root):
    evs = events_of(text)
    assert [e for e in at(evs, word) if e.cameo[:2] == root], dump(evs)
