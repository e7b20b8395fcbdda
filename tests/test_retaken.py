"""Ground taken back (coding/retaken.py): a retaking told with no side it was taken from is aimed at the one side
the article tells driven from ground; none where two sides are told driven out, nor where the doer itself was."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


def targets(evs, word):
    return {e.target.code if e.target else None for e in at(evs, word) if e.cameo.startswith("19")}


@pytest.mark.parametrize("text, word", [
    ("Somali troops said they had reclaimed the port of Barawe from al-Shabaab after a week of fighting. "
     "Months earlier, African Union soldiers and local clan militias wrested back three river towns "
     "after months of fighting.", "wrested"),
    ("The jihadists of al-Shabaab were driven out of Marka in a dawn offensive. Two weeks later Somali troops "
     "retook the nearby town of Afgooye after heavy fighting.", "retook"),
])
def test_retaking_takes_the_side_told_driven_out(text, word):
    evs = events_of(text)
    got = at(evs, word)
    assert got and targets(evs, word) == {"SOMINS"}, dump(evs)
    assert all("driven from ground" in e.target.why for e in got if e.cameo.startswith("19")), dump(evs)


@pytest.mark.parametrize("text, word", [
    # two sides told driven out: whose ground was retaken is not plain
    ("Somali troops drove al-Shabaab out of Marka in March, and Kenyan troops drove Somali troops out of a border "
     "post in May. In June Ethiopian forces retook the town of Dolow.", "retook"),
    # the doer itself was driven out: a comeback, retaken from whoever drove it out
    ("The jihadists of al-Shabaab were driven out of Marka in March. In June al-Shabaab retook the town of "
     "Afgooye.", "retook"),
])
def test_no_target_where_the_side_is_not_plain(text, word):
    evs = events_of(text)
    assert targets(evs, word) <= {None}, dump(evs)
