"""Ground that fell to a side (issue 14, no target of a retaking).

    sides = fallen_sides(coder, sdoc, events, ctx, foes)     # asked by coding/retaken.py

"Mosul fell to Isis in 2014", "the town fell into the hands of the rebels", "the base fell under the control of the
army": the side named took the ground and held it. A retaking told later with no side ("Iraqi forces retook the city
in 2017") is aimed at the side that held the ground, so coding/retaken.py counts such a side with the sides the
article tells driven from ground.

- the verb: data/coding/retaken.tsv `fall-verb`, told as done (no negation, no modal), whose subject is ground (a
  place the place finder names, a noun of ground or settlement: "the town", "the city", "territory");
- the side: the object of its "to" phrase ("fell to Isis"), or the possessor, "of" phrase or modifier of a
  `fall-noun` ("hands", "control") that is the object of an "into"/"under" phrase ("fell into the hands of X", "fell
  into rebel hands", "fell under Isis control"), resolved as an actor that is a side of the fighting
  (coding/foes.py `Foes.fights`, a named group or a state's side; never a place's state).
Returns {side key: [(actor, sentence, trigger word)]}. Nothing here changes an event.
"""
from __future__ import annotations

from eventwire.coding.context import PLACE_HEADS
from eventwire.coding.sent_index import sentence_number
from eventwire.coding.tables import kind_sets

_MODALS = ("will", "would", "could", "might", "may", "must", "should", "can")


def _table() -> dict:
    return kind_sets("retaken.tsv")


def _ground(subj, ctx) -> bool:
    """Whether a subject is ground: a place the place finder names there, or a noun of ground ("the town")."""
    from eventwire.coding.held_memory import GROUND_WORDS
    if subj.lemma_.lower() in GROUND_WORDS or subj.lemma_.lower() in PLACE_HEADS:
        return True
    places_in = getattr(ctx, "places_in", None)
    if places_in is not None:
        return any(p is not None for p in places_in(subj.left_edge.idx, subj.idx + len(subj.text)))
    return subj.ent_type_ in ("GPE", "LOC", "FAC")


def _told(v) -> bool:
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in v.children)


def _side_tokens(v) -> list:
    """The tokens naming the side the ground fell to (module doc)."""
    t = _table()
    out = []
    for p in v.children:
        if p.dep_ != "prep":
            continue
        objs = [o for o in p.children if o.dep_ == "pobj"]
        if p.lower_ == "to":
            out += objs
        elif p.lower_ in ("into", "under"):
            for o in objs:
                if o.lemma_.lower() in t.get("fall-noun", ()) or o.lower_ in t.get("fall-noun", ()):
                    out += [c for c in o.children if c.dep_ in ("poss", "compound", "amod")]
                    out += [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"]
    return out


def fallen_sides(coder, sdoc, ctx, foes) -> dict:
    """{side key: [(actor, sentence number, trigger word)]} of the ground the article tells fallen to a side."""
    if coder is None or sdoc is None:
        return {}
    words = _table().get("fall-verb", frozenset())
    out: dict = {}
    for v in sdoc:
        if v.pos_ not in ("VERB", "AUX") or not ({v.lemma_.lower(), v.lower_} & words) or not _told(v):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or not _ground(subj, ctx):
            continue
        for tok in _side_tokens(v):
            for a in coder.actors_for(tok, ctx, tok.sent, role="target"):
                if a is None or not foes.fights(a):
                    continue
                out.setdefault(foes.key(a), []).append((a, sentence_number(sdoc, v.i), v.text))
    return out
