"""Clauses, prepositional-objects stage (beside coding/clause_args.py, the arguments stage): a predicate's or event
noun's prepositional objects (`preps_of`: preposition -> its object head, with a dative's indirect object under "to"),
an event noun's with those the parser hung on its "by" agent (`noun_preps`), and an "against" phrase the parser hung on
the place of an act's "in"/"at" phrase (`place_hung_preps`). coding/clause_args.py re-exports them (many stages import
them from there).
"""
from __future__ import annotations

from eventwire.doc_index import dep_children
from eventwire.coding.clause_record import _child
from eventwire.coding.misparses import gerund_subject_object


def noun_preps(noun) -> dict:
    """An event noun's prepositional objects, with those the parser hung on its "by" agent ("an attack by Isis on
    Iraqi troops": a name takes no "on" phrase of its own) or on the place of its "in" phrase (place_hung_preps)."""
    preps = preps_of(noun)
    by = preps.get("by")
    if by is not None and (by.pos_ == "PROPN" or by.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")):
        for p, o in preps_of(by).items():
            if p in ("on", "against", "upon"):
                preps.setdefault(p, o)
    return place_hung_preps(preps)


# prepositions of where an act went on, whose place the parser may hang the act's own "against" phrase on
_WHERE_PREPS = ("in", "at", "inside", "near", "around", "across", "throughout")


def place_hung_preps(preps: dict) -> dict:
    """The prepositional objects `preps` of an act, with an "against" phrase the parser hung on the place of its
    "in"/"at" phrase, or on the place that place's "of" phrase names ("fought in Kandahar against the Taliban",
    "launched an operation in the hill enclave of Sinjar against the PKK", "a campaign in the valley against the
    militants"): a place takes no "against" phrase of its own, so the phrase says whom the act was against. Only
    where the act has none of its own."""
    if "against" in preps:
        return preps
    from eventwire.coding.context import PLACE_HEADS as heads     # (context imports this module's importers)
    for p in _WHERE_PREPS:
        place = preps.get(p)
        for _ in range(3):
            if place is None or not (place.lemma_.lower() in heads or place.ent_type_ in ("GPE", "LOC", "FAC")
                                     or (place.pos_ == "PROPN" and place.ent_type_ not in ("ORG", "NORP", "DATE"))):
                break
            got = preps_of(place)
            if "against" in got:
                return {**preps, "against": got["against"]}
            place = got.get("of")          # ("the enclave of Afrin against the YPG")
    return preps


# named-entity types of a preposition's object that say when, not to or at whom ("on Monday", "in March")
_WHEN_ENTS = frozenset({"DATE", "TIME"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})


def preps_of(*toks) -> dict:
    """Preposition lemma -> its object head, from the given tokens' prep children (first wins, except that a date
    or time yields to a later object of the same preposition: "on Tuesday called on the leaders to resign" names
    the leaders in its "on" phrase)."""
    out: dict = {}
    for tok in toks:
        if tok is None:
            continue
        doc = tok.doc
        for i, dep in dep_children(doc)[tok.i]:
            if dep not in _PREP_DEPS:
                continue          # (no Token made for the other children)
            c = doc[i]
            if dep != "dative" or c.pos_ == "ADP":
                pobj = _child(c, {"pobj"})
                if pobj is None:
                    # "cooperation with and support for X": borrow the object of a coordinated preposition
                    sub = _child(c, {"prep", "conj"})
                    if sub is not None:
                        pobj = _child(sub, {"pobj"})
                    else:                        # "strikes on rebels hiding in ...": misparses.py
                        pobj = gerund_subject_object(c)
                if pobj is not None:
                    key = "to" if dep == "dative" else c.lower_
                    had = out.get(key)
                    if had is not None and had.ent_type_ in _WHEN_ENTS and pobj.ent_type_ not in _WHEN_ENTS:
                        out[key] = pobj
                    else:
                        out.setdefault(key, pobj)
            else:
                out.setdefault("to", c)          # "gave Iraq aid": the indirect object
    return out
