"""A move of force announced to help a side is an intention to cooperate militarily with it (issue 14, wrong root,
session 29).

"Pro-government militiamen would enter Afrin to assist the Kurdish militias", "Turkish forces are preparing to enter
Idlib to support rebel forces", "Iranian troops will enter Iraq to help the Iraqi army": an act of force or entry
(roots 18-20) told as intended, by a verb of moving forces in (threatened_ground.tsv `move-verb`: enter, deploy, send, ...), whose purpose clause is a verb of helping a side (data/coding/threatened_ground.tsv
`ally-verb`: assist, help, support, reinforce, ...) with an armed side or a state as its object, threatens no one:
where the purpose verb is one the lexicon codes as military cooperation ("to support rebel forces"), that purpose is
the event (0312 with the side helped) and the move is no act of its own; else ("to help the Iraqi army", "would enter
Afrin to assist the Kurdish militias") the move is an intention to cooperate militarily (0312) with the side it
helps, which is its target (not the ground's holder, not the place's state). The helped side is read from the purpose clause's object.
"""
from __future__ import annotations

from functools import cache
from typing import Optional

from eventwire.coding.context import PLACE_TARGET_ROOTS

HELP_CODE = "0312"


@cache
def _allies() -> frozenset:
    from eventwire.coding.tables import word_kind_sets
    return word_kind_sets("threatened_ground.tsv").get("ally-verb", frozenset())


@cache
def _moves() -> frozenset:
    from eventwire.coding.tables import word_kind_sets
    return word_kind_sets("threatened_ground.tsv").get("move-verb", frozenset())


def _helped(coder, pred):
    """The side the act's "to V" purpose of helping names ("to assist the Kurdish militias"): the object of that
    verb when it is an armed side or a state, else None."""
    from eventwire.coding.senses import subject_kinds
    for c in pred.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _allies() \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is not None and subject_kinds(coder, obj) & {"armed", "state"}:
                return obj
    return None


def _own_cooperation(coder, verb) -> bool:
    """Whether the lexicon codes the purpose verb, with its own arguments, as military cooperation (root 06)."""
    from eventwire.coding.clauses import verb_clause
    from eventwire.coding.senses import argument_slots
    pcl = verb_clause(verb)
    lemma = verb.lemma_.lower()
    args = argument_slots(coder, verb, pcl) if coder.lex.has_senses(lemma) else None
    hits = coder.lex.match_verb(lemma, pcl.particle, pcl.obj_lemma, frozenset(pcl.preps), args=args)
    return bool(hits) and not hits[0].is_block and hits[0].cameo[:2] == "06"


def helping_force(coder, cl, code: str) -> Optional[tuple]:
    """(code, modality, why) for an intended move of force whose purpose is to help a side (module doc), or None."""
    if cl.kind != "verb" or code[:2] not in PLACE_TARGET_ROOTS or cl.negated or cl.hypothetical:
        return None
    if cl.pred.lemma_.lower() not in _moves():
        return None             # (an attack whose purpose helps another side is still an attack: `move-verb` rows)
    helped = _helped(coder, cl.pred)
    if helped is None:
        return None
    purpose = helped.head
    if _own_cooperation(coder, purpose):
        # "will enter Idlib to support rebel forces": the purpose is coded as its own act of military cooperation
        # (an intention, 0312, with the side helped): the move threatens no one and is no act of its own
        return None, None, f"its purpose helps a side ('{purpose.text} {helped.text}'), coded as its own act"
    return HELP_CODE, "intent", f"its purpose helps a side ('{cl.pred.text} ... to " \
                                f"{helped.head.text} {helped.text}'): intent to cooperate militarily -> {HELP_CODE}"


def helped_side(coder, cl, code: str):
    """The token of the side an intended move of force helps, for the target (code 0312 only), or None."""
    if code != HELP_CODE or cl.kind != "verb":
        return None
    return _helped(coder, cl.pred)
