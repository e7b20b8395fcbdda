"""Coreference: a pronoun whose antecedent stands in its own sentence, in the place grammar gives it, but names no
actor the coder knows (a group nobody names, a thing): the pronoun stands for that, so for no actor here, and no
actor named farther back may take its place.

- the object of a participle or coordinated clause is the object of the verb that clause hangs on ("the police
  beat the strikers, dragging them into vans": the strikers; "the gunners downed four of the aircraft and forced
  them to land": the aircraft, things, no actor);
- the subject of the clause above a subject pronoun, read through a partitive ("most of the villagers ... as they
  fled": the villagers), as ``CorefChoice._unknown_governor`` reads a plain subject.

Used by ``CorefChoice._choose`` (knowledge/coref_choice.py)."""
from __future__ import annotations

from typing import Optional

from eventwire.coding.context import PARTITIVES, QUANTITY_HEADS


def partitive_whole(t):
    """The noun a partitive or a number stands for ("most of the villagers", "four of the aircraft", "a group of
    students": the villagers, the aircraft, the students); `t` itself when it is none."""
    if not (t.lemma_.lower() in PARTITIVES or t.lemma_.lower() in QUANTITY_HEADS or t.tag_ == "CD"
            or t.pos_ in ("NUM", "DET", "PRON", "ADJ")):
        return t
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            whole = next((g for g in c.children if g.dep_ == "pobj"), None)
            if whole is not None and whole.pos_ in ("NOUN", "PROPN"):
                return whole
    return t


def _plural_noun(t) -> bool:
    """A plural noun phrase head: a plural noun, or a number above one standing for its noun ("the other six")."""
    if t.tag_ in ("NNS", "NNPS"):
        return True
    if t.tag_ == "CD" and t.lower_ not in ("one", "1"):
        return True
    return False


class CorefUnnamed:
    """The antecedent a pronoun's own sentence gives it by grammar, when it names no actor (a part of ``Coref``)."""

    def _mention_at(self, t, cands) -> bool:
        """Some mention (an actor found there, or a name no list codes) is at `t`."""
        return any(x.tok == t.i or self._anchor(x.token).i == t.i for x in cands)

    def _unnamed_parallel_object(self, h, want, parent_objs: set, cands) -> bool:
        """`h`, the object of a participle or coordinated clause, stands for the object of the verb that clause hangs
        on, and that object names no actor: a plural group or things for "them", a person no list codes for
        "him"/"her" (not for "it": a place or a thing taken is decided by the scored choice)."""
        objs = sorted((self.doc[i] for i in parent_objs if i < h.i), key=lambda t: -t.i)
        if not objs or want.description:
            return False
        o = objs[0]
        if self._mention_at(o, cands):
            return False
        whole = partitive_whole(o)
        if whole is not o and self._mention_at(whole, cands):
            return False
        if o.pos_ == "PRON":
            return False          # ("harassed them, denying them ...": the chain decides)
        if want.plural is True:
            return _plural_noun(o) or (whole is not o and _plural_noun(whole))
        if want.kinds == frozenset({"person"}):
            return o.tag_ == "NN" and o.lemma_.lower() in self.person_nouns
        return False

    def _partitive_governor(self, h, want, governors: dict, cands) -> Optional[object]:
        """The whole a partitive subject of the clause above stands for ("most of the villagers ..., as they fled":
        the villagers), when it names no actor and fits a plural pronoun; else None."""
        if want.plural is not True or want.description:
            return None
        g = next((self.doc[i] for i, r in governors.items() if r == 0), None)
        if g is None or g.i > h.i:
            return None
        whole = partitive_whole(g)
        if whole is g or whole.i > h.i or self._mention_at(g, cands) or self._mention_at(whole, cands):
            return None
        return whole if whole.tag_ in ("NNS", "NNPS") else None
