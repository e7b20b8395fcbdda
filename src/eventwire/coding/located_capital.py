"""A capital that only says where someone or something is, inside the phrase of another head (issue 14, place words
taken as actors): "the Lomas district, on the outskirts of Quito", "the district near Lima", "a father of two from west
Lisbon", "a journey to Rome" (and the "of" phrase of a part of a place: "the outskirts of Quito"). The phrase resolver reads a capital alone as its government ("Quito protested"), so
such a phrase became the government of the capital's state, as the target of a siege of a suburb or the doer of a
private person's journey. Only a capital read alone (its government by default: no sector of the phrase's own, as
"officials in Quito" has) in the object of a preposition of place (data/coding/located_capital.tsv `place-prep`)
that hangs on another noun than the head, or on the head when that is no act ("the district near Lima"; "an attack
on Lima", "a visit to Lima" keep their capital, as does "the car bomb in Lima" whose place noun_args.place_on_act
reads); the origin preposition "from" only in the phrase of a person's name or its apposition ("rockets from Quito"
name their sender, "the rhetoric coming from Lima" its author). Asked by coding/resolve.py."""
from __future__ import annotations

import functools

from eventwire.coding.tables import kind_sets


@functools.cache
def _words() -> dict:
    return kind_sets("located_capital.tsv")


def _capital_alone(a) -> bool:
    why = a.why or ""
    return a.kind == "capital" and why.startswith("capital '") and "; sector" not in why and " from '" not in why


def _personal(tok) -> bool:
    """Whether `tok` is a person's name, or a name described by a noun in apposition ("Ruiz, a father of two")."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "FAC") and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" for c in tok.children))


def located_capital(h, a, act_head: bool, force_head: bool) -> bool:
    """Whether the actor `a`, read from the phrase of the head token `h`, is a capital that only places another noun
    of it (module doc). `act_head`: `h` names an act; `force_head`: a weapon or an act of force."""
    if a is None or a.start is None or not _capital_alone(a):
        return False
    t = next((c for c in h.subtree if c.idx <= a.start < c.idx + len(c.text)), None)
    if t is None or t.i == h.i:
        return False
    preps = _words().get("place-prep", frozenset())
    origin = _words().get("origin-prep", frozenset())
    for _ in range(12):                      # (up the tree to the head: a phrase is short)
        if t.i == h.i or t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            prep = t.head
            word = prep.lower_
            on_head = prep.head.i == h.i
            if word in preps and not (on_head and act_head):
                return True
            if word in origin and not force_head and _personal(h):
                return True                  # ("Ruiz, a father of two from west Lisbon"; not "rhetoric from Lima")
            if word == "of" and (prep.head.lemma_.lower() in _words().get("place-part", frozenset())
                                 or prep.head.lower_ in _words().get("place-part", frozenset())):
                return True                  # ("the outskirts of Quito")
        if t.dep_ in ("compound", "poss") and t.head.i == h.i:
            return False                     # ("the Lima government", "Lima's envoy": the head's own modifier)
        t = t.head
    return False
