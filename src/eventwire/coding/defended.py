"""The party an attack is aimed at, read from the defence it is warded off by (issue 14): "police defended the
district headquarters against a Taliban attack", "Kurds defend their homeland from Turkish attack", "troops shielded
the city from a Russian assault". An act of force named by a noun in the "against"/"from" phrase of a `defence-verb`
(data/coding/roles.tsv: defend, protect, shield, guard) is aimed at those who defend against it: the defence verb's
subject (through control: "vowed to protect their towns from an offensive"). Not when the verb's subject is the
noun's own doer (the coder leaves a target equal to the source out anyway), nor for a passive defence verb, whose
subject is the ground defended.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

DEFENCE_PREPS = ("against", "from")


def defended_by(noun):
    """The subject token of the defence verb whose "against"/"from" phrase names the act noun `noun`, or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in DEFENCE_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in role_words().get("defence-verb", ()) \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    from eventwire.coding.clause_args import subject_of     # (lazy: clause_args imports the noun modules)
    subj, _ = subject_of(verb)
    if subj is None or subj.lower_ in ("that", "which", "who", "what"):
        return None
    return subj
