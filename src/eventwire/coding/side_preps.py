"""Prepositional phrases that name the doer's side, not the target (issue 14): "the militiamen fought for the warlord",
"carried out killings for the cartel", "forces fighting on behalf of the junta", "the volunteers deployed with a
Chilean brigade". The target fallbacks (coding/roles.py ``_fallback_targets``) read a directed preposition's object
when a pattern's own slot names no one; "for" on an act of force is on whose behalf it is done, "with" on a move of
forces is in whose company, and "on behalf of", "on the side of", "in the name of" say whose side the doer is on.

    if side_phrase(p, t, code, is_act, cl.pred): continue      # in the fallback loop

A `side-prep` row of data/coding/side_preps.tsv, for an act of one of its roots, drops the preposition's object where
its object names a party itself: a name, a pronoun, or a group noun of
data/actors/sectors.tsv ("the cartel", "insurgents"). Not an act noun (``is_act``), whose own phrases may still name
the party it is aimed at ("mobilised troops for an offensive against the rebels"), nor a goal, whose place may
name the state fought ("rebels fighting for autonomy in the north of Spain"), nor a phrase on an act noun ("an
arrest warrant for the general": the one it is issued against). A `side-noun` object with an "of" phrase is dropped
for any act.
"""
from __future__ import annotations

import functools
from importlib import resources

from eventwire.coding.tables import coding_table

PARTY_ENTS = frozenset({"NORP", "ORG", "GPE", "PERSON"})


@functools.cache
def _table() -> tuple[dict, frozenset]:
    preps: dict = {}
    nouns: set = set()
    for kind, value, roots, *_ in coding_table("side_preps.tsv"):
        if kind == "side-prep":
            preps[value] = frozenset(roots.split("|"))
        elif kind == "side-noun":
            nouns.add(value)
        else:
            raise ValueError(f"side_preps.tsv: unknown kind {kind!r}")
    return preps, frozenset(nouns)


@functools.cache
def _group_nouns() -> frozenset:
    """The last words of the `noun` terms of data/actors/sectors.tsv ("militia", "cartel", "rebel")."""
    text = resources.files("eventwire").joinpath("data/actors/sectors.tsv").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3 or cells[2].strip() != "noun":
            continue
        out.add(cells[0].strip().lower().split()[-1])
    return frozenset(out)


def names_party(tok) -> bool:
    """Whether the noun `tok` names a party itself (a name, a pronoun, a group noun), or has a name in apposition
    ("our enemy, Norway"), rather than a goal or a thing ("autonomy", "independence", "the stage")."""
    def named(t) -> bool:
        return t.pos_ in ("PROPN", "PRON") or t.ent_type_ in PARTY_ENTS or t.lemma_.lower() in _group_nouns()
    return named(tok) or any(c.dep_ == "appos" and named(c) for c in tok.children)


def side_noun(tok) -> bool:
    """Whether `tok` is a side noun with an "of" phrase ("behalf of the junta", "the side of the rebels")."""
    return tok.lemma_.lower() in _table()[1] and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children) for c in tok.children)


def side_phrase(prep: str, tok, code: str, is_act: bool, pred) -> bool:
    """Whether the object `tok` of the preposition `prep` on an act coded `code` names the doer's side or company,
    never the one the act is aimed at (`is_act`: the object is an act noun, which may name its own target; `pred`: the
    act's predicate, whose own phrase it is when the act is a noun: "a warrant for X" is against X)."""
    if side_noun(tok):
        return True
    roots = _table()[0].get(prep)
    on_noun_act = tok.head.head.i == pred.i and pred.pos_ not in ("VERB", "AUX")
    return roots is not None and code[:2] in roots and not is_act and not on_noun_act and names_party(tok)
