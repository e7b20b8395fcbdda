"""A pledge of force told by its content: "vowed to respond if attacked", "pledged that his men would hit back".

A promise, vow, pledge or oath whose "to V" or "that" clause is an act of force to come (argument kind `threat`,
coding/senses.py `clause_kinds`) is a threat of force (138, lexicon rows `138.<verb>-force`), not an intention to
cooperate (030). Where the clause's act is coded itself, as intended ("vowed (that) the army would expel them": 137 or
138 on "expel"), the pledge is that act announced, not a second event: such a row is a bare promise as 030.vow is
(coding/acts.py `fold_means_and_intentions`).
"""
from __future__ import annotations

import functools

from eventwire.coding.clause_record import INTENT_HEADS

_CONTENT_SLOTS = frozenset({"inf", "clause"})


@functools.lru_cache(maxsize=1)
def _content_rows() -> frozenset:
    """Ids of the threat rows (13x) of an intention verb chosen only by the kind of its complement
    (`inf:@threat|clause:@threat`)."""
    from eventwire.coding.lexicon import default_lexicon
    lex = default_lexicon()
    return frozenset(e.id for lemma in INTENT_HEADS for e in lex._verbs.get(lemma, ())
                     if e.cameo.startswith("13") and e.arg_tests and not e.is_block
                     and all(slot in _CONTENT_SLOTS for slot, _ in e.arg_tests))


def bare_pledge(pattern: str | None) -> bool:
    """Whether an event's lexicon row is a pledge whose sense its complement alone chose."""
    return bool(pattern) and pattern in _content_rows()


def answer_only(coder, verb) -> bool:
    """Whether a `violent` verb of answering (argument_kinds.tsv `answering`: respond, react) answers a thing that is no act of
    force and no party: "vowed to respond to Moscow's demand by expelling its envoys" answers a demand (an answer,
    not force); "vowed to respond to any attack", "would respond if attacked", "will react to Israel" stay force."""
    from eventwire.coding.senses import noun_kinds
    if "answering" not in coder.lex.word_kinds(verb.lemma_.lower()):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and not noun_kinds(coder, obj) & {"violent", "actor"}:
            return True
    return False
