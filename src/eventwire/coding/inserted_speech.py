"""Reported speech told through an inserted clause of saying (issue 14: the speaker is the source of what is said;
what a quote or a report describes is told by its speaker, not by the text).

"France, she said, had betrayed Mali", "Iranian advisers had arrived in the city, Tehran said, as ...",
"Turkey, they said, 'has made a practice of targeting US allies'", and an act told "according to" someone or
"reportedly": the parser hangs the clause of saying (or the attributing adverb or phrase) on the act it reports
(`parataxis`, `advmod`, `prep`), not the act on the clause of saying (`ccomp`, which clause_modality already reads
as reported). The act is then the teller's report, not the writer's own assertion: its modality is "reported".

`inserted_speaker(start, reporting)` returns the verb of saying or the attributing word, or None. Called by the
coder (coding/coder.py) for each act, with the reporting verbs of data/lexicon/reporting_verbs.tsv.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words

ATTRIBUTION_ADVERBS = role_words().get("attribution-adverb", frozenset())
ATTRIBUTION_PREPS = role_words().get("attribution-prep", frozenset())
NO_TELLERS = role_words().get("no-teller", frozenset())
# edges climbed from an act up to the clause a clause of saying can be inserted in; a relative clause or a clause
# of its own ("..., which ...", a reported "that" clause) is left at once
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "dobj", "acl", "attr", "oprd", "nsubj",
                        "nsubjpass", "agent"})
MAX_STEPS = 8


def _set_off(verb) -> bool:
    """A clause of saying set off from what it reports by a comma or a quotation mark on either side ("..., he said,
    ...", "... ”, Moscow said."), with no object or complement of its own (not "he said something")."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ""
    marks = {",", "“", "”", '"', "—", "–"}
    return before in marks or after in marks or any(t.text in marks for t in verb.subtree if t.dep_ == "punct")


def _attribution(c):
    """ "reportedly", "allegedly" (an `attribution-adverb` of data/coding/roles.tsv), or "according to X" where X
    can tell (not a `no-teller`: "according to the plan"): the child of an act that says who tells it, or None."""
    if c.dep_ == "advmod" and c.lower_ in ATTRIBUTION_ADVERBS:
        return c
    if c.dep_ == "prep" and c.lower_ in ATTRIBUTION_PREPS:
        to = next((t for t in c.children if t.dep_ == "prep" and t.lower_ == "to"), None)
        teller = next((t for t in to.children if t.dep_ == "pobj"), None) if to is not None else None
        if teller is not None and teller.lemma_.lower() not in NO_TELLERS:
            return c
    return None


def _speech_child(tok, reporting: frozenset, start):
    for c in tok.children:
        if c.left_edge.i <= start.i <= c.right_edge.i:
            continue              # the teller's own act ("according to UN statements last week"): told by no one else
        if (said := _attribution(c)) is not None:
            return said
        if c.dep_ == "parataxis" and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() in reporting \
                and any(s.dep_ == "nsubj" for s in c.children) and _set_off(c):
            return c
    return None


def inserted_speaker(start, reporting: frozenset) -> Optional[object]:
    """The inserted verb of saying that reports the act at `start` (its predicate, light verb or anchor), or None:
    a reporting verb with a subject, hung as `parataxis` on the act or on a clause above it reached through
    conjuncts, complements of "to V", prepositions and objects (not through a relative clause or a "that" clause)."""
    if start is None or not reporting:
        return None
    tok = start
    for _ in range(MAX_STEPS):
        said = _speech_child(tok, reporting, start)
        if said is not None:
            return said
        if tok.head.i == tok.i or tok.dep_ not in CLIMB_DEPS:
            return None
        tok = tok.head
    return None
