"""A verb's root chosen by its object, its complement or its modality (issue 14, wrong root), session 18 (root18).
Sentences written for these tests.

* a publication, speech or conference someone says they will give ("will issue an update at 3pm") is a statement
  (010, modality_codes.tsv row by lexicon id), not an intention to cooperate (030);
* refusing to discuss a case, a report or its details declines comment (011), not talks (125);
* a bare plural "positions" taken is a posture (150), not ground won (190);
* "met a hostile reception", "was met with dismay": a reaction to a thing, no meeting;
* a statement whose document is "critical of X" is disapproval (111) aimed at X (coding/document_stance.py);
* a warning with no one warned and no threat in it ("warned of a rise in attacks") is a pessimistic comment (012);
  one to someone, or of consequences, is a threat (130); one that a military operation is near, 138;
* a country or a named place seized is ground taken (190), not property (171); armed groups and their "nests"
  destroyed or annihilated is force (190, under an intention 138), not destroyed property (1712) or mass violence
  (200); massacres committed are mass violence (200), not a commitment (030);
* "denied the Kurds identity papers": withholding (120), not a denial (016);
* "the group's propaganda talks[NNS] of a quiet phase": a verb read as a plural noun, a statement (010);
* a unit commanded is led (no demand); an appeal for money launched is an appeal for aid (023), not a lawsuit;
  "limited in scope" describes; cluster and barrel bombs are aerial weapons (195).
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


def roots(text, word):
    evs = all_events_of(text)
    return [e.cameo for e in at(evs, word)], evs


@pytest.mark.parametrize("text, word, want", [
    ("Nato says it will issue a fuller account of the helicopter crash on Friday morning.", "issue", "010"),
    ("The Somali opposition council said it would issue a statement setting out its terms for a truce.", "issue",
     "010"),
    ("The Norwegian justice ministry gave no reply, adding that it would not discuss any single asylum case.", "discuss",
     "011"),
    ("A spokeswoman for the defence ministry in Oslo refused to discuss the newspaper reports of a deal.", "discuss", "011"),
    ("Near the river, Ethiopian troops were taking positions behind the granary walls before dawn.", "taking",
     "150"),
    ("The rebels took three army positions near the airport on Sunday.", "took", "190"),
    ("The minister's plan to close the border has met a hostile reception in the capitals of the region.", "met",
     None),
    ("The inquiry's findings were met with dismay by the families of the dead miners.", "met", None),
    ("The Spanish foreign minister met his Moroccan counterpart in Rabat on Monday.", "met", "040"),
    ("The head of the domestic spy agency warned last week of a sharp rise in plots against the capital.", "warned",
     "012"),
    ("Caracas had warned on Monday of a plot by exiles to sabotage the grid.", "warned", "012"),
    ("Washington warned Tehran of serious consequences.", "warned", "130"),
    ("The Kenyan general warned Somalia that his troops would attack the militants in Kismayo within days.",
     "warned", "138"),
    ("The Taliban fighters who seized most of the country in 1996 were later driven into the hills.", "seized", "190"),
    ("The Turkish president vowed that his army would destroy all terror nests in the region one by one.", "destroy",
     "138"),
    ("The government in Addis Ababa has pledged to destroy the rebel militias.", "destroy", "138"),
    ("The Chadian army said the rebel column had been annihilated near the border on Thursday.", "annihilated",
     "190"),
    ("Witnesses say a massacre was committed by the Serbian militia in the valley.", "committed", "200"),
    ("The Rohingya say the Myanmar junta denied them identity cards for decades.", "denied",
     "120"),
    ("Al-Shabaab has lost most of its towns. The group's radio talks of a long war against the invaders.", "talks",
     "010"),
    ("For two years he commanded a mountain infantry battalion on the Georgian border.", "commanded", None),
    ("The Red Crescent launched an appeal for $40m to shelter flood victims in Sindh.", "launched", "023"),
    ("The new trade rules are limited in scope and cover only steel imports.", "limited", None),
    ("Cluster bombs struck two villages held by the rebels near Marib on Sunday.", "struck", "195"),
])
def test_root_by_object_complement_or_modality(text, word, want):
    got, evs = roots(text, word)
    if want is None:
        assert got == [], dump(evs)
    else:
        assert got == [want], dump(evs)


def test_a_letter_critical_of_someone_is_disapproval_aimed_at_him():
    text = "General Okafor quit the cabinet, releasing a memo which was openly critical of Buhari over the budget."
    evs = all_events_of(text)
    got = at(evs, "releasing")
    assert [e.cameo for e in got] == ["111"], dump(evs)
    assert got[0].target is not None and got[0].target.text == "Buhari", dump(evs)
    assert "critical" in got[0].rule, got[0].rule
    evs = all_events_of("The Egyptian foreign ministry issued a statement critical of Ethiopia on Monday.")
    assert [(e.cameo, e.target and e.target.code) for e in at(evs, "issued")] == [("111", "ETH")], dump(evs)
    evs = all_events_of("The Egyptian foreign ministry issued a statement on the dam on Monday.")
    assert [e.cameo for e in at(evs, "issued")] == ["010"], dump(evs)


def test_the_announced_publication_says_why():
    evs = all_events_of("Nato says it will issue a fuller account of the helicopter crash on Friday morning.")
    got = at(evs, "issue")
    assert got and "a publication announced is a statement" in got[0].rule, dump(evs)
