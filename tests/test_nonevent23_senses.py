"""Everyday and figurative senses of event verbs chosen by their arguments, and bare or passive verbs of agreeing and
intending that state no act (issue 14, not an event / wrong root), session nonevent23. Sentences written for these
tests.

* the object: a verb of force on a challenge ("killed off any challenge to the president") is a figure; "assured a
  lasting presence" means ensured, no statement (an actor or a "that" clause keeps the statement); "invited acts of
  defiance" is a consequence, no invitation (a person invited stays an invitation);
* the subject: the thing gathered as the subject ("intelligence gathered inside Chad led to ...") is no rally; a
  whole people arriving somewhere (coding/nonevent.py `everyday`) migrates, no visit;
* the passive agent: ousted by an assault is force (190), not an administrative sanction (172);
* an adjective complement: "pleaded (not) guilty" is a plea in court, no appeal (020);
* a `held` noun as the object of "lose" ("cannot afford to lose Algerian support") is a standing, no act of support
  (coding/nonevent.py `unasserted`);
* coding/concurred.py: a bare "agreed" after someone's words that answers no bid, and a passive "intended".
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import codes, dump, events_of


@pytest.mark.parametrize("text, word", [
    ("The Bolivian offensive has effectively killed off any challenge to the president in La Paz.", "killed"),
    ("The new treaty has assured a permanent Chinese naval presence in the port of Gwadar.", "assured"),
    ("Peruvian indecision over the border has invited such acts of defiance.", "invited"),
    ("Investigators said intelligence gathered inside Mali led to the arrests.", "gathered"),
    ("Kovacs, from Budapest, had earlier pleaded not guilty to the offence of training in Mali for purposes "
     "connected to terrorism.", "pleaded"),
    ("\"The talks will fail,\" said Pedro Gomez, a Basque councillor. Ane Etxeberria, a party leader, agreed.",
     "agreed"),
    ("The trouble for Europe is that it cannot afford to lose Algerian diplomatic support while the talks go on.",
     "support"),
    ("In the 1970s, Kurds who arrived in Qamishli from villages near the border soon learned Arabic.", "arrived"),
    ("Venezuela made an offer to Colombia on Monday. Regardless of how it had been intended, Colombia will treat "
     "it as a first bid.", "intended"),
])
def test_no_event(text, word):
    evs = events_of(text)
    assert codes(evs, word) == [], dump(evs)


@pytest.mark.parametrize("text, word, code", [
    ("The Chilean minister assured the Peruvian envoy that the border would stay open.", "assured", "010"),
    ("The Bolivian president invited the Chilean minister to La Paz.", "invited", "036"),
    ("Thousands of protesters gathered outside the parliament in Bogota.", "gathered", "141"),
    ("The Somali envoy pleaded for help from the Kenyan government.", "pleaded", "020"),
    ("The Kenyan president proposed a ceasefire to Somalia. The Somali leader agreed.", "agreed", "030"),
    ("Chile intends to reopen its embassy in Bolivia.", "reopen", "030"),
    ("The Malian junta kept up its support for the Russian mercenaries.", "support", "062"),
    ("Al-Shabaab held Kismayo until 2012, when it was ousted by a Kenyan offensive.", "ousted", "190"),
    ("Japan has supported the Sri Lankan government with large amounts of aid.", "supported", "070"),
    # (family words are a kind of their own, `kin`, read only by "arrive": no people as an object of force)
    ("In March, Russia dropped its so-called father of all bombs on a rebel depot in Chechnya.", "dropped", "195"),
])
def test_event_kept_or_recoded(text, word, code):
    evs = events_of(text)
    assert codes(evs, word) == [code], dump(evs)
