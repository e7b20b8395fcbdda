"""People coming home are the place's own (issue 14, item 3: wrong target country).

    got = home_of(head, sent, ctx)      # (country, why) or None; asked by knowledge/actor_country.place_actor

"Only 10% of foreign fighters returning to the UK have been prosecuted", "refugees who returned to Syria were
detained": a sector-only actor whose head carries a participle or relative clause of coming home (data/coding/
actor_country.tsv `homecoming-act`: "returning", "who returned") with a "to" phrase comes home to that place, which is
its own country (GBRUAF, SYRREF), though "foreign" or "refugees" otherwise take a country only from their own origin
words. The "to" phrase must name one country (a place or a country's name, not a demonym); a return "from" a place
says where they were, never whose they are (knowledge/returned_home.py reads that one for custody acts).
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import where_of, word_kinds


def _return_clause(head):
    """The homecoming participle or relative clause on `head` ("returning", "who returned"), or None."""
    words = word_kinds().get("homecoming-act", frozenset())
    return next((c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words), None)


def home_of(head, sent, ctx) -> Optional[tuple]:
    """(country, why) for an actor coming home to a place of one country (module doc), else None."""
    verb = _return_clause(head) if head is not None else None
    if verb is None:
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return None
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    found = [it for it in where_of(ctx, sent.doc).in_sentence(sent)
             if lo <= it[1] and it[2] <= hi and not (len(it) > 5 and it[4] == "place" and it[5])]
    countries = {it[0] for it in found}
    if len(countries) != 1:
        return None
    it = found[0]
    return it[0], f"from where it comes home: '{verb.text} to {it[3]}'"
