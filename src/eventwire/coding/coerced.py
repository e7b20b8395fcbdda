"""The one a forced yield gives way to (issue 14, no target): "the insurgents seized the capital, forcing Hadi to
resign", "Kurdish fighters forced Isis to withdraw", "pressure from Moscow compelled the army to retreat". A yield
(CAMEO 08: withdraw, resign, surrender, retreat) whose doer is the object of a verb of coercion (a verb the lexicon
codes 17, coerce, or 10, demand: "force", "compel") is done to the coercer: the subject of that verb, through
control ("forcing" after "the insurgents seized") or its "by" agent ("was forced to withdraw by Iraqi troops").

    tok = coercer(coder, cl)     # in the coder, when a yield's own slots name no target
"""
from __future__ import annotations

from eventwire.coding.clause_args import preps_of, subject_of
from eventwire.doc_index import to_infinitive

COERCION_ROOTS = ("17", "10")


def coercer(coder, cl):
    """The token naming the one who forced the clause's yield, or None (module doc)."""
    v = cl.pred
    if cl.kind != "verb" or v.dep_ not in ("xcomp", "ccomp") or v.head.i == v.i or v.head.pos_ != "VERB":
        return None
    gov = v.head
    doer = next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if doer is None and v.dep_ == "ccomp" and to_infinitive(v):
        doer = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)   # "forcing Hadi to resign"
    if doer is None or cl.subj is None or doer.i != cl.subj.i:
        return None                  # ("Iran was forced to withdraw" with its own subject; not "agreed to withdraw")
    prt = next((c.lower_ for c in gov.children if c.dep_ == "prt"), None)
    entries = coder.lex.match_verb(gov.lemma_.lower(), prt, None, frozenset(preps_of(gov)))
    if not entries or entries[0].cameo[:2] not in COERCION_ROOTS:
        return None
    who, rule = subject_of(gov)
    if who is None or who.i == doer.i or who.lower_ in ("who", "which", "that"):
        return None
    return who
