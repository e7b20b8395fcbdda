"""Roles stage: a convoy of aid or of civilians that an act of force is done to (issue 14, wrong target on force).

"A convoy heading to Afrin carrying food and medicine was shelled by Turkish forces": the object names no actor of its
own, and the place fallback then takes the town the convoy was heading for as the state acted on (SYR). A convoy that
says it carries aid or civilians (data/coding/convoys.tsv: a `convoy-noun` with an `aid-word` as its modifier, "an aid
convoy", "a civilian convoy"; as the object of a `carry-verb` participle or relative clause on it, "a convoy carrying
food and medicine", "lorries that were bringing flour"; or as the noun of its "of" phrase, "a convoy of aid lorries",
"a convoy of evacuees") is the target as the civilians it carries or serves (CVL). Only for acts of coercion,
assault and force (CAMEO 17-20); a convoy of troops or of arms is no one's but its owner's and is left to the other
readers.

The civilians take the one country the places in the convoy's own words lie in ("heading to Afrin", "bound for
Douma", "carrying food to Idlib": where it was going or was; not a demonym, "Turkish aid" being its giver's); where its
words name no place ("bombed an aid convoy near Aleppo", the place on the verb), nothing is read here, and the act
keeps what the other readers find (the place fallback then has no place of the convoy's to take).

    found = aid_convoy(cl, code, tgt_tok, ctx)    # ([actor], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import word_kind_sets
from eventwire.model import Actor

_CODES = ("17", "18", "19", "20")


def _words() -> dict:
    return word_kind_sets("convoys.tsv")


def _is(tok, kind: str) -> bool:
    words = _words().get(kind, frozenset())
    return tok.lower_ in words or tok.lemma_.lower() in words


def _carried(noun):
    """The aid word that says what the convoy `noun` carries or is for (module doc), or None."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and _is(c, "aid-word"):
            return c                                        # "an aid convoy", "a civilian convoy"
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and (_is(o, "aid-word") or _is(o, "convoy-noun") and _carried(o) is not None):
                    return o if _is(o, "aid-word") else _carried(o)     # "a convoy of evacuees", "of aid lorries"
        if c.dep_ in ("acl", "relcl") and _is(c, "carry-verb"):
            for o in c.children:
                if o.dep_ == "dobj" and any(_is(x, "aid-word") for x in [o] + list(o.conjuncts)):
                    return o                                # "a convoy carrying food and medicine"
    return None


def _own_places(obj, ctx) -> Optional[tuple]:
    """(country, place text) where the places in the convoy's own words (its whole phrase, its clauses too) lie in one
    country, not counting demonyms; else None."""
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    places = [p for p in ctx.places_in(lo, hi) if p.country and not p.demonym and lo <= p.start and p.end <= hi]
    countries = {p.country for p in places}
    return (places[0].country, places[0].text) if len(countries) == 1 else None


def aid_convoy(cl, code: str, tgt_tok, ctx) -> Optional[tuple]:
    """([actor], how) for a convoy of aid or civilians an act of force is done to (module doc), or None."""
    obj = tgt_tok if tgt_tok is not None else cl.obj
    if cl.kind != "verb" or not code.startswith(_CODES) or obj is None or obj.pos_ != "NOUN" \
            or not _is(obj, "convoy-noun"):
        return None
    what = _carried(obj)
    own = _own_places(obj, ctx) if what is not None else None
    if own is None:
        return None         # (where its words say no place, "bombed an aid convoy near Aleppo", no one is read here)
    doc = obj.doc
    first = min([c.i for c in obj.lefts] + [obj.i])
    span = doc[first:obj.i + 1]
    a = Actor(code="CVL", country=None, sector="CVL", name=None, entity=None, text=span.text,
              start=span.start_char, end=span.end_char, kind="sector",
              why=f"'{span.text}': a convoy of aid or civilians ('{what.text}'), the civilians it carries or serves (CVL)")
    a.code, a.country = own[0] + "CVL", own[0]
    a.why += f"; country {own[0]} from the place in its own words '{own[1]}' (where it was or was going)"
    return [a], f"the convoy of aid or civilians '{obj.text}' it was done to"
