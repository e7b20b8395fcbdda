"""Targets stage: an endorsement of protests that names no protester is aimed at the protesters of the place (issue
14, no target).

"The minister backed the protests in Tehran", "Paris welcomed the Syrian uprising", "she praised the demonstrations
in Caracas": an act of praise, support or endorsement (CAMEO root 05, also as refused or intended) whose slot is a
protest noun (data/coding/crushed_protests.tsv `protest-noun`) with no party of its own is done to the people
protesting: the protesters of the country the noun's own phrase places it in ("in Tehran"), or the nationality that
modifies it ("the Syrian uprising"). Unlike a crackdown (coding/crushed_protests.py), a doer's own country says
nothing: a foreign state backs protests abroad. Coded in the protester sector of that table.

    found = endorsed_protest(coder, cl, entry, code, tgt_tok, sources, ctx, sent)    # ([actor], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.crushed_protests import _SECTOR, _protest_noun
from eventwire.doc_index import span_root
from eventwire.model import Actor

_ROOT = "05"


def _country(noun, ctx) -> Optional[tuple]:
    """(country, place text) the protest noun's phrase places it in, or None: a place named in its phrase, else a
    nationality modifying the noun itself."""
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    places = [p for p in ctx.places_in(lo, hi) if p.country]
    named = [p for p in places if not p.demonym]
    if named:
        return named[0].country, f"in {named[0].text}"
    for p in places:
        tok = span_root(noun.doc, p.start, p.end)
        if tok is not None and tok.head.i == noun.i and tok.dep_ in ("amod", "compound", "nmod"):
            return p.country, f"'{p.text}'"
    return None


def endorsed_protest(coder, cl, entry, code: str, tgt_tok, sources, ctx, sent) -> Optional[tuple]:
    """([actor], how) for the protesters an endorsement with no named target backs (module doc), or None."""
    if not (code.startswith(_ROOT) or entry.cameo.startswith(_ROOT)) or not sources:
        return None
    noun = _protest_noun(cl, tgt_tok)
    if noun is None:
        return None
    found = _country(noun, ctx)
    if found is None:
        return None
    country, where = found
    how = f"the protesters of the '{noun.text}' {where}"
    actor = Actor.national(country, _SECTOR, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text),
                           why=f"{how}, whom '{cl.pred.text}' backs: no protester named, {country} protesters "
                               f"-> {_SECTOR}", kind="sector")
    return [actor], how
