"""Clauses stage (issue 14, no source): an act noun whose doer a copula names with "responsible for" or "behind"
("the junta was responsible for the massacre of 30 villagers", "the militia was behind the attack on the depot").

The noun has no light verb, possessor or "by" phrase of its own, so no other noun-clause reading gives it a doer;
the copula's subject (noun_args.culprit, roles.tsv `culprit`) is its source, and the noun's own phrases its
target. The copula's modality is the act's ("may have been behind": hypothetical); a denied or negated copula gives no
doer (culprit). Only a copula the sentence states, or the content of its main verb with a named subject: there
the coder reads the report as an accusation (coder.blamed_by: "Paris said X was behind the attack", 112 at X), as
for a verb told to be someone's doing; a copula deeper down (the content of "no proof that", "it is likely
that", "if the inquiry concludes that") tells no act.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_modality import _climb_modality
from eventwire.coding.clause_record import RELATIVE_PRONOUNS, Clause
from eventwire.coding.noun_args import culprit


def culprit_clause(noun, preps: dict, poss) -> Optional[Clause]:
    """The clause of an act noun told to be the doing of a copula's subject, or None (module doc). Not where the
    noun names a doer of its own: a possessor other than a day ("responsible for Saturday's attack" stays)."""
    if poss is not None and poss.ent_type_ not in ("DATE", "TIME"):
        return None
    if any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in RELATIVE_PRONOUNS
                                     for g in c.children) for c in noun.subtree):
        return None        # "responsible for the air strike on X, which killed 12": the relative clause tells the act
    who = culprit(noun)
    if who is None:
        return None
    cop = who.head
    if not _told_plainly(cop):
        return None
    negated, hyp, intent, intent_head, reported, refused = _climb_modality(cop)
    return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=who, preps=preps,
                  negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head, refused=refused,
                  reported=reported, subj_rule=f"culprit ('{who.text} ... {noun.head.head.text} "
                                               f"{noun.head.text}' the act)",
                  rule=f"event noun '{noun.lemma_}' with its culprit")


def _told_plainly(cop) -> bool:
    """Whether the copula is the sentence's own statement, or the content of a main verb with a named subject
    ("Paris believes X was behind the attack": an accusation, coder.blamed_by); not a copula deeper down, whose
    act is only supposed or sought: the content of a noun ("no proof that X was behind it"), of an adjective
    ("it is likely that X was responsible"), of a condition ("if the inquiry concludes X was behind it") or of a
    relative clause."""
    if cop.dep_ == "ROOT":
        return True
    head = cop.head
    if cop.dep_ not in ("ccomp", "parataxis") or head.dep_ != "ROOT" or head.pos_ != "VERB" \
            or head.lemma_.lower() == "be" or any(c.dep_ == "neg" for c in head.children):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("PROPN", "NOUN")
