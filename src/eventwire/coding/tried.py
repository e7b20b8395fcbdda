"""Trials undergone (issue 14, no source and wrong source): the one tried is named as the subject of a verb of
undergoing a trial, not as its doer.

    cl = tried_clause(noun)     # asked first by coding/noun_clauses._noun_clause; a Clause or None

"Three journalists stood trial in Istanbul", "the two men face trial in the US", "the activists went on trial on
Monday", "he is on trial for treason": the subject undergoes the trial (a `tried-noun` of data/coding/roles.tsv:
trial, retrial) as the object of an `undergo-verb` (stand, face, await, undergo) or in the "on" phrase of an
`undergo-on-verb` (go, be, remain) where it is people (`_a_person`: not "democracy is on trial"); it is the
trial's target (its "of" party) and the trial names no doer of its
own, so that the implicit agent of a trial (knowledge/implicit_agents.py: the courts, JUD, of the state where it
happened) does it, or nobody where the place is not said. "Prosecutors put three journalists on trial", "Germany
pledged to put its fighters on trial", "the men were put on trial in Britain": the object (or passive subject) of a
`try-putting-verb` (put, place) whose "on" phrase holds the noun is the one tried, its subject (or "by" agent) the
doer. The verb is the clause's light verb: what governs it says whether the trial is done, announced or asked for
("would face trial", "urged them to put the fighters on trial"). The rule says "the one tried: ...".
A participle of charging hung on the trial noun ("awaiting trial in the UK accused of sending money") is the charge
the one tried faces, by the trial's doer (`accused_on_trial`, asked by the coder: its target the one tried, its doer
the courts where the trial is, as for the trial itself).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import noun_preps, subject_of
from eventwire.coding.clause_modality import _climb_modality
from eventwire.coding.clause_record import Clause, _is_verbal, role_words

_ROLES = role_words()
TRIED_NOUNS = _ROLES.get("tried-noun", frozenset())
UNDERGO_VERBS = _ROLES.get("undergo-verb", frozenset())
UNDERGO_ON_VERBS = _ROLES.get("undergo-on-verb", frozenset())
PUTTING_VERBS = _ROLES.get("try-putting-verb", frozenset())
TRIED_PEOPLE = _ROLES.get("tried-person", frozenset())
TRIAL_CHARGES = _ROLES.get("trial-charge", frozenset())
IMPERSONAL = frozenset({"it", "this", "that", "which", "what", "something", "nothing"})


def _a_person(tok) -> bool:
    """Whether the one tried is people: a personal pronoun, a person's or group's name or nationality, a sector noun
    or title of data/actors/sectors.tsv ("journalists", "the minister") or a `tried-person` word of roles.tsv ("two
    men", "the defendants"); not "democracy is on trial", "the drug went on trial"."""
    from eventwire.knowledge.people_titles import sector_terms, title_heads
    if tok.pos_ == "PRON":
        return tok.lower_ not in IMPERSONAL
    if tok.ent_type_ in ("PERSON", "NORP", "ORG"):
        return True
    words = {tok.lemma_.lower(), tok.lower_}
    return bool(words & (sector_terms("noun") | sector_terms("title") | title_heads() | TRIED_PEOPLE))


def _passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _agent(verb):
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _out_of_relative(verb) -> bool:
    """Whether the parser coordinated `verb` into a relative clause it is not part of: its object is a pronoun,
    which a relative clause's verb would not have for the noun it describes ("should take back 800 fighters that
    we captured in Syria and put them on trial": the ones asked to take them back put them on trial, not "we")."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.i != verb.i and head.dep_ == "relcl" \
        and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children)


def tried_clause(noun) -> Optional[Clause]:
    """The clause of a trial noun whose verb names the one tried (module doc), or None."""
    lemma = noun.lemma_.lower()
    if lemma not in TRIED_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return None                     # ("his trial": the possessor is read as before)
    head = noun.head
    doer = None
    if noun.dep_ == "dobj" and _is_verbal(head) and head.lemma_.lower() in UNDERGO_VERBS and not _passive(head):
        verb = head
        patient, how = subject_of(verb)
        what = f"'{verb.lemma_} {noun.lemma_}'"
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "on" and _is_verbal(head.head):
        verb = head.head
        v = verb.lemma_.lower()
        what = f"'{v} ... on {noun.lemma_}'"
        if v in UNDERGO_ON_VERBS and not _passive(verb):
            patient, how = subject_of(verb)
        elif v in PUTTING_VERBS and _passive(verb):
            patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            how = "passive subject"
            doer = _agent(verb)
        elif v in PUTTING_VERBS and _out_of_relative(verb):
            return None
        elif v in PUTTING_VERBS:
            patient = next((c for c in verb.children if c.dep_ == "dobj"), None)
            how = "object"
            doer = subject_of(verb)[0] if patient is not None else None
        else:
            return None
    else:
        return None
    if patient is None or patient.i == noun.i or not _a_person(patient):
        return None
    preps = dict(noun_preps(noun))
    preps["of"] = patient
    negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
    return Clause(pred=noun, kind="noun", lemma=lemma, subj=doer, preps=preps, light_verb=verb,
                  negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head, refused=refused,
                  reported=reported,
                  subj_rule=("the subject of the verb that puts the one tried on trial" if doer is not None
                             else "none: the verb's subject is the one tried"),
                  rule=f"event noun '{noun.lemma_}' in {what}; the one tried: the verb's {how} '{patient.text}'")


def accused_on_trial(cl) -> Optional[tuple]:
    """(trial noun, the one tried) for a participle of charging hung on a trial noun with no doer of its own ("his
    parents are awaiting trial in the UK accused of sending money": roles.tsv `trial-charge`): the charge the one
    tried faces, made by whoever tries them (the trial's implicit agent), not by nobody at the trial; else None."""
    verb = cl.pred
    noun = verb.head
    if cl.kind != "verb" or verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in TRIAL_CHARGES \
            or cl.subj is not None or noun.lemma_.lower() not in TRIED_NOUNS:
        return None
    trial = tried_clause(noun)
    if trial is None or trial.subj is not None or trial.negated or trial.hypothetical:
        return None
    return noun, trial.preps["of"]
