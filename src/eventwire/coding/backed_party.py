"""Roles stage: the party an act of aid goes to, named by the noun its doer is called by.

"Foreign backers of the rebel coalition, such as Qatar and Kuwait, have cut their support", "Egypt and Sudan, the main
sponsors of the Libyan army, halted their aid", "Assad's backers, Russia and Iran, stepped up their help": the act
names no recipient of its own, but the subject calls its doers the backers of one party (a noun of
data/coding/roles.tsv `backer-noun`, with an "of" phrase or a possessor). Giving, stepping up, pledging or cutting
that support is done to the party backed. Only for aid and material cooperation (CAMEO 06, 07), its pledge (033)
and its reduction (162), by the pattern's own code; only a backer noun in the subject's own phrase (its head, its
apposition, or an "of" phrase of a quantifier, "many of the backers of X"), never one inside a clause of its own;
never the doer itself, nor one of the examples a "such as" phrase lists.

    found = backed_party(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.same_party import is_source
from eventwire.model import Actor

BACKER_NOUNS = role_words().get("backer-noun", frozenset())
_CODES = ("06", "07", "033", "162")
_PHRASE_DEPS = ("appos", "conj", "prep", "pobj")


def _backer_nouns(subj):
    """The backer nouns of the subject's own phrase: its head, its appositions and conjuncts, the "of" phrase of a
    quantifier head ("many of the backers")."""
    out, todo = [], [subj]
    while todo:
        t = todo.pop()
        if t.lemma_.lower() in BACKER_NOUNS and t.pos_ == "NOUN":
            out.append(t)
            continue
        for c in t.children:
            if c.dep_ in ("appos", "conj") or (c.dep_ == "prep" and c.lower_ == "of" and t.i == subj.i):
                todo.append(c)
            elif c.dep_ == "pobj" and t.dep_ == "prep" and t.lower_ == "of":
                todo.append(c)
    return out


def _backed(noun):
    """The token naming the party a backer noun backs: its "of" phrase or its possessor, or None."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _listed_spans(tok):
    """The character spans of the "such as" and "including" phrases inside `tok`'s phrase (the examples listed)."""
    spans = []
    for t in tok.subtree:
        if t.dep_ == "prep" and (t.lower_ == "including" or (t.lower_ == "as" and any(
                c.lower_ == "such" for c in t.children))):
            spans.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    return spans


def backed_party(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the party the doers of an act of aid are named the backers of (module doc), or None."""
    if not code.startswith(_CODES) or cl.subj is None or not sources:
        return None
    for noun in _backer_nouns(cl.subj):
        backed = _backed(noun)
        if backed is None:
            continue
        listed = _listed_spans(backed)
        heads = [a for a in coder.actors_for(backed, ctx, sent, role="target")
                 if not is_source(a, sources)
                 and a.start is not None and a.end is not None and a.start <= backed.idx < a.end]
        found = [a for a in heads if not any(a.start < hi and lo < a.end for lo, hi in listed)]
        sector = heads[0].sector if heads else coder._sector_of(backed, ctx)
        if not found and listed and sector:
            found = [_unlisted(coder, sector, backed, min(lo for lo, _ in listed), ctx, sent)]
        if found:
            return found, f"the party its doers are named the {noun.lower_} of ('{backed.text}')"
    return None


def _unlisted(coder, sector: str, backed, cut: int, ctx, sent):
    """The backed group read without the "such as" list the parser hung on it ("the opposition to Assad, such as
    Saudi Arabia and Jordan": the examples are the backers', not the opposition's): its sector, and the country of
    the state its "to" or "against" phrase names ("opposition to Assad": Syria's), else none."""
    country = None
    for c in backed.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "against"):
            for g in (g for g in c.children if g.dep_ == "pobj"):
                country = next((a.country for a in coder.actors_for(g, ctx, sent, role="target")
                                if a.country and a.sector in ("GOV", "MIL", None)), None)
    start = backed.left_edge.idx
    text = backed.doc.text[start:cut].rstrip(" ,")
    return Actor.national(country, sector, text=text, start=start,
                          end=start + len(text), why=f"'{text}' -> {sector}" + (
                              f" of the state its '{c.lower_}' phrase names" if country else "")
                          + "; the 'such as' list after it names its backers")
