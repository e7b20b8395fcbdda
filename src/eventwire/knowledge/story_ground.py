"""The ground a story tells of, for the people an act of force or aid is done to (issue 14, item 3; asked last by
knowledge/actor_country.place_actor).

    got = ground_country(a, head, sent, ctx, skip)     # (country, why) or None

A story whose actors name several countries about as often (Turkey, the US and Russia in a story of Syria's war) has
no country of its own (actor_where.Where.story), yet its towns and regions ("Afrin", "Idlib", "Manbij") may all lie in
one. The people an act of force or aid is done to there, named with no country in a sentence that names none but
the doer's ("shells hit two schools sheltering families", "the assault uprooted 3,000 people", "Turkish
mortars killed civilians"), are that country's: where the story happens is where its victims are. Only people and
bodies that stay where they live (data/coding/actor_country.tsv `resident` sectors: civilians, schools, hospitals,
clerics), never fighters, troops or officials, who come from abroad; never a definite or possessed description ("the
children", "her husband", "the innocent people killed"), which may be someone the story met elsewhere, nor a bare
singular, a role rather than people ("a nurse taken hostage"); and only where
the towns clearly lie in one country (`TOWNS_MIN` of them at least, `TOWNS_LEAD` times the next country's).
"""
from __future__ import annotations

from typing import Optional

TOWNS_MIN = 3
TOWNS_LEAD = 2
_DEFINITE = frozenset({"the", "this", "these", "those", "that"})


def towns_country(where, least: int = TOWNS_MIN, lead: int = TOWNS_LEAD) -> Optional[str]:
    """The one country the story's towns and regions lie in, where it clearly leads: at least `least` of them, and
    `lead` times as many as in any other country."""
    ranked = sorted(where.towns.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < least:
        return None
    if len(ranked) > 1 and ranked[0][1] < lead * ranked[1][1]:
        return None
    return ranked[0][0]


def ground_country(a, head, sent, ctx, skip: list) -> Optional[tuple]:
    """(country, why) for the people an act of force or aid is done to, in a story with no country of its own whose
    towns lie in one; None where the sentence names a country beside the other party's (`skip`: its spans)."""
    from eventwire.knowledge.actor_where import where_of, word_kinds
    if head is None or a.sector not in word_kinds().get("resident", frozenset()) or head.pos_ == "PRON":
        return None
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return None               # ("the children were injured", "Rashida's husband was killed")
    if head.tag_ == "NN" and not any(c.dep_ in ("det", "nummod") for c in head.children):
        return None               # a bare singular is a role, no people: "the nurse taken hostage"
    where = where_of(ctx, sent.doc)
    if where.story is not None:
        return None               # (the story's own country was the step before)
    if any(not any(s <= it[1] < e for s, e in skip) for it in where.in_sentence(sent)):
        return None               # (the sentence names a country of its own: the steps before weighed it)
    lo, hi = sent.start_char, sent.end_char
    if any(m.country and m.start is not None and lo <= m.start < hi and not any(s <= m.start < e for s, e in skip)
           for m in getattr(ctx, "mentions", ())):
        return None               # (nor a person's nationality: "Ann Reid, the Irish nurse held captive")
    country = towns_country(where)
    if country is None:
        return None
    return country, f"from the towns the story names, which lie in {country} (its sentence names no country)"
