"""Issue 14 (no source): the speaker of a verbal act the parser hung inside what the speaker said (asked by
coding/coder.py when the shared subject names no actor).

"The Red Cross said the situation at the camp was dire and called on all parties to allow aid in": the parser
often coordinates "called" with "was", the verb of the said clause, so that coordination gives it the clause's
subject ("the situation"), which is no actor. When that subject is a common noun that names none, and the
coordinated verb is a verbal act (a statement, appeal, demand, promise, praise, refusal ...: CAMEO roots in
`VERBAL_ROOTS`) in the tense of the verb of telling above (data/coding/roles.tsv `telling-verb`: say, state, add
...), the coordinated verb goes with that verb: the teller did it. A physical act ("said the men were exhausted and
surrendered") keeps the parser's reading, and so does a said clause whose subject names an actor."""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words

TELLING_VERBS = role_words().get("telling-verb", frozenset())
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def teller_of_conjunct(cl, code: str) -> Optional[object]:
    """The subject of the verb of telling a verbal act's verb was coordinated under, or None."""
    verb = cl.pred
    if code[:2] not in VERBAL_ROOTS or "(shared by coordination)" not in cl.subj_rule or verb.dep_ != "conj" \
            or cl.subj is None or cl.subj.pos_ != "NOUN" or cl.subj.ent_type_:
        return None
    said = verb.head
    up = said.head
    if said.dep_ != "ccomp" or up.i >= said.i or up.lemma_.lower() not in TELLING_VERBS or up.tag_ != verb.tag_ \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "cc" and said.i < c.i < verb.i for c in said.children):
        return None                      # (only "... and called": a verb joined by a conjunction)
    return next((c for c in up.children if c.dep_ == "nsubj"), None)
