"""A decision noun and the acts it carries (the doer of a noun's "to V" clause).

An act noun kept going by a decision: "the junta's decision to prolong the reporter's detention", "the court's move
to lengthen the curfew", "their order to maintain the blockade of the port". The noun is the object of a verb that
keeps its act going (data/coding/roles.tsv `keeping-verb`) in the "to V" clause of a decision or intention noun
(roles.tsv `assert-noun`, `intent-noun`); the one who decided (the noun's possessor, "of" phrase or maker, as for a
verb in that clause: clause_args.subject_of) keeps the act going, so it does the act itself, not the state where it
happened (knowledge/implicit_agents.py) nor nobody. Not a verb that stops, questions or answers the act ("its
decision to end the detention", "their move to challenge the curfew"): those name no doer of it.

A decision noun a name owns ("welcomed Britain's move to reimpose sanctions") carries its owner's act, not the
purpose of the verb it is the object of (`owned_decision`, asked by coding/predicates.py `_purpose_governor`).

    keeper = decided_keeper(noun)   # (token, rule, verb) or None
    owned_decision(noun)            # bool
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words, ASSERT_NOUNS, INTENT_NOUNS
from eventwire.doc_index import to_infinitive

KEEPING_VERBS = role_words().get("keeping-verb", frozenset())


def decided_keeper(noun) -> Optional[tuple]:
    """(doer token, rule, keeping verb) for an act noun that is the direct object of a keeping verb in the "to V"
    clause of a decision or intention noun whose doer the clause stage finds, else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in KEEPING_VERBS or verb.dep_ != "acl" \
            or not to_infinitive(verb):
        return None
    decision = verb.head
    if decision.pos_ != "NOUN" or decision.lemma_.lower() not in ASSERT_NOUNS | INTENT_NOUNS:
        return None
    from eventwire.coding.clause_args import subject_of
    doer, how = subject_of(verb)
    if doer is None or doer.i == noun.i or not _names_its_party(doer):
        return None
    return doer, f"{how} (who decided to {verb.lemma_.lower()} the {noun.lemma_.lower()} keeps it going)", verb


def _names_its_party(doer) -> bool:
    """A decider that says whose it is: a pronoun (coreference finds its party), a name, or a noun with its own
    nationality or country ("the Turkish court"). A bare "the court" would take its country from whatever the
    sentence names (the detainee's, the one angered: tests/test_borrowed_doers.py): left to the stages that guard
    custody acts (knowledge/implicit_agents.py)."""
    if doer.pos_ in ("PRON", "PROPN") or doer.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in doer.children)


def owned_decision(noun) -> bool:
    """A decision or intention noun with a doer of its own named before it ("Britain's move to reimpose sanctions",
    "the Trump move to withdraw"): its "to V" is that doer's act, never the purpose of the verb it is the object of
    ("welcomed Britain's move to reimpose": Britain reimposes, not the one who welcomed it). A pronoun owner ("launched
    its push to retake") leaves the reading to the verb's subject, the same party."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ASSERT_NOUNS | INTENT_NOUNS:
        return False
    from eventwire.coding.clause_args import noun_agent
    doer = noun_agent(noun)
    return doer is not None and doer.pos_ in ("PROPN", "NOUN") and doer.i < noun.i
