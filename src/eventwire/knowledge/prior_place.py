"""The people of the place just named (issue 14, item 3: "a sector with no country takes one from ... the
sentence's place"; asked last by knowledge/actor_country.place_actor).

    got = prior_place(a, head, sent, ctx)      # (country, why) or None

"Fresh shelling killed eleven people in Douma on Monday. Residents have condemned the world's silence.": the
residents are those of the place the sentence before named, though their own sentence names none. Only a bare
plural word for the people who live in a place (data/coding/actor_country.tsv `inhabitant`: residents, locals,
villagers), with no determiner, possessor or phrase of its own, in a sentence that names no place or country at all,
after a sentence whose towns and regions (not a country's name, a capital standing for its state, nor a
nationality) all lie in one country.
"""
from __future__ import annotations

from typing import Optional


def prior_place(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) for bare residents placed by the sentence before (module doc); None otherwise."""
    from eventwire.knowledge.actor_where import where_of, word_kinds
    if head is None or head.lower_ not in word_kinds().get("inhabitant", frozenset()) or head.tag_ != "NNS":
        return None
    if any(c.dep_ in ("det", "poss", "prep", "amod", "compound", "nmod", "acl", "relcl") for c in head.children):
        return None             # ("the residents", "its residents", "residents of Idlib", "angry residents")
    doc = sent.doc
    where = where_of(ctx, doc)
    if where.in_sentence(sent) or sent.start == 0:
        return None             # (its own sentence names a place or a country: the steps before decide)
    prev = doc[sent.start - 1].sent
    towns = {it[0]: it[3] for it in where.in_sentence(prev) if it[4] == "place" and not it[5]}
    items = where.in_sentence(prev)
    if len(towns) != 1 or any(it[0] not in towns for it in items if it[4] == "place"):
        return None
    country, text = next(iter(towns.items()))
    return country, f"from the place the sentence before names ('{text}'): the residents of it"
