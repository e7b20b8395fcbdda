"""Whose subject a coordinated verb shares, by its number (asked by coding/clause_args.subject_of).

"Many Gulf states have conceded that the king has won the dispute and are preparing to send envoys": the parser
often hangs the second verb ("are preparing") on the verb of the that-clause ("has won"), so that coordination would
give it the clause's singular subject (the king). A conjunct whose own first auxiliary is plural ("are", "were",
"have") after a first conjunct that is singular ("has", "is", "was", or a verb in -s) with a singular noun for its
subject does not share that subject: it goes with the clause the that-clause complements, whose subject is plural
("states"). Where the verbs show no number ("conceded that the king won and sent envoys"), or the higher subject is
not plural, the parser's reading stays."""
from __future__ import annotations

from eventwire.coding.relative_number import _singular_verb

_PLURAL_AUX = frozenset({"are", "were", "have", "'re", "\u2019re"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})


def _plural_aux(verb) -> bool:
    """Whether the verb's first auxiliary agrees with a plural subject only."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return bool(aux) and aux[0].lower_ in _PLURAL_AUX


def _own_subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _plural(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in _PLURAL_PRONOUNS or bool(tok.conjuncts)


def higher_clause_verb(verb):
    """For a coordinated verb (dep conj) with no subject of its own whose number disagrees with the singular subject
    of the complement clause the parser hung it on, the verb of the clause above that one, whose plural subject it
    shares; else None."""
    head = verb.head
    if verb.dep_ != "conj" or _own_subject(verb) is not None or head.dep_ != "ccomp" or not _plural_aux(verb):
        return None
    low = _own_subject(head)
    if low is None or _plural(low) or low.tag_ not in ("NN", "NNP") or not _singular_verb(head):
        return None
    up = head.head
    high = _own_subject(up)
    if high is None or not _plural(high) or up.i > verb.i:
        return None
    return up
