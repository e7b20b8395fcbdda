"""Where people were first named, for an act done to them with no place of its own (issue 14, wrong target; used by
knowledge/actor_country.py: _where_it_happened, before the story's country).

    earlier_place(anchor, sent, ctx)   # (country, why) or None

"The students were arrested and beaten" right after "he grew up near Homs, where a group of students painted
slogans on a wall": the definite noun names again the people the sentence before introduced, and that sentence's
named places (one country, no other) say where they were, and so where the act on them was, though the story is
about another country (a refugee's new home). Only for the passive's subject ("the students were arrested",
"arrested, questioned and beaten"), a common noun with "the" and no modifier of its own, whose head word the
sentence before has as a noun; only that sentence's places (towns, regions: a demonym or a country's name alone is
no place), not a destination, venue or topic.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import where_of

_NO_PLACE = ("destination", "departure", "venue", "topic")


def _patient(anchor):
    """The passive subject of the act, or of the verb it is coordinated with ("were arrested, questioned")."""
    v = anchor
    for _ in range(3):
        got = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if got is not None:
            return got
        if v.dep_ != "conj" or v.head.i == v.i:
            return None
        v = v.head
    return None


def earlier_place(anchor, sent, ctx) -> Optional[tuple]:
    if anchor is None:
        return None
    who = _patient(anchor)
    if who is None or who.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in who.children) \
            or any(c.dep_ in ("amod", "compound", "nmod", "prep", "relcl", "acl", "appos") for c in who.children):
        return None
    doc = sent.doc
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    lemma = who.lemma_.lower()
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in before):
        return None
    where = where_of(ctx, doc)
    places = [it for it in where.in_sentence(before)
              if it[4] == "place" and not it[5] and where.roles.get((it[1], it[2])) not in _NO_PLACE]
    people = {(m.start, m.end) for m in ctx.mentions if m.kind == "person"}   # (a person's country is no place)
    countries = {it[0] for it in where.in_sentence(before)
                 if (it[1], it[2]) not in where.private and (it[1], it[2]) not in people}
    if not places or len(countries) != 1:
        return None
    return places[0][0], (f"from the place of the sentence before ('{places[0][3]}'), where the '{who.text}' "
                          f"it was done to were first named")
