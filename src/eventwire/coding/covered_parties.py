"""The parties a sanction, ban or embargo covers, named through a participle on the measure (issue 14, no target).

    got = covered_parties(coder, (tgt_tok, cl.obj), code, sources, ctx, sent)     # asked by Coder.code_sentence

"Washington imposed a travel ban covering seven Muslim-majority countries, including Syria and Iran", "the EU
extended sanctions targeting Russian banks": the measure is the act's object and names no party of its own; the
participle on it (data/coding/covered.tsv `covering-verb`) names the ones it covers, its object, or, where that
object is no actor ("seven countries"), the members its "including" phrase lists (`listing-prep`). Only for a
sanction, embargo or ban (CAMEO 163, 172) with no target found; never the doer's own.
"""
from __future__ import annotations

from eventwire.coding.tables import kind_sets

ROOTS = ("163", "172")


def covered_parties(coder, toks, code: str, sources: list, ctx, sent):
    """([actors], how) for the parties the measure's participle names (module doc), or None. `toks`: the act's
    target slot and its object (the slot of "imposed a ban ... on Friday" is the day)."""
    if code[:3] not in ROOTS:
        return None
    kinds = kind_sets("covered.tsv")
    verbs, lists = kinds.get("covering-verb", ()), kinds.get("listing-prep", ())
    own = {s.code for s in sources if s is not None}
    for measure in toks:
        if measure is None or measure.pos_ != "NOUN":
            continue
        for c in measure.children:
            if c.dep_ != "acl" or c.tag_ != "VBG" or c.lemma_.lower() not in verbs:
                continue
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is None:
                continue
            cands = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ in lists
                             for g in p.children if g.dep_ == "pobj"]
            for tok in cands:
                got = [a for a in coder.actors_for(tok, ctx, sent, role="target") if a is not None and a.code
                       and a.code not in own]
                if got:
                    return got, (f"the parties the '{measure.text}' is '{c.text}' ('{tok.text}'; "
                                 f"coding/covered_parties.py)")
    return None
