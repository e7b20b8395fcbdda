"""Target stage: a contribution to an international body's force or mission in a place (issue 14, wrong target).

"Britain is deploying 300 troops to the UN peacekeeping mission in Mali", "Colombia is ready to contribute troops to the
Nato-led security force in Afghanistan": the body named in the mission's phrase (UN, Nato, African Union) is the force
the troops join, not the party the act is done to; the peacekeeping, the troops or the aid go to the state of the place
the mission is in (MLI, AFG), as "peacekeepers in South Sudan" do (target_chain's posted place). Read only where the
pattern's slot found nothing but such a body inside a `mission-noun` (data/coding/place_targets.tsv) with an "in" place
of a country other than the doer's, for an act of a `mission-code` (by the act's own code: offered or intended
contributions too); the body keeps its own event where the parser gives it one ("UN -074-> Mali").

    found = mission_place(coder, entry, code, targets, tgt_tok, sources, ctx)   # ([actor], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.doc_index import span_root


def _body(actor) -> bool:
    """Whether an actor is an international body (an IGO code, no country of its own)."""
    return (actor.code or "").startswith("IGO") and not actor.country


def _mission(tok, nouns):
    """The mission noun whose phrase holds `tok` ("the UN peacekeeping mission": UN -> mission), `tok` itself or one
    of its first three heads, or None."""
    for _ in range(4):
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in nouns:
            return tok
        if tok.dep_ not in ("compound", "amod", "nmod", "npadvmod", "poss", "det") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def mission_place(coder, entry, code: str, targets: list, tgt_tok, sources, ctx) -> Optional[tuple]:
    """([the place's state], how) where `targets` is only a body whose mission in a place of another country the
    act contributes to (module doc), or None."""
    from eventwire.coding.place_targets import _held, place_words
    words = place_words()
    codes = words.get("mission-code", frozenset())
    if not targets or not all(_body(t) for t in targets) or tgt_tok is None \
            or not any(c.startswith(k) for c in (code, entry.cameo) for k in codes):
        return None
    if not sources or not all(s.country or s.entity for s in sources):
        return None
    doc = tgt_tok.doc
    for t in targets:
        root = span_root(doc, t.start, t.end)
        noun = _mission(root, words.get("mission-noun", frozenset())) if root is not None else None
        if noun is None or not (tgt_tok.left_edge.i <= noun.i <= tgt_tok.right_edge.i
                                or noun.left_edge.i <= tgt_tok.i <= noun.right_edge.i):
            continue
        where = preps_of(noun).get("in")
        if where is None and noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into"):
            # ("contribute troops to the African Union force in Somalia", with the "in" hung on the verb)
            where = preps_of(noun.head.head).get("in")
        if where is None:
            continue
        held = _held(coder, where, sources, ctx)
        if held is not None and held.country and not any(s.country == held.country for s in sources):
            return [held], (f"'{t.text} {noun.text} in {where.text}' is the body's force in a place: "
                            f"the act goes to the state of '{held.text}' ({__name__.rsplit('.', 1)[-1]}.py)")
    return None
