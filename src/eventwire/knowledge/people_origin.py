"""Where a person the actor lists do not know is from, as the story says it: "X, 24, from Portsmouth", "X, a farmer
from Reading", "the east London schoolgirl", "an Aleppo pharmacist" (a town before the description's noun).  The
place's country makes the person one of that country's (knowledge/people.py); a home town is where most people of
that name live, whatever the countries the story is about ("from Oxford" in a story about the US)."""
from __future__ import annotations

from typing import Optional


def likeliest_country(name: str) -> Optional[str]:
    """The country of the most populous place of that name in the gazetteer, or None."""
    try:
        from eventwire.knowledge.gazetteer import default_gazetteer
        cands = default_gazetteer().lookup(name)
    except Exception:     # no gazetteer: no home town
        return None
    best = max(cands, key=lambda c: c.population or 0, default=None)
    return best.country if best is not None else None


def origin(doc, ctx, name_head, role_head):
    """(place, its token) of "from PLACE" right after a name or its description, or of a town named before the
    description's noun, when the document's places resolve it to a place in a country; else None."""
    for head in (name_head, role_head):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ != "from" or c.i < head.i:
                continue
            if any(x.pos_ not in ("PUNCT", "NUM") for x in doc[head.i + 1: c.i]) and head is name_head:
                continue          # (only a comma or an age between: "X, 24, from Portsmouth")
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN":
                continue
            place = next((p for p in ctx.places_in(obj.left_edge.idx, obj.idx + len(obj.text))
                          if p.country and p.end >= obj.idx + len(obj.text) and not p.demonym), None)
            if place is not None and likeliest_country(place.text) == place.country:
                return place, obj
    for c in (role_head.lefts if role_head is not None and role_head.pos_ == "NOUN" else ()):
        # a home town before the noun: "the east London schoolgirl", "an Aleppo pharmacist"
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "NORP"):
            place = next((p for p in ctx.places_in(c.idx, c.idx + len(c.text)) if p.country and not p.demonym), None)
            if place is not None and likeliest_country(place.text) == place.country:
                return place, c
    return None
