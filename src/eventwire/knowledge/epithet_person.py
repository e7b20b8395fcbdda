"""A ruler called by an epithet is the person its sentence names (issue 14, item 4: wrong target).

    got = epithet_person(a, head, sent, ctx, others)    # the named person's Actor, or None; asked by
                                                        # knowledge/actor_country.place_actor

"Asked why Russia is backing a suspected war criminal in Syria, Yakovenko says Assad was democratically elected": the
one backed is read from "criminal" as a bare sector (CRM), though the sentence says who is meant. A target whose head
is an `epithet-noun` of data/coding/actor_country.tsv ("war criminal", "dictator", "tyrant"), with no name of its own and
a place in its own phrase that gives one country ("Syria's dictator"), else the place of the act's own clause
("backing a suspected war criminal in Syria"), is the one person the sentence
names of that country (a person the actor lists know, outside the epithet's own phrase and not a doer of the act),
where there is exactly one. "The dictator" after a name is coreference's (knowledge/coref_descriptions.py); an
epithet that no place ties to one country stays what it is.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import word_kinds


def epithet_person(a, head, sent, ctx, others, country: Optional[str]):
    """The Actor of the one person the sentence names of the epithet's `country` (module doc), else None."""
    if head is None or country is None or head.pos_ != "NOUN":
        return None
    words = word_kinds().get("epithet-noun", frozenset())
    lemma = head.lemma_.lower()
    compounds = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    if lemma not in words and not any(f"{c} {lemma}" in words for c in compounds):
        return None             # ("a war criminal"; not a bare "criminal")
    lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    doers = {o.entity for o in others if o is not None and o.entity}
    found = {}
    for m in ctx.mentions_from(sent.start_char, sent.end_char):
        if m.kind != "person" or not m.entity or m.country != country or m.entity in doers \
                or m.start is None or lo <= m.start < hi or "(coreference)" in (m.why or ""):
            continue
        found.setdefault(m.entity, m)
    if len(found) != 1:
        return None
    return next(iter(found.values()))
