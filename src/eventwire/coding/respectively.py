"""Parties paired in order by "respectively": "Moscow and Ankara have backed the government and the rebels
respectively" is Moscow backing the government and Ankara the rebels, two acts, not four.

A clause whose verb (or its object) carries the adverb "respectively", with as many sources as targets (two or
more), pairs the first source with the first target, the second with the second, and so on, in the order the text
names them; any other clause keeps each source with each target.
"""
from __future__ import annotations

WORD = "respectively"


def _said(cl) -> bool:
    heads = [t for t in (cl.pred, cl.anchor, cl.obj) if t is not None]
    return any(c.lower_ == WORD for h in heads for c in h.subtree if c.dep_ == "advmod" and c.head.i in
               {x.i for x in heads} | {y.i for h in heads for y in h.conjuncts})


def respective_pairs(cl, sources: list, targets: list):
    """[(source, target), ...] in the text's order where "respectively" pairs them (module doc), else None."""
    if len(sources) < 2 or len(sources) != len(targets) or not _said(cl):
        return None
    key = lambda a: (a.start if a.start is not None else 0)
    return list(zip(sorted(sources, key=key), sorted(targets, key=key)))
