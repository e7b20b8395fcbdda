"""Targets stage: a request told as the occasion of another's act ("at X's request") is made to that act's doer (issue
14, no target).

"France sent troops to Mali in 2013 at Bamako's request", "Russia's intervention at Assad's invitation": the request
noun, hung with "at" on an act, names its author (the coder's source) but not whom it asked; the one asked is the one
who then did the act, its subject (or its "by" agent), or, for an act noun, its possessor or actor modifier ("Russia's
intervention", "the French deployment"). Never the source's own side. The request nouns are data:
data/coding/requested_acts.tsv. Asked by coding/target_chain.py when no slot or fallback named a target.
"""
from __future__ import annotations

from eventwire.coding.noun_args import noun_agent
from eventwire.coding.same_party import other_parties
from eventwire.coding.tables import kind_sets

_NOUNS = kind_sets("requested_acts.tsv").get("request-noun", frozenset())


def _doer(act):
    """The token naming the doer of the act `act` (a verb or an act noun), or None."""
    if act.pos_ in ("VERB", "AUX"):
        subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        agent = next((c for c in act.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if act.pos_ == "NOUN":
        return noun_agent(act)          # (its possessor, "by" phrase or name modifier: coding/noun_args.py)
    return None


def requested_party(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for the doer of the act a request noun is the occasion of (module doc), or None."""
    if cl.kind != "noun" or code[:2] != "02" or not sources:
        return None
    noun = cl.pred
    prep = noun.head
    if noun.lemma_.lower() not in _NOUNS or noun.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    doer = _doer(prep.head)
    if doer is None or doer.pos_ == "PRON":
        return None
    got = [a for a in other_parties(coder, doer, sources, ctx, sent) if a.code]
    if not got:
        return None
    return got, f"'{doer.text}', who did '{prep.head.text}' at the {noun.text}"
