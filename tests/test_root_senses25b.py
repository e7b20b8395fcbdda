"""Real acts and their roots (issue 14: wrong root), session 25 (root2_25). Sentences written for these tests.

* agreeing to a pause, suspension or freeze of cooperation, relations or talks reduces relations (160,
  coding/paused_ties.py), it is no agreement to cooperate (031); a pause in the fighting is not ties put on hold;
* a bare "pull out" (with only a when/why phrase) right after a sentence telling of a deal leaves the deal (160,
  senses._pact_just_before), not ground (0874); with troops or ground named it stays a retreat;
* "targeted for rape / kidnapping / assassination" codes that act (1821, 181, 186), not conventional force (190).
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


def roots(text, word):
    evs = all_events_of(text)
    return [e.cameo for e in at(evs, word)], evs


@pytest.mark.parametrize("text, word, want", [
    ("The interior ministry agreed to a temporary suspension of its cooperation with Chilean prosecutors last week.",
     "agreed", "160"),
    ("The foreign ministry in Lima agreed to a short pause in its talks with Bolivia on Tuesday.", "agreed", "160"),
    ("Norway and the rebel council signed an accord in May to return Norwegian detainees. Oslo pulled out at the"
     " last moment, however, after pressure from its allies.", "pulled", "160"),
    ("Guards at the prison camp in the desert targeted detained women for rape, the aid agency reported on Monday.", "targeted",
     "1821"),
    ("The armed gang in the northern province targeted foreign engineers for kidnapping last year.", "targeted",
     "181"),
    ("The cartel in the state of Sinaloa targeted two federal judges for assassination, prosecutors said.",
     "targeted", "186"),
])
def test_root_follows_the_argument(text, word, want):
    got, evs = roots(text, word)
    assert want in got, dump(evs)


@pytest.mark.parametrize("text, word, bad", [
    ("The two governments agreed to a pause in the fighting around the port city on Friday.", "agreed", "160"),
    ("Spanish troops are stationed in Mali under a defence accord. Madrid will pull out after the election.",
     "pull", "160"),
    ("Police targeted the convoy near the airport on Monday, officials said.", "targeted", "1821"),
])
def test_other_arguments_keep_their_root(text, word, bad):
    got, evs = roots(text, word)
    assert got and bad not in got, dump(evs)
