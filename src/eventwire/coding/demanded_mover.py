"""The party a demand or appeal for someone's withdrawal is made of (issue 14, no target / wrong target, session 28).

"Israel demanded the withdrawal of Iranian forces from southern Syria", "Ankara called for the pullout of Kurdish
fighters", "the plan would secure the departure of the militias, as demanded by the US": what is asked for is that a
party moves itself away, and that party (the one a `mover-noun` of data/coding/roles.tsv names in its "of" phrase,
read by coding/mover_nouns.noun_mover) is the one the demand is made of, before the place it is to leave ("from
southern Syria" names where, not whom) and before any other slot.

The demanded noun is the clause's object or its "for" phrase (also the object's "for" phrase: "issued a demand for
the withdrawal of X"), or, for a demand told in an "as" clause with no object of its own ("..., as demanded by
Israel"), the nearest mover noun before it in the clause it hangs on. Only demands and appeals (roots 10, 02); never
the source's own side (same_party.other_parties).

    found = demanded_mover(coder, cl, code, sources, tgt_tok, targets, ctx, sent)   # ([actors], how) or None;
                                                        # asked by coding/target_chain.find_targets after the slot
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.coding.mover_nouns import noun_mover
from eventwire.coding.same_party import other_parties

_ROOTS = ("02", "10")


def _as_clause_noun(pred):
    """The mover noun an "as demanded by X" clause refers to: the nearest one before it in the clause it hangs on."""
    if pred.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "as" for m in pred.children) \
            or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in pred.children):
        return None
    lo = pred.left_edge.i
    for tok in reversed([t for t in pred.head.subtree if t.i < lo]):
        if tok.pos_ == "NOUN" and noun_mover(tok) is not None:
            return tok
    return None


def _demanded_nouns(cl) -> list:
    cands = [cl.obj, cl.preps.get("for")]
    if cl.obj is not None:
        cands.append(preps_of(cl.obj).get("for"))       # "issued a demand for the withdrawal of X"
    if cl.kind == "verb":
        # "..., as demanded by Israel" (the parser's object of such a clause, if any, is a word of the noun's phrase)
        cands.append(_as_clause_noun(cl.pred))
    return [t for t in cands if t is not None and t.pos_ == "NOUN"]


def demanded_mover(coder, cl, code: str, sources: list, tgt_tok, targets: list, ctx, sent) -> Optional[tuple]:
    """([the party asked to move], how) for a demand or appeal for a named party's withdrawal (module doc), or None.
    `tgt_tok`, `targets`: the pattern's slot and what it gave; a party the slot names outside the demanded noun
    ("appealed to Moscow for the withdrawal of X") is the one asked and stays."""
    if code[:2] not in _ROOTS or not sources:
        return None
    for noun in _demanded_nouns(cl):
        mover = noun_mover(noun)
        if mover is None:
            continue
        if targets and tgt_tok is not None and not noun.left_edge.i <= tgt_tok.i <= noun.right_edge.i:
            return None
        found = other_parties(coder, mover, sources, ctx, sent)
        if found and all(any(a.code == t.code for t in targets) for a in found):
            return None     # (the slot read the noun's "of" phrase already: "party to the 'withdrawal' asked for")
        if found:
            return found, f"'{mover.text}', whose '{noun.lemma_.lower()}' is asked for (demanded_mover)"
    return None
