"""Targets of a claim of responsibility (issue 14): an act of force claimed, named by a noun done "in" a place
("the group said it took the blame for a raid in Lyon", "accepted blame for two blasts in the
country's north"), was done to the state of that place, as the act itself would be (coding/place_targets.py: "a raid
in Lyon" by a foreign group is aimed at France). The claim takes that state as its target.

place_targets.place_target asks `claimed_place` for an act coded 015 that found no target of its own (the claimed
act's "on"/"against" party comes first: coding/roles.py). Only a noun the lexicon codes as an act of force (CAMEO
18, 19, 20) in the claim's "for" phrase, and only its own "in"/"inside"/"at" place or that of the clause telling what it did: never the doers' own country
(a group's attack at home names no one it was aimed at), nor a place the story is not about (coder._place_held).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.coding.context import PLACE_TARGET_ROOTS

CLAIM_CODES = ("015",)
# the prepositions of the claimed act's place
PLACE_PREPS = ("in", "inside", "at")


def claimed_act(coder, cl):
    """The noun of the act of force a claim of responsibility names in its "for" phrase ("took the blame for
    a raid"), or None."""
    for tok in (cl.obj, cl.pred, cl.light_verb):
        if tok is None:
            continue
        act = preps_of(tok).get("for")
        if act is None or act.pos_ != "NOUN":
            continue
        noun = coder.event_noun(act)
        entries = coder.lex.match_noun(noun, frozenset(preps_of(act))) if noun else []
        if entries and entries[0].cameo[:2] in PLACE_TARGET_ROOTS:
            return act
    return None


def claimed_place(coder, cl, code: str, sides, ctx) -> Optional[tuple]:
    """(target actor, how) for a claim of responsibility for an act of force done in a place of another state than
    the claimant's, or None (module doc). `sides`: the claimants with their countries (None when one is unknown)."""
    if not code.startswith(CLAIM_CODES) or sides is None:
        return None
    act = claimed_act(coder, cl)
    if act is None:
        return None
    # its own place, or the place of the clause that tells what it did ("the blasts that killed 30 people in X")
    # (also where the parser hung it on that clause's object: "killed 30 people in X")
    told = [c for c in act.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    told += [o for c in told for o in c.children if o.dep_ == "dobj"]
    for p in PLACE_PREPS:
        slot = preps_of(act).get(p) or next((preps_of(c)[p] for c in told if p in preps_of(c)), None)
        if slot is None:
            continue
        from eventwire.coding.place_targets import _held      # (coder._place_held less world regions)
        held = _held(coder, slot, list(sides), ctx)
        if held is not None and held.country and not any(s.country == held.country for s in sides):
            return (held, f"the country of the place the claimed '{act.text}' was done in ('{held.text}')")
    return None
