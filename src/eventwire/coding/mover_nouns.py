"""Who moves in a noun of moving oneself (issue 14, wrong source / no source): "regime forces took the town after the
withdrawal of the remaining Isis fighters", "Kurdish units entered Manbij after the retreat of Turkish troops". A noun
of roles.tsv `mover-noun` (withdrawal, retreat, departure, arrival, defection, ...) whose "of" phrase names a party
(a noun or a name, not a place's name: "the withdrawal from Afrin" names no mover; nor a pronoun) is done by that
party, as its possessor would be ("the fighters' withdrawal"); the subject of the verb whose phrase the noun stands in
is someone else, who acted after or during it.

    mover = noun_mover(noun)       # the "of" object token, or None; asked by coding/noun_clauses.py before it lends
                                   # a noun in an "in/after/during ..." phrase its verb's subject
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import _ROLES, _child

MOVER_NOUNS = _ROLES.get("mover-noun", frozenset())
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def noun_mover(noun) -> Optional[object]:
    """The party a mover noun's "of" phrase names (module doc), else None."""
    if noun.lemma_.lower() not in MOVER_NOUNS and noun.lower_ not in MOVER_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    who = _child(of, {"pobj"}) if of is not None else None
    if who is None or who.pos_ not in ("NOUN", "PROPN") or who.ent_type_ in PLACE_TYPES:
        return None
    return who
