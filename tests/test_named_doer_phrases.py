"""Issue 14, "no source": the sentence names the doer in a phrase the coder did not read as one (sentences written
for these tests)."""
from coded_sentences import at, dump, events_of


def _one(text, word):
    evs = at(events_of(text), word)
    assert len(evs) == 1, dump(events_of(text))
    return evs[0]


def test_states_of_a_region_together():
    e = _one("Several western countries severed relations with Damascus in 2012.", "severed")
    assert e.source is not None and e.source.code == "IGOWST", e.rule
    e = _one("Gulf states funded the rebels in Idlib for years.", "funded")
    assert e.source is not None and e.source.code == "IGOPGS", e.rule


def test_possessed_bodyguards_are_the_leaders_states():
    e = _one("When Erdoğan visited Berlin, his bodyguards assaulted demonstrators outside the hotel.", "assaulted")
    assert e.source is not None and e.source.code == "TURCOP", e.rule
