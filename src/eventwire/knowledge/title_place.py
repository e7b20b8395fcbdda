"""Event location: a place in the title given to a named person the act names (used by event_location.py).

    why = title_place(h, trig)     # a reason (str) or None

"Abu Omar, the commander of the group's operations in Raqqa, was killed in an air raid", "soldiers shot dead
Ali Hassan, a senior member of the movement in Tulkarem": the place says what the man was (his post, his town),
not where the act on him or by him happened. Only an apposition on a named person (the parser's PERSON) who is the
act's subject or object, whose head is a common noun (not a place word: "Mbuji Mayi, the main city in X"), and
not a workplace the title puts him "at" ("a police officer at X University in Y fatally shot a student").
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.place_words import _PLACE_HEADS, _SETTLEMENT_NOUNS

_ARGS = ("nsubj", "nsubjpass", "dobj")


def title_place(h, trig) -> Optional[str]:
    """Why the place at h is in a named participant's title (module doc), or None."""
    t = h
    for _ in range(10):
        if t.i == trig.i or t.head.i == t.i:
            return None
        if t.dep_ == "prep" and t.lower_ == "at":
            return None       # "first secretary at the embassy in X": where the man works, and so often was
        if t.dep_ == "appos" and t.pos_ == "NOUN":
            person = t.head
            if person.ent_type_ == "PERSON" and person.dep_ in _ARGS and person.head.i == trig.i \
                    and t.lower_ not in _SETTLEMENT_NOUNS | _PLACE_HEADS:
                return f"in the title of '{person.text}' ('{t.text} ...'), what the person is, not where the act was"
            return None
        t = t.head
    return None
