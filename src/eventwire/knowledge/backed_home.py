"""The home of a force that an act of support is done to, where its sentence names several countries (issue 14).

    got = story_home(actor, backers, sent, ctx)      # (country, why) or None

"Forces backed by Washington" in a sentence that also names a neighbour ("the front in Baidoa, within reach of the
Kenyan border") are Somalia's: the one backed fights where the sentence's places lie (with no actor nor nationality
counted), else where the story is, when the sentence names the story's country as a place; its backer's country is
never its own. Only for armed and political sides (data/coding/actor_country.tsv
`backed-home-sector`), and never a backer's own country.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import PLACES_STORY, supporter_at, where_of, word_kinds


def story_home(a, backers, sent, ctx, named: bool = False) -> Optional[tuple]:
    """(country, why) for a sector-only actor backed by `backers`: the story's country, which the sentence names as a
    place (with `named`, also as a country named as an actor: "the fight for Syria"), when no backer is of it; else
    None."""
    if a.sector not in word_kinds().get("backed-home-sector", frozenset()):
        return None
    where = where_of(ctx, sent.doc)
    own = {o.country for o in backers if o is not None and o.country}
    if not own:
        return None             # (an unnamed backer may be of the story's country)
    places = [it for it in where.in_sentence(sent) if not it[5]]       # (no actor, no nationality)
    homes = {it[0] for it in places}
    if len(homes) == 1 and not homes & own:
        # "forces backed by Washington" in a sentence whose places ("a front in Baidoa") lie in one country
        return places[0][0], f"the only country of the places the sentence names ('{places[0][3]}'; its backer set aside)"
    if where.story is None or where.story[1] == PLACES_STORY or where.story[0] in own:
        return None             # (a backer's country is not the backed's)
    place = next((it for it in (where.in_sentence(sent) if named else places) if it[0] == where.story[0]), None)
    if place is None:
        return None
    return where.story[0], f"from {where.story[1]}, where the sentence places it ('{place[3]}'; its backer set aside)"


def backers_own_left(sources, targets) -> list:
    """The targets of an act of support less those of a backer's own country, where others remain: a state backing
    a list is no backer of its own forces in it ("an operation of the Kenyan army and Somali militias backed by
    Nairobi": the militias only)."""
    own = {s.country for s in sources if s is not None and s.country}
    kept = [t for t in targets if t is None or not t.country or t.country not in own]
    return kept if own and kept and len(kept) < len(targets) else targets


def phrase_backers(head, ctx) -> list:
    """The mentions of countries its own phrase names as its backers ("Russian backed forces", "Turkish-backed
    rebels", "Iran-backed militias"): a force so described is backed by them, as "forces backed by Moscow" is, and
    takes its home by `story_home` (its backer set aside); [] where the phrase names no backer."""
    lo = head.left_edge.idx
    hi = head.idx
    # (the mentions that start inside the phrase, by the context's start index, not a pass over the document's)
    near = ctx.mentions_from(lo, hi) if hasattr(ctx, "mentions_from") else ctx.mentions
    return [m for m in near if m.start is not None and m.end is not None and m.country
            and lo <= m.start and m.end <= hi and supporter_at(ctx.text, m.end)]
