"""The author of a claim answered in the sentence that tells it (issue 14, no target): "The ministry announced that
the rebels had been routed, but the claim was contested by local leaders", "Moscow maintained its jets struck
only fighters, an assertion denied by Kyiv".

A response (a denial 016, a comment of approval or disapproval 05/11, a demand 10, a rejection 12) whose slot is a
claim noun with no doer of its own (data/coding/complements.tsv `N claim`: claim, assertion, allegation, ...) answers
the subject of the verb of claiming or saying (complements.tsv `V claim`, `V belief`: declare, insist, say, ...) that
its own clause is coordinated with ("declared that ..., but the claim was disputed") or that the claim noun hangs on
("declared that ..., an assertion rejected by"), when that verb tells what it claims (a "that" clause). Called once
by Coder.code_sentence when no other rule found a target; never the responder's own side.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.clause_args import noun_agent, subject_of
from eventwire.coding.pact_parties import not_own_side
from eventwire.coding.context import RESPONSE_ROOTS
from eventwire.coding.modality import words

_DETS = ("the", "this", "that", "a", "an", "such")


def _claim_noun(cl, tgt_tok):
    """The claim noun the response answers: its slot, its object or passive subject, or the noun its participle
    modifies ("an assertion rejected by X"); None when that noun names its own doer ("Moscow's claim")."""
    nouns = words().get(("N", "claim"), frozenset())
    cands = [tgt_tok, cl.obj]
    if cl.pred.dep_ == "acl":
        cands.append(cl.pred.head)
    for n in cands:
        if n is None or n.pos_ != "NOUN" or n.lemma_.lower() not in nouns \
                or not any(c.dep_ == "det" and c.lower_ in _DETS for c in n.children):
            continue
        agent = noun_agent(n)
        # (the response's own "by" agent is no doer of the claim: "an assertion rejected by X")
        if agent is None or cl.pred.left_edge.i <= agent.i <= cl.pred.right_edge.i:
            return n
    return None


def _claiming_verb(cl, noun):
    """The verb of claiming whose claim the noun stands for: the one the response's clause is coordinated with, or
    the one the claim noun (or the response's participle) hangs on; it must govern a complement clause."""
    verbs = words().get(("V", "claim"), frozenset()) | words().get(("V", "belief"), frozenset())
    for v in (cl.pred.head if cl.pred.dep_ == "conj" else None, noun.head if noun.head is not noun else None):
        if v is None or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in verbs or v.i > noun.i:
            continue
        if any(c.dep_ == "ccomp" and c.i < noun.i for c in v.children):
            return v
    return None


def claim_author(coder, cl, code: str, sources, tgt_tok, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the one who made the claim a response answers in the same sentence, or None."""
    if not sources or not (code[:3] == "016" or code[:2] in RESPONSE_ROOTS):
        return None
    noun = _claim_noun(cl, tgt_tok)
    if noun is None:
        return None
    verb = _claiming_verb(cl, noun)
    if verb is None:
        return None
    subj, _ = subject_of(verb)
    if subj is None or subj.pos_ == "PRON":
        return None
    found = not_own_side(coder.actors_for(subj, ctx, sent, role="fallback"), sources)
    if not found:
        return None
    lemma = noun.lemma_.lower()
    how = f"author of the '{lemma}', who '{verb.lemma_.lower()}' it ('{subj.text}')"
    return [replace(a, why=(a.why or "") + f"; {how}") for a in found], how
