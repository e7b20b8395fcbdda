"""An act someone is faced with is aimed at them (issue 14, no target).

"Faced with Chinese pledges that the base would close, Manila kept quiet", "Confronted with Ugandan threats,
Kinshasa pulled its troops back", "the garrison gave way in the face of a rebel offensive": an act named by a noun that names no
party of its own, in a "faced with", "confronted with" or "in the face of" phrase (data/coding/roles.tsv
`facing-verb`, `facing-noun`), is aimed at the subject of the clause that phrase hangs on, the one who faced it. Never
the act's own doer.
"""
from __future__ import annotations

from eventwire.coding.clause_args import subject_of
from eventwire.coding.clause_record import role_words
from eventwire.coding.same_party import other_parties


def _faced_clause(noun):
    """The verb of the clause a "faced with X" / "in the face of X" phrase holding the noun hangs on, or None."""
    words = role_words()
    h = noun.head
    if noun.dep_ != "pobj":
        return None
    if h.lower_ == "with" and h.head.lemma_.lower() in words.get("facing-verb", frozenset()) and h.head.tag_ == "VBN" \
            and h.head.dep_ in ("advcl", "acl", "ccomp", "xcomp") and h.head.head.pos_ in ("VERB", "AUX"):
        return h.head.head              # "Faced with X, Manila kept quiet"
    if h.lower_ == "of" and h.head.lemma_.lower() in words.get("facing-noun", frozenset()) and h.head.dep_ == "pobj" \
            and h.head.head.lower_ == "in" and h.head.head.head.pos_ in ("VERB", "AUX"):
        return h.head.head.head         # "gave way in the face of X"
    return None


def faced_party(coder, cl, code: str, sources: list, ctx, sent):
    """([the party who faced the act], how) for an act noun in a "faced with" phrase (module doc), or None."""
    if cl.kind != "noun" or not sources:
        return None
    verb = _faced_clause(cl.pred)
    if verb is None:
        return None
    subj = subject_of(verb)[0]
    if subj is None or subj.i == cl.pred.i:
        return None
    found = [a for a in other_parties(coder, subj, sources, ctx, sent) if a.code]
    if not found:
        return None
    return found, f"the one who faced the '{cl.pred.text}' ('{subj.text}')"
