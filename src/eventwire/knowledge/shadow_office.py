"""A government title held in opposition: "the shadow home secretary, Ana Ruiz", "shadow chancellor Tom Hale", "the
shadow cabinet" (issue 14, "wrong source": a shadow minister coded GOV for the office her title copies).

    shadow_office(text, start, sec_m) -> sec_m

`sec_m` is the sector term a noun phrase's resolver picked (knowledge/actor_phrases.py: start, end, candidates).
A GOV term right after a word of data/coding/opposition_offices.tsv (`word`: "shadow") names the opposition's
holder of that office: the term, widened over the word, becomes OPP ("sector term 'shadow home secretary' ->
OPP"); the phrase's country and the person's name are read as before.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwire.coding.tables import kind_sets


def _words() -> frozenset:
    return kind_sets("opposition_offices.tsv").get("word", frozenset())


def shadow_office(text: str, start: int, sec_m: Optional[tuple]) -> Optional[tuple]:
    if not sec_m:
        return sec_m
    s, e, cands = sec_m
    if not cands or any(c.sector != "GOV" for c in cands):
        return sec_m
    m = re.search(r"(?<![\w-])([A-Za-z]+)[ -]$", text[:max(0, s - start)])
    if m is None or m.group(1).lower() not in _words():
        return sec_m
    ws = start + m.start(1)
    word = m.group(1).lower()
    return ws, e, [c._replace(sector="OPP", orig=f"{word} {c.orig}") for c in cands]
