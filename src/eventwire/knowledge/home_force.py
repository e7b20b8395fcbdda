"""A government's own forces named without their country (issue 14, bare sectors; used by knowledge/actor_country.py).

    home_force_country(a, words, others, sent, ctx)   # (country, why) for "government forces", "government troops"

"Government forces" fight at home, and their foes' backers are foreign to them: "clashes between government troops
and Moscow-backed rebels, Kiev said" are Ukraine's troops. With the backers' countries set aside (the countries that
back anyone in the sentence) and the other party's own country where that party is a state or its forces (a rebel or
a separatist is often of the same country as the government it fights), the sentence must name exactly one country
more, as a place or an actor, not as a destination, a departure, a venue or a topic, nor as a private person's
nationality. Only where a backer was set aside: a sentence of one country only is step 3 of actor_country.py already.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.actor_where import where_of, word_kinds

# (the other party's sectors that are a state's own: its country is not the government forces' they fight)
_STATE_SECTORS = frozenset({"", "GOV", "MIL", "SPY", "COP"})
_NO_ACTOR_PLACE = ("destination", "departure", "venue", "topic")


def _backer_countries(sent, ctx) -> set:
    """Countries of the sentence's supporters ("Russia-backed", "backed by Iran")."""
    from eventwire.coding.context import supporter_tokens
    doc = sent.doc
    spans = [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in supporter_tokens(sent)]
    out = set()
    if not spans:
        return out            # (most sentences: no pass over the document's mentions)
    for m in ctx.mentions:
        if m.country and m.start is not None and m.end is not None \
                and any(lo < m.end and m.start < hi for lo, hi in spans):
            out.add(m.country)
    return out


def backer_only(got: Optional[tuple], sent, ctx) -> bool:
    """Whether `got`, the only country the sentence names (step 3 of actor_country.py), is a country the sentence names
    as a backer ("government soldiers fought Iranian-backed gunmen, Iran's foreign ministry said"): a backer is
    foreign to those it backs, and the ones they fight are its foes: the name says nothing of where either is from."""
    return got is not None and got[1].startswith("the only country the sentence names") \
        and got[0] in _backer_countries(sent, ctx)


def home_force_country(a, words: set, others, sent, ctx) -> Optional[tuple]:
    """(country, why) for a government's forces with no country ("government forces", "pro-government troops") whose
    sentence names one country besides the backers it sets aside (module doc); None otherwise."""
    if a is None or a.sector not in ("MIL", "GOV") or not words & word_kinds().get("home-force", frozenset()):
        return None
    backers = _backer_countries(sent, ctx)
    if not backers:
        return None
    foes = {o.country for o in others if o is not None and o.country and (o.sector or "") in _STATE_SECTORS}
    where = where_of(ctx, sent.doc)
    found: dict = {}
    for it in where.in_sentence(sent):
        if where.roles.get((it[1], it[2])) in _NO_ACTOR_PLACE or (it[1], it[2]) in where.private:
            continue
        if it[0] in backers or it[0] in foes:
            continue
        found.setdefault(it[0], it[3])
    if len(found) != 1:
        return None
    c, text = next(iter(found.items()))
    return c, (f"the only country the sentence names ('{text}') besides the backers of the government forces' "
               f"foes ({', '.join(sorted(backers))})")
