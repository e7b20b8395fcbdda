"""Roles stage: ground taken that a relative clause calls a side's stronghold (issue 14, wrong target on force).

"Troops took the port and a school beside it, which had been the militants' final holdouts there": the
objects are buildings, and the object fallback would read the school as the education sector. A relative clause of
"to be" on the object (or on one of its conjuncts) whose predicate is a stronghold noun (data/coding/
place_targets.tsv `stronghold-noun`: "stronghold", "bastion", "holdout") with a holder of no state ("of the
militants", "the group's last bastion") says whose ground it was: that side is the target of the act of force done to
it (CAMEO 18-20), before any actor the object itself names. The holder is read by coding/held_memory.py's reader of
stronghold nouns, as for a place named so ("Baghuz, the last stronghold of Isis"); never the doer itself.

    found = holdout_holder(coder, cl, code, tgt_tok, sources, ctx)    # ([actor], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.held_memory import stronghold_holder
from eventwire.coding.same_party import is_source

_CODES = ("18", "19", "20")


def _predicates(noun) -> list:
    """The nouns a "to be" relative clause on `noun` predicates of it ("which were the last holdouts of X")."""
    return [a for c in noun.children if c.dep_ == "relcl" and c.lemma_ == "be"
            for a in c.children if a.dep_ == "attr" and a.pos_ == "NOUN"]


def holdout_holder(coder, cl, code: str, tgt_tok, sources, ctx) -> Optional[tuple]:
    """([actor], how) for the side a relative clause on the object of an act of force calls its stronghold (module
    doc), or None."""
    obj = tgt_tok if tgt_tok is not None else cl.obj
    if cl.kind != "verb" or not code.startswith(_CODES) or obj is None or obj.pos_ != "NOUN":
        return None
    for noun in [obj] + [c for c in obj.conjuncts if c.i > obj.i]:
        for pred in _predicates(noun):
            got = stronghold_holder(coder, pred, noun, ctx)
            if got is not None and not is_source(got[0], sources):
                return [got[0]], f"the side whose '{pred.text}' the '{noun.text}' was ('{got[1]}')"
    return None
