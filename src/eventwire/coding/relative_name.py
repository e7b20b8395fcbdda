"""Issue 14 (no source): the antecedent of a relative clause the parser hung on a thing instead of the name right
before the relative pronoun (asked by coding/coder.py when the thing names no actor).

"Troops act as a buffer between the militias and Niger - which has threatened an offensive to dismantle them": the
parser hangs "which has threatened" on "buffer", which names no actor; the proper name that ends the phrase right before
"which" or "who" (inside the phrase of the noun the clause was hung on, and resolved as an actor) is the one that
threatened. Only where the noun the parser chose gives no actor, and only for "which" and
"who" ("that" restricts a common noun: "an airstrike that killed" is the airstrike's)."""
from __future__ import annotations

from typing import Optional

_PRONOUNS = frozenset({"which", "who"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def relative_name(cl) -> Optional[object]:
    """The name right before the relative pronoun of the clause (or the clause governing it) the parser hung on
    `cl.subj`, a common noun; else None."""
    head = cl.subj
    if head is None or head.pos_ != "NOUN" or not cl.subj_rule.startswith("relative clause subject"):
        return None
    rel = next((c for c in head.children if c.dep_ == "relcl" and (c.i == cl.pred.i or c.is_ancestor(cl.pred))), None)
    pron = next((c for c in rel.children if c.dep_ == "nsubj"), None) if rel is not None else None
    if pron is None or pron.lower_ not in _PRONOUNS:
        return None
    doc = head.doc
    k = pron.i - 1
    while k > head.i and doc[k].is_punct:
        k -= 1
    name = doc[k]
    if k <= head.i or name.pos_ != "PROPN" or name.ent_type_ in _NOT_NAMES or not head.is_ancestor(name):
        return None
    return name


def apposed_name(cl) -> Optional[object]:
    """The person's name apposed to the noun a relative clause hangs on, right before the relative pronoun ("Trump's
    defense secretary, James Mattis, who announced his departure": Mattis, not the secretary's owner), else None.
    Only "who" on a noun with a person's name as its apposition."""
    head = cl.subj
    if head is None or head.pos_ != "NOUN" or not cl.subj_rule.startswith("relative clause subject"):
        return None
    name = relative_name(cl)
    if name is None or name.ent_type_ != "PERSON":
        return None
    top = name
    while top.dep_ in ("compound", "flat") and top.head.i != top.i:
        top = top.head
    if top.dep_ != "appos" or top.head.i != head.i:
        return None
    rel = next((c for c in head.children if c.dep_ == "relcl" and (c.i == cl.pred.i or c.is_ancestor(cl.pred))), None)
    pron = next((c for c in rel.children if c.dep_ == "nsubj"), None) if rel is not None else None
    return top if pron is not None and pron.lower_ == "who" else None
