"""Targets stage: an alert or show of readiness aimed at the party whose act it answers a fear of (issue 14, no
target).

"Israel placed troops on high alert in light of fears it may be targeted by Iranian forces", "Pakistan put its army
on alert amid fears of an Indian attack", "the navy deployed two frigates after threats of retaliation from Tehran":
an act of military posture (data/coding/feared_party.tsv `fear-root`: CAMEO 15) that names no target gives its
reason in a phrase of fear ("amid/over/in light of fears ..."). The party feared is its target: the agent of the
passive clause the fear tells ("it may be targeted by X"), the subject of an active one ("that X would strike"), or
the doer of the act noun in its "of" phrase ("fears of an Indian attack", "of an attack by X", "of retaliation from
X"). Never the doer itself (a clause whose doer is the act's own side, "fears it would lose", names no foe).
The parser often hangs the fear's clause on the act's verb, right after the fear noun: such a clause is the fear's.

    found = feared_party(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.same_party import other_parties
from eventwire.coding.tables import kind_sets

_KINDS = kind_sets("feared_party.tsv")
_ROOTS = tuple(_KINDS.get("fear-root", ()))
_FEARS = _KINDS.get("fear-noun", frozenset())
_PREPS = _KINDS.get("fear-prep", frozenset())
_LINKS = _KINDS.get("link-noun", frozenset())
_CLAUSE_DEPS = ("acl", "ccomp", "relcl", "advcl")


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _fear_noun(verb):
    """The fear noun of a reason phrase on the act's verb, or None."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _PREPS):
        obj = _pobj(prep)
        of = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if obj is None and of is not None:
            obj = _pobj(of)     # ("because of fears ...")
        if obj is not None and obj.lemma_.lower() in _LINKS:
            inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = _pobj(inner) if inner is not None else None
        if obj is not None and obj.lemma_.lower() in _FEARS:
            return obj
    return None


def _doer_tokens(noun) -> list:
    """The tokens naming the doer of the act noun: its "by"/"from" phrase, possessor and nationality modifier."""
    out = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("poss", "amod", "compound") and c.i < noun.i:
            out.append(c)
    return out


def _clause_doer(verb) -> list:
    """The doer of the clause of fear: the passive agent, else the active subject."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents or any(c.dep_ == "auxpass" for c in verb.children):
        return agents
    return [c for c in verb.children if c.dep_ == "nsubj"]


def feared_party(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the party a posture act's fear phrase names (module doc), or None."""
    if cl.kind != "verb" or not code.startswith(_ROOTS) or not sources:
        return None
    fear = _fear_noun(cl.pred)
    if fear is None:
        return None
    cands = []
    of = next((c for c in fear.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    feared = _pobj(of) if of is not None else None
    if feared is not None and feared.pos_ == "NOUN":
        cands += _doer_tokens(feared)
    clause = next((c for c in fear.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        # (the parser hung the fear's clause on the act's verb, right after the fear noun)
        clause = next((c for c in cl.pred.children if c.dep_ in ("ccomp", "advcl") and c.left_edge.i == fear.i + 1
                       or c.dep_ in ("ccomp", "advcl") and c.left_edge.i == fear.i + 2
                       and fear.doc[fear.i + 1].lower_ == "that"), None)
    if clause is not None:
        cands += _clause_doer(clause)
    for tok in cands:
        found = other_parties(coder, tok, sources, ctx, sent)
        if found:
            return found, f"the party feared, '{tok.text}' in the '{fear.text}' it answers"
    return None
