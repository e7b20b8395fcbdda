"""The people who protest, when the actor lists name no one (issue 14: no source): the subject of an act of protest
(CAMEO root 14) that names people by a word the lists do not know is a civilian party, read as "people" is, whose
country the clause's place gives later (knowledge/actor_country.py):

    found = protest_crowd(coder, cl, code, ctx)     # ([actor], rule text) or None

"Up to 30,000 retirees demonstrated in Lyon", "about 700 marched through Hamburg", "dockers have demonstrated",
"thousands of Ossetians rallied" (a verb of protest proper: victims.tsv `crowd-verb`): a counted plural, a bare number, a word for people (data/coding/victims.tsv
`person`, or a `suffix` of agent and demonym nouns), a plural name or a crowd "of" such people. Whether a head names
people is Roles._human's test (coding/victim_roles.py), as for the victims of an act of force. Never a pronoun (its
antecedent is an actor or no one), a thing or an act ("the rally marched"), nor a subject inside quoted or junk text.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.victim_roles import _QUANTIFIERS, victim_words
from eventwire.doc_index import to_infinitive


def protest_crowd(coder, cl, code: str, ctx) -> Optional[tuple[list, str]]:
    """([the civilian party the subject of an act of protest names], rule text), or None (see the module)."""
    subj = cl.subj
    if code[:2] != "14" or cl.kind != "verb" or cl.passive or subj is None or subj.pos_ not in ("NOUN", "PROPN", "NUM") \
            or ctx.in_junk(subj.idx, subj.idx + len(subj.text)):
        return None
    if cl.pred.lemma_.lower() not in victim_words().get("crowd-verb", ()):
        return None       # ("three of her sisters gathered to support their dad", "a trailer blocked the entrance")
    if cl.pred.lemma_.lower() in victim_words().get("crowd-placed", ()) and not _placed_or_caused(cl.pred, ctx):
        return None       # "the runners march up the hill": a walk, no protest
    if subj.tag_ not in ("NNS", "NNPS", "CD") and subj.lower_ not in _QUANTIFIERS:
        return None       # a crowd is many: not "a toppled semi trailer", "a tourist"
    why = coder._human(subj, cl, True, True, ctx)
    if why is None:
        return None
    phrase = coder._phrase(subj, junk=ctx.junk)
    words = [t for t in phrase if not t.is_space] if phrase is not None else []
    if not words:
        return None
    phrase = phrase.doc[words[0].i: words[-1].i + 1]
    a = coder.kb.resolve_phrase("people", subj.idx, ctx.date, ctx.countries)
    if a is None or not a.code:
        return None
    a = replace(a, text=phrase.text, start=phrase.start_char, end=phrase.end_char,
                why=f"'{phrase.text}': {why}, the ones who did '{cl.pred.text}': civilians ({a.code})")
    return [a], f"; doer: the people who protest ('{phrase.text}')"


_CAUSE_PREPS = frozenset({"against", "over", "for"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
_PLACE_NOUNS = frozenset({"street", "streets", "square", "parliament", "embassy", "capital", "city", "town", "centre",
                          "center", "palace", "ministry", "office", "offices", "headquarters", "consulate", "court"})


def _placed_or_caused(pred, ctx) -> bool:
    """Whether a verb that is also a plain walk ("march") names where or why its crowd went: a place the gazetteer
    or the parser knows in one of its phrases, a street, square or seat of power, a cause ("against the cuts",
    "over pay") or a purpose ("to demand ...")."""
    for c in pred.children:
        if c.dep_ == "prep":
            if c.lower_ in _CAUSE_PREPS:
                return True
            lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
            if ctx.places_in(lo, hi) or any(t.ent_type_ in _PLACE_ENTS or t.lower_ in _PLACE_NOUNS for t in c.subtree):
                return True
        elif c.dep_ in ("advcl", "xcomp") and to_infinitive(c):
            return True
    return False
