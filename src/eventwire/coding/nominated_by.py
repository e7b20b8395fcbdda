"""Targets stage: a legislature's approval or refusal of nominees is aimed at the government that nominated them
(issue 14, no target).

"Schumer will not agree to approve a package of judicial nominees", "the Senate rejected two of the nominees", "the
parliament approved the nominations": nominees (data/coding/nominated.tsv `nominee-noun`) are put forward by the
executive for a legislature to confirm. An act of approving or refusing (`vote-root`: CAMEO 05, 12, as coded or by the
pattern's own code) whose doers are all of one country's legislature (`approver-sector`) and whose object is such a
noun (or holds one in its "of" phrase: "a package of judicial nominees", "two of the nominees") that names no
nominator of its own is done to that country's government (`nominator-sector`). Asked only when no slot or fallback
found a target ("the president's nominees" is the president's).

    found = nominated_by(coder, cl, entry, code, tgt_tok, sources, ctx, sent)    # ([actor], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import kind_sets
from eventwire.model import Actor

_KINDS = kind_sets("nominated.tsv")
_NOMINEES = _KINDS.get("nominee-noun", frozenset())
_APPROVERS = _KINDS.get("approver-sector", frozenset())
_NOMINATOR = next(iter(_KINDS.get("nominator-sector", frozenset({"GOV"}))))
_ROOTS = tuple(_KINDS.get("vote-root", ()))


def _nominee(tok):
    """The nominee noun `tok` is, or holds in its "of" phrase (two deep), or None."""
    for _ in range(3):
        if tok is None:
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _NOMINEES:
            return tok
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        tok = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return None


def nominated_by(coder, cl, entry, code: str, tgt_tok, sources, ctx, sent) -> Optional[tuple]:
    """([actor], how) for the government whose nominees a legislature approves or refuses (module doc), or None."""
    if not (code.startswith(_ROOTS) or entry.cameo.startswith(_ROOTS)) or not sources:
        return None
    countries = {s.country for s in sources}
    if len(countries) != 1 or None in countries or not all(s.sector in _APPROVERS for s in sources):
        return None
    noun = next((n for n in (_nominee(t) for t in (tgt_tok, cl.obj) if t is not None) if n is not None), None)
    if noun is None or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return None
    country = next(iter(countries))
    how = f"the government that put forward the '{noun.text}' a legislature votes on"
    actor = Actor.national(country, _NOMINATOR, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text),
                           why=f"{how}: nominees are the executive's, {country} -> {country}{_NOMINATOR}",
                           kind="sector")
    return [actor], how
