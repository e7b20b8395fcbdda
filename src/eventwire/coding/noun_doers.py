"""Whose is a "to" clause the parser hung on the verb instead of the act noun before it: "Assad criticised Trump's
threats to strike Syria" (the parser: "to strike" an xcomp of "criticised", so the critic would strike). When the
noun right before the "to" is an intent or assert noun of data/coding/roles.tsv ("threat", "plan", "decision") with a
doer of its own (a possessor, a "by" phrase, a name or a proper adjective before it: "Trump's threats", "Western
threats", "the US decision"), the clause is that doer's act, as it is when the parser hangs it on the noun.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import ASSERT_NOUNS, INTENT_NOUNS


def misattached_noun_doer(verb, anchor) -> Optional[tuple]:
    """(doer token, rule) for a "to" clause `verb` the parser hung on the verb `anchor` right after the anchor's
    object, an intent or assert noun with a doer of its own; else None."""
    from eventwire.coding.clause_args import noun_agent      # (lazy: clause_args imports this module)
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.left_edge.i for c in verb.children):
        return None
    noun = next((c for c in anchor.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.left_edge.i), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENT_NOUNS | ASSERT_NOUNS:
        return None
    doer = noun_agent(noun)
    if doer is None:
        # a proper adjective ("Western threats", "Arab plans") the parser gives no entity type
        doer = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.pos_ == "ADJ"
                     and c.text[:1].isupper() and c.i > c.sent.start), None)
    if doer is None or doer.pos_ == "PRON":
        return None                      # "renewed its threat to strike": the subject's own, as before
    return doer, f"doer of '{noun.text}', whose 'to' clause the parser hung on '{anchor.text}'"
