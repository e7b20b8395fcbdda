"""Event location: a place told of an act at another time than the event (used by event_location.py).

    why = other_time(h, trig, clause)     # a reason (str) or None

A place the event's own clause does not hold is a weak guess for where it happened (event_location's "sentence"
precision). It is no guess at all when the words that hold it, hung on the event's own clause, tell an act before
or after the event: a clause marked "before" or "until" ("were killed before the alliance entered X", "were
killed and wounded, before the group withdrew towards its strongholds in X"), or "before"/"following" with its
act ("launched a counter-attack, following an attempt to capture villages in X", "before evacuating the airbase
near X"). The words are data/places/words.tsv's other_time_marks and other_time_preps.
Not "after", "as", "while" or "since" (as often the scene or the run-up of the act as another time: "were captured
after their plane crashed in X", "have been killed since the unrest broke out in X"), nor a clause in the past
perfect (tried: "people who had killed civilians in X" is another act, but "executed a pilot they had captured in
X", "a celebration for women who had attended a course at X's centre" are where the act was as often).
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.place_words import _WORDS

_MARKS = _WORDS["other_time_marks"]
_PREPS = _WORDS["other_time_preps"]


def other_time(h, trig, clause) -> Optional[str]:
    """Why the place at h, outside the event's clause, was named for an act at another time (module doc), or
    None."""
    above = {a.i for a in trig.ancestors} | {trig.i}
    near = above | set(clause) | {c.i for c in trig.children if c.dep_ == "conj"}
    t = h
    for _ in range(14):
        # (the phrase or clause hangs on the event's own clause: "was shot after he left a mosque following
        # prayers in X" keeps X, the run-up's place)
        if t.dep_ == "pobj" and t.head.lower_ in _PREPS and t.i != h.i and t.head.head.i in near:
            return f"in a phrase '{t.head.text} ...' telling another time than the event"
        if t.i in clause or t.i in above or t.head.i == t.i:
            return None
        if t.pos_ in ("VERB", "AUX"):
            mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in _MARKS), None)
            if mark is not None and t.head.i in near:
                return f"in a clause '{mark.text} ...' telling another time than the event"
            if t.dep_ == "pcomp" and t.head.lower_ in _PREPS and t.head.head.i in near:
                return f"in a phrase '{t.head.text} ...' telling another time than the event"
        t = t.head
    return None
