"""An actor its own phrase calls local ("local fighters", "the local authorities", "local officials") is of the place
where it is. With no country in its phrase: the one country of the places its sentence names (not inside the other
party's own phrase, nor a nationality or an actor's name, nor a place in a country the sentence also names that way,
which is the outsiders' own: "Kenyan soldiers who drill local fighters in Kismayo": Somalia's fighters); where
the sentence names no country at all, the country where the story happens (its dateline's, or the one most of its
places, or its towns, lie in; not merely the country the story is about, whose own forces may be the outsiders:
"special forces working to train local partner forces" in a story about the Pentagon), unless another party of the
act is of it. A sentence whose places lie in several countries gives none. The words are actor_country.tsv
`local-own`."""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.act_place import demonym_on_ground
from eventwire.knowledge.actor_story import leading_place
from eventwire.knowledge.actor_where import where_of, word_kinds
from eventwire.knowledge.story_ground import towns_country


def _towns_country(where) -> Optional[tuple]:
    """(country, why): the country the story's towns and regions lie in (its places that name no actor), when at least
    two do and at least three times as many as in any other country; else None."""
    country = towns_country(where, least=2, lead=3)
    return (country, f"the country the story's towns lie in ({where.towns[country]} of them)") if country else None


def local_word(head) -> Optional[str]:
    """The `local-own` word that modifies the actor's head noun ("local" in "the local fighters"), else None."""
    words = word_kinds().get("local-own", frozenset())
    for c in head.children:
        if c.i < head.i and c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words:
            return c.text
    return None


def local_country(a, head, others, sent, ctx) -> Optional[tuple]:
    """(country, why) for a sector-only actor whose phrase calls it local (see the module doc), else None."""
    if head is None or a.country:
        return None
    word = local_word(head)
    if word is None:
        return None
    where = where_of(ctx, sent.doc)
    spans = [(o.start, o.end) for o in others if o is not None and o.start is not None and o.end is not None]
    doc = sent.doc
    items = [it for it in where.in_sentence(sent)
             if not any(s <= it[1] < e for s, e in spans) and (it[1], it[2]) not in where.private]
    ground = [it for it in items if not it[5] or demonym_on_ground(doc, it)]
    # (a place in a country the sentence also names as an actor or a nationality is the outsiders' own: "the US
    # secretary of state, in a speech in California, said the US would support local administrations")
    named = {it[0] for it in items if it not in ground}
    places = [it for it in ground if it[0] not in named]
    countries = {it[0] for it in places}
    if len(countries) == 1:
        return places[0][0], f"'{word}': of the place its sentence names ('{places[0][3]}')"
    if items:
        return None         # (several countries, or only the outsiders' own)
    # (where the story happens, not the country it is about, whose own forces may be the outsiders: "special forces
    # working to train local partner forces" in a story about the Pentagon)
    story = where.story if where.story is not None and where.story[1] != "the country the story is about" else None
    story = story or leading_place(ctx) or _towns_country(where)
    if story is None:
        return None
    if any(o is not None and o.country == story[0] for o in others):
        return None         # ("US troops training local forces": the locals are elsewhere)
    return story[0], f"'{word}': of where the story is ({story[1]})"
