"""A verb's root chosen by what it is said of (wrong root), session 20 (root20). Sentences written for these tests.

* a pledge, vow, promise or oath whose content is force ("vowed to respond if attacked", "pledged that his men would
  hit back", "committed to further airstrikes against X") is a threat of force (138), not an intention to cooperate
  (030); a pledge of anything else stays 030;
* dismantling another's network, cell, caliphate or an armed group is force (190), dismantling one's own ("its armed
  wing") standing down (0873);
* troops moved "from" a place are withdrawn (0874), troops moved "to" a place deployed (154);
* a zone established is ground held (192) unless it is a zone of trade (061);
* ordering a military operation or an offensive is that operation, by the one who ordered it (190), not a demand;
* speaking to a crowd, a congregation or a conference is a public statement (010), not a consultation (040).
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word, want", [
    ("The Houthi leadership vowed to respond if its ports were bombed again.", "vowed", "138"),
    ("Tehran vowed that its forces would respond to any attack on its tankers.", "vowed", "138"),
    ("The Ugandan commander swore to avenge the soldiers killed at the garrison.", "swore", "138"),
    ("The Canadian defence minister committed to further airstrikes against the militants in Mosul.", "committed",
     "138"),
    ("The Kenyan president pledged to put the returning fighters on trial.", "pledged", "030"),
    ("Kurdish fighters dismantled the jihadists' last stronghold near the Iraqi border.", "dismantled", "190"),
    ("Moroccan police dismantled an al-Qaida cell in Casablanca on Tuesday.", "dismantled", "190"),
    ("The Colombian rebel movement has agreed to dismantle its armed wing.", "dismantle", "0356"),
    ("The Russian defence ministry moved its military advisers from Deir ez-Zor on Monday.", "moved", "0874"),
    ("The Pentagon moved two fighter squadrons to Qatar on Monday.", "moved", "154"),
    ("Ankara established a buffer zone in the north of Syria last year.", "established", "192"),
    ("China and Pakistan established a free trade zone in Gwadar.", "established", "061"),
    ("Putin ordered a military operation in Chechnya in 1999.", "ordered", "190"),
    ("Moqtada al-Sadr spoke to the crowd in Najaf on Friday.", "spoke", "010"),
    ("The Spanish foreign minister spoke to his Moroccan counterpart about the border.", "spoke", "040"),
])
def test_root_by_what_the_verb_is_said_of(text, word, want):
    evs = all_events_of(text)
    got = [e.cameo for e in at(evs, word)]
    assert want in got, dump(evs)
    assert all(c == want for c in got), dump(evs)


def test_a_pledge_of_force_names_its_target():
    evs = all_events_of("The Canadian defence minister committed to further airstrikes against the militants in Mosul.")
    got = at(evs, "committed")
    assert got and got[0].target is not None and got[0].target.sector == "INS", dump(evs)


def test_an_operation_ordered_is_done_to_the_country_it_is_in():
    evs = all_events_of("Putin ordered a military operation in Chechnya in 1999.")
    got = at(evs, "ordered")
    assert got and got[0].source is not None and got[0].source.code.startswith("RUS"), dump(evs)


def test_a_vow_whose_clause_is_coded_is_that_act_announced_not_a_second_event():
    evs = all_events_of("The Kenyan president vowed that his army would expel every last Shabaab fighter from Lamu.")
    assert at(evs, "vowed") == [], dump(evs)
    assert [e.cameo[:2] for e in at(evs, "expel")] == ["13"], dump(evs)


def test_a_vow_to_respond_to_a_demand_is_no_threat():
    evs = all_events_of("Latvia vowed to respond to Minsk's demand by closing its consulate in Vitebsk.")
    assert "138" not in [e.cameo for e in at(evs, "vowed")], dump(evs)
    evs = all_events_of("The Latvian defence minister vowed to respond to any incursion by Belarusian troops.")
    assert [e.cameo for e in at(evs, "vowed")] == ["138"], dump(evs)
