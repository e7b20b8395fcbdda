"""The party whose act an objection or veto hinders (issue 14, no target, session 27): "Russian vetoes hampered
effective UN action" (129 at the UN), "Chinese objections blocked the EU's plan for an inquiry" (at the EU).

An act of disapproving or rejecting (CAMEO 11, 12) named by a noun with no target of its own, that is the subject of a
verb of hindering (hindered.tsv `hinder-verb`: hamper, block, thwart, stall ...; or of a relative clause on the noun:
"it was Russian vetoes that hampered UN action"), is aimed at the party that verb's object names or whose act it is
("UN action", "the EU's plan"), never the act's own doer (same_party.other_parties).

    found = hindered_party(coder, cl, code, sources, ctx, sent)     # ([actor], how) or None
"""
from __future__ import annotations

from functools import cache
from typing import Optional

from eventwire.coding.tables import word_kind_sets

_CODES = ("11", "12")


@cache
def _hinder_verbs() -> frozenset:
    """hindered.tsv `hinder-verb`, read once."""
    return word_kind_sets("hindered.tsv").get("hinder-verb", frozenset())


def hindered_party(coder, cl, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """([actor], how) for the party whose act a veto or objection hinders (module doc), or None."""
    if cl.kind != "noun" or not code.startswith(_CODES) or not sources:
        return None
    noun = cl.pred
    verb = noun.head if noun.dep_ == "nsubj" else None
    if verb is None:
        # ("it was Russian vetoes that hampered UN action": the relative clause on the noun)
        verb = next((c for c in noun.children if c.dep_ == "relcl" and any(
            s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)), None)
    if verb is None or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in _hinder_verbs():
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    from eventwire.coding.same_party import other_parties
    found = [a for a in other_parties(coder, obj, sources, ctx, sent) if a.code]
    if not found:
        return None
    from dataclasses import replace
    how = f"the party whose '{obj.text}' the '{noun.text}' {verb.text}"
    return [replace(found[0], why=(found[0].why or "") + f"; {how}: the act hindered is its own")], how
