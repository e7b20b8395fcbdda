"""A state's own people named through a description of a country ("the country's population", "the nation's
citizens"): which country is meant is not left to coreference, which often reads such a description as the country
the story is about when the sentence names another ("my father left Chile in 1973, when a coup split the country's
population", in a story about Canada). The people take the one country the sentence names before them by its name
or a place in it (a demonym or a nationality is no such name, and the sentence may name no other country after them
either); where the sentence names no country at all, the story's own country (or the one most of its places lie
in); else none. Asked by knowledge/actor_story.possessor_country."""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import where_of


def _demonym(ctx, start: int, end: int) -> bool:
    """Whether the actor mention at (start, end) was read from a demonym ("Chilean"), not a country's name."""
    for m in getattr(ctx, "mentions", None) or ():
        if m.start == start and m.end == end:
            return (m.why or "").startswith("demonym") or m.kind != "country"
    return True


def people_country(poss, sent, ctx) -> Optional[tuple]:
    """(country, why) for the people a country description `poss` ("the country") owns, else None."""
    where = where_of(ctx, sent.doc)
    items = [it for it in where.in_sentence(sent) if (it[1], it[2]) not in where.private]
    names = [it for it in items if not it[5] or not _demonym(ctx, it[1], it[2])]
    before = [it for it in names if it[2] <= poss.idx]
    if before and len({it[0] for it in names}) == 1:
        return before[0][0], f"from its possessor '{poss.text}': the one country its sentence names ('{before[0][3]}')"
    if items:
        return None
    story = where.story
    if story is None:
        from eventwire.knowledge.actor_story import leading_place
        story = leading_place(ctx)
    if story is not None:
        return story[0], f"from its possessor '{poss.text}': {story[1]}"
    return None
