"""The place a visit says an act happened at (issue 14, item 3: wrong target country).

    got = visited_place(anchor, sent, ctx)      # (country, why) or None; asked by knowledge/actor_country.place_actor

"When Erdogan went to Washington last year, his bodyguards assaulted protesters and local police": the act's own clause
names no place, and the only country the sentence names besides the destination is the visitor's (TUR), which is
whose the doers are, not the ones they assaulted. A "when"/"while"/"as" clause (data/coding/actor_country.tsv
`visit-mark`) on the act's verb (or on the verb it is coordinated with) whose verb is one of travelling
(`visit-verb`: "went to", "visited", "arrived in") says where the act happened: the place it goes to (its "to", "in" or
"into" object, or its direct object) when that names one country. Only for the one an act is done to, and only where
nothing else places it (its own words, a group, an owner: actor_country.place_actor reads those first) and the act's
own clause names no place of its own.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import where_of, word_kinds

_PREPS = ("to", "in", "into")


def _visit_clause(anchor):
    """The travelling verb of a `visit-mark` clause on the act's verb (module doc), or None."""
    kinds = word_kinds()
    verbs, marks = kinds.get("visit-verb", frozenset()), kinds.get("visit-mark", frozenset())
    v = anchor
    for _ in range(4):
        for c in v.children:
            if c.dep_ == "advcl" and c.i < anchor.i and c.lemma_.lower() in verbs \
                    and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children):
                return c
        if v.dep_ != "conj" or v.head.i == v.i:
            break
        v = v.head
    return None


def _destination(verb):
    """The noun the travelling verb goes to: its "to"/"in"/"into" object, else its direct object."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def visited_place(anchor, sent, ctx) -> Optional[tuple]:
    """(country, why) for the place a visit clause on the act says it happened at (module doc), else None."""
    if anchor is None:
        return None
    verb = _visit_clause(anchor)
    dest = _destination(verb) if verb is not None else None
    if dest is None:
        return None
    lo, hi = dest.left_edge.idx, dest.right_edge.idx + len(dest.right_edge.text)
    found = [it for it in where_of(ctx, sent.doc).in_sentence(sent)
             if lo <= it[1] and it[2] <= hi and not (it[4] == "place" and it[5])]
    if len({it[0] for it in found}) != 1:
        return None
    it = found[0]
    return it[0], f"from where the act happened: '{verb.text} ... {it[3]}' (the visit its clause tells)"
