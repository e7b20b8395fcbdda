"""Targets stage: aid sent to an area the sentence does not name is for the people of the country the story is about
(issue 14, no target).

"The government has limited the aid provided to those areas by the UN", "convoys carrying food to the besieged towns
were turned back": an act of aid (CAMEO 07, not asylum: 075) whose "to"/"into" phrase is a place noun (an area, a
town, a district: coding/context.py `PLACE_HEADS`) with a determiner, that names no place in its phrase and stands
for no one place named just before (coding/place_anaphora.py, else the places stage would have placed it), goes to
the people living there. Where the story is about one country (ctx.home), those are its civilians, unless the giver
is of that country itself (aid at home names no one). The actor's why names the area word and the story's country.

    found = aid_area(coder, cl, entry, code, sources, ctx, sent)    # ([actor], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.context import PLACE_HEADS
from eventwire.coding.place_anaphora import place_word
from eventwire.model import Actor

_CODES = ("07",)
_NOT = ("075",)
_PREPS = ("to", "into")
_DETS = ("the", "those", "these", "that", "this")


def _area(cl) -> Optional[object]:
    """The place noun of the act's "to"/"into" phrase with a determiner, or None."""
    for p in _PREPS:
        tok = cl.preps.get(p)
        if tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_HEADS \
                and any(c.dep_ == "det" and c.lower_ in _DETS for c in tok.children):
            return tok
    return None


def aid_area(coder, cl, entry, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actor], how) for the people of the story's country an act of aid to an unnamed area is for (module doc)."""
    if not code.startswith(_CODES) or code.startswith(_NOT) or not entry.cameo.startswith(_CODES) or not sources:
        return None
    home = getattr(ctx, "home", None)
    if not home or any(s.country == home for s in sources):
        return None
    area = _area(cl)
    if area is None or place_word(ctx, area) is not None:
        return None
    lo, hi = area.left_edge.idx, area.right_edge.idx + len(area.right_edge)
    if ctx.places_in(lo, hi):
        return None          # (a place named in the phrase: the places stage's own rule)
    how = f"the people of '{area.text}' the aid goes to, in the story's country ({home})"
    actor = Actor.national(home, "CVL", text=area.text, start=area.idx, end=area.idx + len(area.text),
                           why=f"'{area.text}' names no place: the story is about {home}, its people are the target",
                           kind="other")
    return [actor], how
