"""Issue 14, bare people codes: "the Kurds" of a story with no country of its own take the homeland the story's places
name most, counting the people's homelands only (knowledge/people_country.lead_homeland). Sentences written for
these tests."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of

OPENING = ("The president spoke in Washington on Monday about the war. Officials in New York, Chicago and Boston "
           "welcomed the news. ")


def targets(text):
    evs = events_of(text)
    return [e.target and e.target.code for e in at(evs, "training")], dump(evs)


def test_the_homeland_the_story_names_most_places_the_people():
    got, d = targets(OPENING + "He said Raqqa had fallen and that Idlib and Aleppo were quiet. American advisers will "
                               "go on training the Kurds, he said.")
    assert got == ["SYRKUR"], d


def test_no_homeland_that_clearly_leads_leaves_the_people_whole():
    got, d = targets(OPENING + "He said Raqqa had fallen and that Mosul and Aleppo were quiet. American advisers will "
                               "go on training the Kurds, he said.")
    assert got == ["KUR"], d
    got, d = targets(OPENING + "He said Raqqa, Idlib and Aleppo were quiet, and so were Mosul and Erbil. American "
                               "advisers will go on training the Kurds, he said.")
    assert got == ["KUR"], d
