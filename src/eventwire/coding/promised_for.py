"""The one a promise, pledge or offer is for, named in the promised act (issue 14, no target).

    got = promised_for(coder, cl, code, sources, ctx, sent)     # asked by Coder.code_sentence

"The EU pledged to rebuild schools for the people of Mosul", "Tokyo promised to send aid to Jordan": the promise
(CAMEO 03) is coded on the verb of promising, and the promised act, a "to V" that no row codes as an act of its own,
names whom it is for. With no target found, the promise is directed at the party of a "for" phrase
(data/coding/covered.tsv `beneficiary-prep`) on the promised verb or on its object, or of the "to" phrase of a
promised verb of giving (`giving-verb`: "to send aid to Jordan"); never the doer's own, nor a place's state read
from a place where the act is done ("to rebuild schools in Mosul" names where, not for whom).
"""
from __future__ import annotations

from eventwire.coding.tables import kind_sets


def _pobjs(tok, preps) -> list:
    return [g for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"]


def promised_for(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for the one the promised act is for (module doc), or None."""
    if code[:2] != "03" or cl.kind != "verb" or not sources:
        return None
    act = next((c for c in cl.pred.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if act is None:
        return None
    kinds = kind_sets("covered.tsv")
    fors = kinds.get("beneficiary-prep", ())
    cands = _pobjs(act, fors)
    obj = next((o for o in act.children if o.dep_ == "dobj"), None)
    if obj is not None:
        cands += _pobjs(obj, fors)
    if act.lemma_.lower() in kinds.get("giving-verb", ()):
        cands += _pobjs(act, ("to",))
    own = {s.code for s in sources if s is not None} | {s.country for s in sources if s is not None and s.country}
    for tok in cands:
        got = [a for a in coder.actors_for(tok, ctx, sent, role="target")
               if a is not None and a.code and a.code not in own]
        if got:
            return got, (f"the one the promised '{act.text}' is for ('{tok.head.text} {tok.text}'; "
                         f"coding/promised_for.py)")
    return None
