"""A pledge of force told by its content: "vowed to respond if attacked", "pledged that his men would hit back".

A promise, vow, pledge, oath, intention or plan ("troops intended to advance east to the town") whose "to V" or "that"
clause is an act of force to come (argument kind `threat`, coding/senses.py `clause_kinds`) is a threat of force (138, lexicon rows `138.<verb>-force`), not an intention to
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
    not force); "vowed to respond to any attack", "would respond if attacked", "will react to Israel" stay force, and
    so does an answer given with force ("would respond to the ultimatum with force", "militarily": with_force)."""
    from eventwire.coding.senses import noun_kinds
    if "answering" not in coder.lex.word_kinds(verb.lemma_.lower()) or with_force(coder, verb):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and not noun_kinds(coder, obj) & {"violent", "actor"}:
            return True
    return False


def furthering_only(coder, verb) -> bool:
    """Whether a `violent` verb that is also one of furthering (argument_kinds.tsv `promoting`: advance) has a direct
    object that is no party, no place, no direction ("advance east to X": `heading`) and no act of force: "intends
    to advance its plans", "vowed to advance the talks" further a thing (no threat); "intended to advance on the
    town", "would advance into the city" stay force."""
    from eventwire.coding.senses import noun_kinds
    if "promoting" not in coder.lex.word_kinds(verb.lemma_.lower()):
        return False
    return any(c.dep_ == "dobj" and not noun_kinds(coder, c) & {"actor", "person", "place", "violent", "heading"}
               for c in verb.children)


def with_force(coder, verb) -> bool:
    """Whether an answer is given with force: an adverb ("militarily", "forcefully") or a "with"/"by" means, on the
    verb or on the thing answered where the parser hangs it ("respond to the ultimatum with force"), that is force,
    an attack or a weapon ("with force", "with air strikes", "by force"; argument_kinds.tsv `forceful`, `violent`,
    `arms`), or a means its modifier makes force ("with military action": `forceful_means` after `forceful_mod`)."""
    def forceful(tok) -> bool:
        kinds = coder.lex.word_kinds(tok.lemma_.lower())
        if kinds & {"forceful", "violent", "arms"}:
            return True
        # ("with military action", "by armed means"; not "with military aid")
        return "forceful_means" in kinds and any(c.dep_ in ("amod", "compound") and "forceful_mod" in
                                                 coder.lex.word_kinds(c.lemma_.lower()) for c in tok.children)

    heads = [verb] + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "advmod" and h is verb and "forceful" in coder.lex.word_kinds(c.lower_):
                return True
            if c.dep_ == "prep" and c.lower_ in ("with", "by") and any(
                    o.dep_ == "pobj" and forceful(o) for o in c.children):
                return True
    return False
