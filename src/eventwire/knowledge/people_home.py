"""A person whose role names an office or a legislature with no country (issue 14, no source): "Tom Harlan, the
chair of the Senate armed services committee, said ... . Harlan also criticised ...", "Ama Boateng, the defence
secretary, said".

knowledge/people.py resolves the role's words as for any role; an office or chamber with no country in its words
("the Senate", "the defence secretary") is a sector alone, and a person with a sector and no country was left empty,
with every later "Harlan" and "he". The bare office itself, in that sentence, is read as the country the story's
actors name most (as knowledge/actor_owner.home_office reads it: a legislature sits at home, and a story gives a bare
`story-title` or `home-title` office to its own country, where its sentence names no other country). The person who
holds it is that country's too, with the role's sector: a legislator of the Senate of a story about Washington is
USALEG, here and wherever the story names the person again.

Never where the story has no one country of its own, where the person's sentence names other countries only, for a
role the parser read as a body the person serves "with", is "of" or "from" (those name a group or a place); a former
office ("the former chair") is then an elite of that country, not its state (knowledge/people.py).

    ra = home_role(ra, role_head, via, sent, ctx)     # an Actor with the story's country, or None; asked by PeopleIndex
"""
from __future__ import annotations

from typing import Optional

from eventwire.model import Actor

_VIAS = ("appos", "title", "office")


def _named_countries(sent, ctx) -> set:
    """The countries the sentence's actor mentions (people aside) and places name, read from the document's lists as
    they stand: the people register is built before the per-document index of such countries (actor_where.where_of),
    which must not be built without the people it adds."""
    lo, hi = sent.start_char, sent.end_char
    out = {m.country for m in ctx.mentions if m.country and m.kind != "person" and m.start is not None
           and lo <= m.start < hi}
    out |= {p.country for p in (getattr(ctx, "places", None) or ()) if p.country and p.start is not None
            and lo <= p.start < hi}
    return out


def home_role(ra, role_head, via: str, sent, ctx) -> Optional[Actor]:
    """The role `ra` (a sector with no country) given the story's own country, or None (module doc)."""
    home = getattr(ctx, "home", None)
    if not home or ra is None or not ra.code or ra.country or not ra.sector or ra.kind == "person" \
            or via not in _VIAS or role_head is None:
        return None
    from eventwire.knowledge.actor_story import _kinds, _title_key
    if ra.sector == "LEG":
        what = "a legislature sits at home"
    else:
        key = _title_key(ra, role_head)
        if key is None or ra.sector not in _kinds().get("owned", frozenset()) \
                or not set(key.split()) & (_kinds().get("story-title", frozenset())
                                           | _kinds().get("home-title", frozenset())):
            return None
        what = f"a bare office '{key}' is the story's own country's"
    named = _named_countries(sent, ctx)
    if named and home not in named:
        return None               # (the sentence is about another country)
    return Actor(code=home + ra.sector, country=home, sector=ra.sector, kind="country",
                 why=f"{ra.why}; country {home} from the country the story's actors name most ({what})")
