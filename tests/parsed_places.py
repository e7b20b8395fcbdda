"""Helpers shared by the test files that parse a sentence written for them and ask where its act took place."""
from __future__ import annotations

from eventwire.knowledge.places import event_location, find_places


def token_of(doc, word):
    """The first token of `doc` whose text is `word`."""
    return [t for t in doc if t.text == word][0]


def place_of(nlp, text, trigger):
    """The text of the event location `event_location` gives the act at the token `trigger` of `text`; None where
    it gives none."""
    doc = nlp(text)
    loc = event_location(doc, token_of(doc, trigger).i, find_places(doc))
    return loc.text if loc is not None else None
