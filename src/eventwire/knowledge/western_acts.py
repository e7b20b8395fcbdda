""""Western" on an act noun (issue 14, no source): "Western threats to strike", "western retaliation", "threats of
Western military action" are acts of the western states taken together (IGOWST, data/actors/igos.tsv), as "Russian
airstrikes" are Russia's. The actor lists leave "the west" and "western" alone unmatched, a direction too ("western
Iraq", "the western suburbs"); only an adjective on a noun the lexicon codes as an act names the doer.

    got = western_doer(h, kb, ctx, event_noun)    # [actor] or None; asked by coding/resolve.py
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

PHRASE = "western states"      # (an alias of IGOWST in data/actors/igos.tsv)


def western_doer(h, kb, ctx, event_noun) -> Optional[list]:
    """[IGOWST] for the adjective "western" on an act noun ("Western threats", "western military action"), else
    None."""
    if h.lower_ != "western" or h.dep_ != "amod" or h.head.pos_ != "NOUN" or event_noun(h.head) is None:
        return None
    a = kb.resolve_phrase(PHRASE, h.idx, ctx.date, ctx.countries)
    if a is None or not (a.code or "").startswith("IGO"):
        return None
    return [replace(a, text=h.text, start=h.idx, end=h.idx + len(h.text),
                    why=f"'{h.text}' on the act noun '{h.head.text}': the western states taken together ({a.code})")]
