"""Whose nationality an act takes away (issue 14): "she was stripped of her British citizenship" is the British
government's act wherever it happened (the `@` sectors of data/coding/implicit_agents.tsv, read by
knowledge/implicit_agents.py: implicit_agent)."""
from __future__ import annotations

import bisect
from typing import Optional


def nationality_of(anchor, ctx, words) -> Optional[tuple]:
    """(country, words) of a `nationality` noun (`words`: citizenship, passport) that the act's verb
    takes, directly or in a preposition's phrase, with a country or demonym before it ("stripped of British
    citizenship", "revoked her UK passport"); () when the noun names no country ("her citizenship"); None when the
    verb takes no such noun."""
    coref = getattr(ctx, "coref", None)
    if not words or coref is None:
        return None
    nouns = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    starts = coref.mention_starts
    for n in nouns:
        if n.lemma_.lower() not in words:
            continue
        for m in n.children:
            if m.dep_ not in ("amod", "compound", "nmod") or m.i > n.i:
                continue
            i = bisect.bisect_left(starts, m.idx)
            if i < len(starts) and starts[i] == m.idx and ctx.mentions[i].country:
                return ctx.mentions[i].country, f"{m.text} {n.text}"
        return ()
    return None
