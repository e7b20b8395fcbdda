"""Modifiers shared by coordinated nouns: in "rebel officials and commanders" and "Turkish officials and diplomats"
the first noun's modifier is the second's too (rebel commanders, Turkish diplomats), where the parser hangs it on the
first alone. Only for a second noun with no modifier, determiner or possessor of its own that names a body of people
by its sector (not private people: "rebel fighters and civilians" are no rebel civilians).
"""
from __future__ import annotations

from typing import Optional

_OWN_DEPS = ("amod", "compound", "poss", "nummod", "det", "nmod", "quantmod")


def shared_phrase(h, sector_of) -> Optional[tuple]:
    """(text, modifier text) of the phrase the coordinated noun `h` is read as with its first conjunct's modifiers,
    or None. `sector_of(tok)` gives the sector a head noun names on its own."""
    if h.dep_ != "conj" or h.pos_ != "NOUN" or h.head.pos_ != "NOUN" or h.head.i > h.i:
        return None
    if any(c.dep_ in _OWN_DEPS and c.i < h.i for c in h.children):
        return None
    first = h.head
    mods = [c for c in first.children if c.dep_ in ("amod", "compound") and c.i < first.i]
    if not mods or any(c.dep_ in ("poss", "nummod") for c in first.children if c.i < first.i):
        return None
    lo = min(t.i for m in mods for t in m.subtree)
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") for t in first.doc[lo: first.i]):
        return None
    sector = sector_of(h)
    if sector is None or sector == "CVL":
        return None
    mod_text = first.doc[lo: first.i].text
    return f"{mod_text} {h.text}", mod_text
