"""A relative pronoun as the object of a stranded preposition stands for the noun the relative clause describes
(issue 14, not an event: a figurative sense). "a strategy that he had heavily invested in": what was invested in is
the strategy, so the lexicon's argument kinds (coding/senses.py `argument_slots`) test "strategy", not "that", and
the row for a figurative investment ("invested in a policy") blocks the economic one; "the militia that Tehran
invested in" is an investment in the militia. (A stranded preposition left with no object at all is
coding/stranded.py's, for the clause's own phrases; this one only tells the lexicon what the pronoun stands for.)
"""
from __future__ import annotations

RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def antecedent(tok, verb):
    """The noun a relative pronoun object of `verb`'s preposition stands for, when `verb` heads a relative clause on
    a noun; else `tok` itself."""
    if tok is None or tok.lower_ not in RELATIVE_WORDS or tok.tag_ not in ("WDT", "WP") or verb.dep_ != "relcl":
        return tok
    head = verb.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.i < tok.i else tok
