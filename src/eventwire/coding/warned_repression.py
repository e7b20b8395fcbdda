"""A warning of repression is a threat of it, aimed at those it would fall on (issue 14, wrong root, session 29).

"The senator warned there may be arrests if protesters are disruptive", "the minister warned that demonstrators
will be arrested if they block the road": a warning (or a threat, a vow) whose "that" clause tells an act of
coercion (root 17) to come or possible (will, would, may, could) under a condition ("if"/"unless" clause), said by
an official of the state (a government, police, legislature or court), is a threat of repression (137,
`137.warn-repression`), not a pessimistic comment (012): the conditional says the speaker's side would act.
Its target is who would suffer it: the passive's subject ("demonstrators ... will be arrested") or else the subject
of the condition ("if protesters block the road"); never the speaker's own side.

clause_senses.clause_kinds asks `repression_warned` for the clause kind `repression` (with `threat`); the coder's
target chain asks `warned_party` for the target.
"""
from __future__ import annotations

from typing import Optional

_CONDITIONS = frozenset({"if", "unless"})
_OFFICIAL_SECTORS = frozenset({"GOV", "COP", "LEG", "JUD", "MIL"})


def _condition(verb):
    """The "if"/"unless" clause on the clause headed by `verb`, or None."""
    return next((c for c in verb.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)), None)


def _official_speaker(coder, comp) -> bool:
    """Whether the one who says the clause is an official of a state (its subject's actor of an official sector, or a
    state or police by the subject's kinds)."""
    from eventwire.coding.senses import _phrase_actor, subject_kinds
    speaker = next((c for c in comp.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    if subject_kinds(coder, speaker) & {"state", "police"}:
        return True
    a = _phrase_actor(coder, speaker)
    return a is not None and (a.sector or "") in _OFFICIAL_SECTORS


def _coercion(coder, tok) -> bool:
    """Whether the word names an act of coercion (root 17) as a verb or an event noun."""
    if tok.pos_ in ("VERB", "AUX"):
        hits = coder.lex.match_verb(tok.lemma_.lower())
    else:
        name = coder.event_noun(tok) if hasattr(coder, "event_noun") else None
        hits = coder.lex.match_noun(name, frozenset()) if name else []
    return bool(hits) and hits[0].cameo[:2] == "17"


def repression_warned(coder, comp, to_come: bool, negated: bool) -> bool:
    """Whether the clausal complement headed by `comp` tells repression to come under a condition (module doc)."""
    if negated or not to_come or comp.dep_ != "ccomp" or _condition(comp) is None:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in comp.children)
    if passive:
        told = _coercion(coder, comp)            # "demonstrators will be arrested if ..."
    else:
        told = comp.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in comp.children) and any(
            _coercion(coder, n) for n in comp.children if n.dep_ in ("attr", "nsubj") and n.pos_ == "NOUN")
    return told and _official_speaker(coder, comp)


def warned_party(coder, cl, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """([targets], how) for a warning of repression (137) with no target: who the clause says would suffer it."""
    if code != "137" or cl.kind != "verb":
        return None
    from eventwire.coding.same_party import other_parties
    for comp in (c for c in cl.pred.children if c.dep_ == "ccomp"):
        cond = _condition(comp)
        if cond is None:
            continue
        patient = next((c for c in comp.children if c.dep_ == "nsubjpass"), None)
        who = patient if patient is not None else next((c for c in cond.children if c.dep_ == "nsubj"), None)
        if who is None:
            continue
        found = [a for a in other_parties(coder, who, sources, ctx, sent) if a.code]
        if found:
            role = "the one it would fall on" if patient is not None else f"the subject of its condition '{cond.text}'"
            return found, f"a warning of repression aimed at {role} ('{who.text}')"
    return None
