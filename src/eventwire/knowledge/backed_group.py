"""A force the story calls backed by a foreign state is the one armed group of the story that state backs (issue 14,
wrong source and target: "US-backed forces" in Syria are no state's army).

    backed_group(a, head, sent, ctx, others)  ->  whether it placed `a`

"Isis fighters captured in Syria by US-backed forces ... The Syrian Democratic Forces (SDF) say they have cornered
...": a sector-only armed actor (data/coding/actor_country.tsv `backed-home-sector`: forces, fighters, militias,
rebels) whose own phrase names its backer, "US-backed forces", "Russian backed fighters" (knowledge/actor_where.py
supporter_at), "forces backed by Washington" (a participle of data/coding/roles.tsv `support` with a "by" phrase) or
"forces working with US and British troops" (a `partner-participle` with a "with"/"alongside" phrase), is
the armed group of data/actors/groups.tsv the story names that this backer backs: one the story itself calls so ("the
US-backed Syrian Democratic Forces"), or one data/coding/group_backers.tsv lists that is of a country the sentence's
places name or of the story's own country (`DocContext.home`). Only where every such group has one code (the SDF and
the YPG are both SYRREB: the one named most often), never where the group is the act's other party ("US-backed
forces fought alongside the SDF"), and never where the backer backs no named group ("Russian-backed forces" in Syria
are the state's army, placed as before)."""
from __future__ import annotations

import functools
from collections import Counter
from typing import Optional

from eventwire.coding.tables import coding_table
from eventwire.knowledge.actor_groups import take_group
from eventwire.knowledge.actor_where import where_of, word_kinds
from eventwire.knowledge.backed_home import phrase_backers as prefix_backers

_GROUP_KINDS = ("group",)


@functools.cache
def listed_backers() -> dict:
    """{group entity: frozenset of the ISO3 codes of its backers} from data/coding/group_backers.tsv."""
    return {row[0]: frozenset(row[1].split()) for row in coding_table("group_backers.tsv")}


def _support_participles() -> tuple:
    """(participles of backing, roles.tsv `support`; participles of fighting beside, `partner-participle`)."""
    from eventwire.coding.clause_record import role_words     # (lazy: coding imports knowledge)
    words = role_words()
    return words.get("support", frozenset()), words.get("partner-participle", frozenset())


def _countries_at(ctx, lo: int, hi: int) -> list:
    """The country mentions (a country or its capital, with a country code) that start in [lo, hi)."""
    return [m for m in ctx.mentions if m.start is not None and lo <= m.start < hi and m.country
            and m.kind in ("country", "capital")]


def force_backers(head, ctx) -> dict:
    """{country: the words naming it} of the backers the noun phrase of `head` names: a country word before the noun
    that knowledge/actor_where.py supporter_at reads as a supporter ("US-backed forces", "Russian backed fighters":
    knowledge/backed_home.phrase_backers),
    the "by" phrase of a participle of backing hung on the noun ("forces backed by Washington", "directly backed
    by the US"), or the "with"/"alongside" phrase of a participle of fighting beside ("forces working with US
    troops")."""
    out = {}
    for m in prefix_backers(head, ctx):
        out.setdefault(m.country, m.text)
    support, partner = _support_participles()
    for c in head.children:
        if c.dep_ != "acl" or c.lower_ not in support | partner:
            continue
        preps = ("by",) if c.lower_ in support else ("with", "alongside")
        for by in c.children:
            if (by.dep_ == "agent" and "by" in preps) or (by.dep_ == "prep" and by.lower_ in preps):
                for obj in (x for x in by.children if x.dep_ == "pobj"):
                    for t in [obj] + list(obj.conjuncts):
                        for m in _countries_at(ctx, t.left_edge.idx, t.idx + len(t.text)):
                            out.setdefault(m.country, m.text)
    return out


def _said_backers(m, ctx, doc) -> frozenset:
    """The countries the story's own phrase for group mention `m` calls its backers ("the US-backed Syrian
    Democratic Forces", "the Syrian Democratic Forces, backed by the US")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(force_backers(span.root, ctx))


def backed_groups(ctx, doc) -> dict:
    """{backer country: [(a group mention of the story it backs, whether the story's own phrase says so)]} (cached on
    `ctx` for the document)."""
    key = (id(doc), len(ctx.mentions))
    got = getattr(ctx, "_backed_groups", None)
    if got is not None and got[0] == key:
        return got[1]
    listed = listed_backers()
    out: dict = {}
    for m in ctx.mentions:
        if m.kind not in _GROUP_KINDS or not m.entity or not m.code:
            continue
        said = _said_backers(m, ctx, doc)
        for c in listed.get(m.entity, frozenset()) | said:
            out.setdefault(c, []).append((m, c in said))
    ctx._backed_groups = (key, out)
    return out


def backed_group(a, head, sent, ctx, others) -> bool:
    """Give the sector-only armed actor `a` (its head token `head`), whose phrase names its backer, the code of the
    one armed group the story names that this backer backs, in place (see the module doc); whether it did."""
    if a.country or a.entity or a.sector not in word_kinds().get("backed-home-sector", frozenset()):
        return False
    backers = force_backers(head, ctx)
    if not backers:
        return False
    here = {it[0] for it in where_of(ctx, sent.doc).in_sentence(sent)} | ({ctx.home} if ctx.home else set())
    groups = backed_groups(ctx, sent.doc)
    found = [m for country in backers for m, said in groups.get(country, ()) if said or m.country in here]
    words = " and ".join(backers.values())
    if not found or len({m.code for m in found}) != 1:
        return False                  # (a group of another country, "Iranian-backed militias" of Iraq in a story
        #                               that names Yemen's Houthis in passing: not the force meant)
    best = _most_named(found)
    return take_group(a, best, others, f"the story names that '{words}' backs")


def _most_named(found) -> Optional[object]:
    counts = Counter(m.entity for m in found)
    top = max(counts.values())
    return next(m for m in found if counts[m.entity] == top)
