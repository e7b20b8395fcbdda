"""An actor of a world region, not of one country (issue 14: a sector with no country takes one from its own
modifiers first).

    region_owned(a, head) -> bool      # in place: says so in a.why

A sector-only actor whose own phrase names a world region as its owner or origin ("Europe's central aviation agency",
"European forces", "troops from Africa", "the Europeans") belongs to that region, of no one country: the sentence's
only country, a person it names ("Donald Trump's tweets ... after Europe's aviation agency warned airlines") or the
story's country are another party's, not the actor's. knowledge/actor_country.py then treats it as an actor foreign
to its place: only a country named in its own phrase places it ("a European diplomat from Spain"). The words are the
`region` rows of data/coding/actor_country.tsv.
"""
from __future__ import annotations

from eventwire.knowledge.actor_where import word_kinds

_OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
_ORIGIN_PREPS = {"of", "from"}


def _region_word(head):
    """The region word that owns the actor's head, or the head itself when it names the region's people."""
    regions = word_kinds().get("region", frozenset())
    if head.lower_ in regions:
        return head
    for c in head.children:
        if c.dep_ in _OWNER_DEPS and c.i < head.i and c.lower_ in regions:
            return c                    # "Europe's agency", "European forces"
        if c.dep_ == "prep" and c.lower_ in _ORIGIN_PREPS:
            for g in c.children:        # "troops from Africa"
                if g.dep_ == "pobj" and g.lower_ in regions:
                    return g
    return None


def region_owned(a, head) -> bool:
    """Whether the actor's own phrase names a world region as its owner or origin; in place, says so in its why."""
    if head is None:
        return False
    t = _region_word(head)
    if t is None:
        return False
    a.why = (a.why or "") + f"; its own phrase names a world region ('{t.text}'), not a country"
    return True
