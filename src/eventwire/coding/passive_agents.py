"""The "by" phrase of a passive that the parser hung on a noun of its adjunct (issue 14: no source where the doer is
named): "the raids are carried out with impunity by Syrian forces", "was killed in Raqqa by the militants", "were
stopped at the checkpoint by police". The parser attaches the "by" phrase to the noun right before it ("impunity",
"Raqqa", "checkpoint"), so the passive reads as done by no one and the doer is left out.

    agent = misattached_agent(verb, is_event_noun)      # coding/clauses.py verb_clause, for a passive with no agent

Only a noun of a manner or place adjunct ("with", "in", "at", "on", "near", ...) that is no act, statement or document
of its own: "killed in an attack by Isis" is the act's doer (coding/doers.py reads it), "killed, according to a report
by Amnesty" names who reported it, "a statement by the ministry" who spoke. The rule says "passive agent (the parser
hung it on '...')".
"""
from __future__ import annotations

from eventwire.coding.clause_record import ASSERT_NOUNS, SENT_NOUNS, SPEECH_NOUNS

ADJUNCT_PREPS = frozenset({"with", "in", "at", "on", "near", "inside", "outside", "across", "from", "for"})


def misattached_agent(verb, is_event_noun=None):
    """(token, rule) of the doer named in a "by" phrase hung on the noun of one of the passive verb's adjuncts, or
    None (module doc)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ADJUNCT_PREPS:
            continue
        for n in c.children:
            if n.dep_ != "pobj" or n.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = n.lemma_.lower()
            if lemma in SPEECH_NOUNS or lemma in ASSERT_NOUNS or lemma in SENT_NOUNS \
                    or (is_event_noun is not None and n.pos_ == "NOUN" and is_event_noun(n)):
                continue
            by = next((k for k in n.children if k.dep_ in ("prep", "agent") and k.lower_ == "by"), None)
            if by is None or by.i < n.i:
                continue
            a = next((g for g in by.children if g.dep_ == "pobj"), None)
            if a is not None and a.pos_ in ("NOUN", "PROPN", "PRON"):
                return a, f"passive agent (the parser hung it on '{n.text}')"
    return None
