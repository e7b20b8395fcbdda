"""Targets stage: a response to someone's conduct is aimed at the one whose conduct it is.

"Ruto criticised China's handling of the United Nations talks", "expressed regret at Chile's use of its Security
Council veto": the slot of the criticism is a noun of conduct ("handling", "use") with a possessor; the actor
resolution of that phrase may find a name inside its "of" phrase (the UN, the Security Council), which is what the
conduct was about, not whom the response answers. For a response (CAMEO roots 11, 12: disapprove, reject), when every
actor read from the slot lies in a phrase hung on the noun and the noun's possessor names an actor, that possessor is
the target. Asked by coding/target_chain.py right after the slot is read.
"""
from __future__ import annotations

RESPONSE_CODES = ("11", "12")


def conduct_owner(coder, tok, code: str, targets: list, sources: list, ctx, sent):
    """(actors, how) for the possessor of the response's slot noun `tok` when the `targets` read from the slot all
    lie inside the noun's own prepositional phrases, or None."""
    if tok is None or not targets or code[:2] not in RESPONSE_CODES or tok.pos_ != "NOUN":
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in tok.children
             if p.dep_ == "prep" and p.i > tok.i]
    if not spans or not all(t.start is not None and any(lo <= t.start < hi for lo, hi in spans) for t in targets):
        return None
    src = {s.code for s in sources}
    got = [a for a in coder.actors_for(owner, ctx, sent, role="target") if a.code not in src]
    if not got:
        return None
    return got, f"'{owner.text}', whose '{tok.lemma_.lower()}' it answers"
