"""The one a participle on a predicate noun says was acted on (issue 14 item 4, no target): "James Hale, 43, is
thought to be the first person charged under the law", "Costa was the only reporter detained": the participle's
patient is its noun, "the first person", a description that names no one; a predicate noun is the same party as the
copula's subject, so the act was done to the subject (Hale, Costa). Only a passive participle (VBN) hung on the
noun (an active one says what the predicate is: "Syria became a battleground pitting the powers against each
other"), a noun that is the predicate ("attr") of a copula (data/coding/roles.tsv `copula`), and a subject of that
copula, or of the verb that raises it ("is thought to be", "is believed to be", "seems to be"), that is a noun, a
name or a personal pronoun other than "it". Asked by coding/target_chain.py where the noun itself resolves to no
named party; the subject's actors are taken only where they name one, or where the noun gave none at all.

    found = copular_patient(coder, cl, tgt_tok, targets, ctx, sent)    # (token, [actors], how) or None
"""
from __future__ import annotations

from eventwire.coding.answered import is_named
from eventwire.coding.clause_record import COPULAS

RAISING = frozenset({"seem", "appear"})     # raising verbs that need no passive: "seems to be the first"


def _copula_subject(noun):
    """The subject of the copula whose predicate noun is `noun`, or of the verb raising that copula, or None."""
    if noun.dep_ != "attr":
        return None
    cop = noun.head
    if cop.lemma_.lower() not in COPULAS or cop.pos_ not in ("AUX", "VERB"):
        return None
    s = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i), None)
    if s is None and cop.dep_ == "xcomp" and cop.head.i != cop.i:
        up = cop.head        # "is thought to be the first person", "seems to be the only one"
        s = next((c for c in up.children if (c.dep_ == "nsubjpass"
                                              or (c.dep_ == "nsubj" and up.lemma_.lower() in RAISING))
                  and c.i < up.i), None)
    if s is None or not (s.pos_ in ("NOUN", "PROPN") or (s.tag_ == "PRP" and s.lower_ != "it")):
        return None
    return s


def copular_patient(coder, cl, tgt_tok, targets: list, ctx, sent):
    """(subject token, [actors], how) for the copula's subject that a passive participle's predicate noun stands
    for, or None (module doc)."""
    if tgt_tok is None or cl.kind != "verb" or any(is_named(t) for t in targets):
        return None
    part = cl.pred
    if part.dep_ != "acl" or part.tag_ != "VBN" or part.head.i != tgt_tok.i:
        return None
    s = _copula_subject(tgt_tok)
    if s is None:
        return None
    found = coder.actors_for(s, ctx, sent, role="target")
    if not found or (targets and not any(is_named(a) for a in found)):
        return None
    return s, found, f"'{s.text}', whom the predicate '{tgt_tok.text}' of '{part.text}' stands for"
