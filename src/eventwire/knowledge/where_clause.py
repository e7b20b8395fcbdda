"""The place a relative "where" clause hangs on is where its act happened (issue 14, bare sectors; the clause's place,
step 2 of knowledge/actor_country.py).

    where_clause_place(anchor, sent, where)  ->  (country, why) or None

"The lorries were stopped at a checkpoint in Zakho, where officers searched them": the search was in Zakho, so the
officers are Iraq's, whatever other countries the sentence names ("after the drivers crossed from Turkey"). The
parser hangs such a clause (advmod "where") on the place it relates to; the act is the clause's verb, a verb
coordinated with it or its complement, or an event noun that is its subject or object. Only named places count
(not a country named as an actor, a nationality, a destination, a topic or a venue), and only when the phrase of the
noun the clause hangs on names places of one country ("the town of Zakho", "a camp near Hasakah")."""
from __future__ import annotations

from typing import Optional

_CLIMB = {"conj", "xcomp"}                  # (a verb that shares the clause: "where officers stopped and searched")
_NOUN_ROLES = {"nsubj", "nsubjpass", "dobj"}  # (an event noun of the clause: "where a search found nothing")


def _relative_where(anchor):
    """The relative clause's verb introduced by "where" that the anchor's act belongs to, or None."""
    t = anchor
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _NOUN_ROLES:
        t = t.head
    for _ in range(4):
        if t.dep_ == "relcl":
            break
        if t.dep_ not in _CLIMB or t.head.i == t.i:
            return None
        t = t.head
    if t.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < t.i for c in t.children):
        return None
    return t


def where_clause_place(anchor, sent, where, no_place_roles=frozenset()) -> Optional[tuple]:
    """(country, why) of the place a "where" clause holding the anchor's act hangs on; None if none or several."""
    if anchor is None:
        return None
    verb = _relative_where(anchor)
    if verb is None:
        return None
    noun = verb.head
    if noun.pos_ not in ("PROPN", "NOUN"):
        return None
    # the noun's own phrase, before the clause: "Zakho", "a checkpoint in Zakho", "the town of Zakho"
    lo, hi = noun.left_edge.idx, verb.left_edge.idx
    found = [it for it in where.in_sentence(sent)
             if lo <= it[1] < hi and it[4] == "place" and not it[5]
             and where.roles.get((it[1], it[2])) not in no_place_roles]
    countries = {it[0] for it in found}
    if len(countries) != 1:
        return None
    it = found[-1]
    return it[0], f"from the place its 'where' clause hangs on: '{it[3]}'"
