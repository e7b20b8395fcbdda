"""Who gave way to a named side (issue 14, no source): "her husband surrendered to Kurdish forces", "they paid to be
smuggled out and surrendered to the militia", "Laura, a German woman, surrendered to the Kurds". A surrender (a 0874
act whose lexicon pattern word is a data/coding/foes.tsv `yield` word with a "to" receiver: "surrender-to") is made to a foe: the one who surrenders fought the side they surrendered to.

    yielder_open(t, e, places)     # whether coding/foes.py may fill the event's source from the article's foes

The event has a target (the side surrendered to, read from the verb's "to" phrase) and no source although its clause
has a subject: a person the actor stages could not code (a kin noun, "her husband"; a pronoun that stands for no
coded actor; a private person's name; "fighters" with no side named). coding/foes.py then gives the event the one
foe of the side surrendered to (its sentence's, else the article's), with its `why`; never a subject that is a place
("the town surrendered to the army": the town's holder, not a person), an act or a weapon, a negated or conditional
surrender (only asserted or reported acts are read there), nor one whose subject names a side of its own.
"""
from __future__ import annotations

from eventwire.coding.tables import kind_sets
from eventwire.model import Event

_SUBJECT = ("nsubj", "nsubjpass")
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})


def _yield_words() -> frozenset:
    return kind_sets("foes.tsv").get("yield", frozenset())


def _subject(t):
    """The subject of the surrender verb: its own, else that of the verb it is coordinated with ("paid ... and
    surrendered"), through a relative pronoun's noun ("fighters who surrendered")."""
    x = t
    for _ in range(4):
        s = next((c for c in x.children if c.dep_ in _SUBJECT), None)
        if s is not None:
            if s.lower_ in ("who", "that") and x.dep_ == "relcl":
                return x.head
            return s
        if x.dep_ != "conj" or x.head.i == x.i:
            return None
        x = x.head
    return None


def yielder_open(t, e: Event, places=lambda tok: False) -> bool:
    """Whether the surrender at `t` names a person as its subject that no actor stage coded (module doc)."""
    if e.source is not None or e.target is None or not (e.cameo or "").startswith("0874"):
        return False
    word = (e.pattern or "").partition(".")[2]
    if word.split("-")[0] not in _yield_words() or "-to" not in word:
        return False        # (a surrender "to" a named side: "surrendered" alone names no receiver)
    s = _subject(t)
    if s is None:
        return False
    if s.pos_ == "PRON":
        return s.lower_ in _PERSON_PRONOUNS
    if s.pos_ == "PROPN":
        return s.ent_type_ == "PERSON"
    return s.pos_ == "NOUN" and s.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP") and not places(s)

