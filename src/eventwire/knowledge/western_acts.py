""""Western" on an act noun (issue 14, no source): "Western threats to strike", "western retaliation", "threats of
Western military action" are acts of the western states taken together (IGOWST, data/actors/igos.tsv), as "Russian
airstrikes" are Russia's. The actor lists leave "the west" and "western" alone unmatched, a direction too ("western
Iraq", "the western suburbs"); only an adjective on a noun the lexicon codes as an act names the doer.

    got = western_doer(h, kb, ctx, event_noun)    # [actor] or None; asked by coding/resolve.py
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

def bloc_states(kb, word, ctx):
    """The actor list's "<adjective> states" for a bloc adjective token ("Western": IGOWST, "Arab": IGOARB; aliases in
    data/actors/igos.tsv), or None. Shared by the doer here and the author a response answers (coding/bloc_author.py)."""
    a = kb.resolve_phrase(f"{word.lower_} states", word.idx, ctx.date, ctx.countries)
    return a if a is not None and (a.code or "").startswith("IGO") else None


def western_doer(h, kb, ctx, event_noun) -> Optional[list]:
    """[IGOWST] for the adjective "western" on an act noun ("Western threats", "western military action"), else
    None."""
    if h.lower_ != "western" or h.dep_ != "amod" or h.head.pos_ != "NOUN" or event_noun(h.head) is None:
        return None
    a = bloc_states(kb, h, ctx)
    if a is None:
        return None
    return [replace(a, text=h.text, start=h.idx, end=h.idx + len(h.text),
                    why=f"'{h.text}' on the act noun '{h.head.text}': the western states taken together ({a.code})")]
