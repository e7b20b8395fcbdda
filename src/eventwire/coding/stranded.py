"""A preposition left at the end of a relative clause (issue 14, wrong root): "the coalition forces who we have
fought alongside", "the militia, which the Americans fought with against Isis", "the town they fired on". The noun the
relative clause hangs on is that preposition's object, not the verb's direct object: "fought alongside" the forces
is fighting together (062, the lexicon's `fight-alongside`), never fighting them (190). The parser leaves such a
preposition without an object (as `prep`, or as an adverb) and often makes the relative pronoun a `pobj` of the
verb, or no word at all ("the people we fought with").

`stranded_prep(verb)` is asked by `clauses.verb_clause`, which adds the preposition's phrase and drops the direct
object the relative clause was given for the noun.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import RELATIVE_PRONOUNS

# prepositions that can be left behind at the end of a relative clause and name a party there
# (not the words that are mostly a verb's particle: "the areas the US has left behind", "the town they took over")
STRANDABLE = frozenset({"alongside", "against", "with", "for", "at", "on", "upon", "to", "from", "into", "beside",
                        "toward", "towards", "among"})


def stranded_prep(verb) -> Optional[tuple]:
    """(preposition, the noun the relative clause hangs on) for a relative clause whose preposition has no object
    of its own, or None. The clause must have its own subject (not the relative pronoun: "forces who fought
    alongside" fight alongside someone unnamed) and no direct object of its own."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return None
    for c in verb.children:
        if c.i > verb.i and c.lower_ in STRANDABLE and c.dep_ in ("prep", "advmod") \
                and not any(g.dep_ in ("pobj", "pcomp", "prep") and g.i > c.i for g in c.children) \
                and not any(g.dep_ == "prep" and g.i > c.i and g.lower_ == c.lower_ for g in verb.children):
            return c.lower_, verb.head
    return None
