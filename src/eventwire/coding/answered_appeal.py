"""Targets of intents and refusals that answer another party's appeal named in their sentence (issue 14): an intent
(03) or refusal (12) told with no party of its own takes as its target the doer of a request or demand (02, 10)
coded at an act noun ("Trump's call", "calls by Washington", "the Chinese demand that ...") which its sentence names
as what is answered: the noun is the object of an answering word of data/coding/answer_words.tsv ("act on", "respond
to", "heed", "comply with", "in response to").

    events = appeal_targets(sdoc, events)    # after answered_targets (coding/answered.py)

The act answers the appeal when its trigger governs the answering word through complements, coordination or
adverbial clauses ("Spain refused to heed calls by Washington", "Ankara pledged, in response to Moscow's request,
to ..."), or when it is a main-clause act of the sentence and the answering word's clause is coordinated with it
("Berlin vowed to try its fighters, while Paris said it would not act on the US call": both answer the call). Never
the appeal's own side, an act with a target of its own, a doer that is no named party, an act reached through a
relative clause, nor an appeal whose doer's sides are two. The target's `why` begins "the doer of the appeal it
answers ('...')", and the event's rule ends with "; target: " and the same words.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.tables import coding_table
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

ROOTS = ("03", "12")                # intent, refusal: the acts that answer
APPEAL_ROOTS = ("02", "10")         # request, demand: the appeals answered
# the dependencies by which an act's clause reaches the answering word below it
CLAUSE = frozenset({"xcomp", "ccomp", "conj", "advcl", "prep", "pobj", "pcomp", "dobj"})
MAIN = frozenset({"conj", "advcl", "ccomp", "xcomp"})
MAX_UP = 6


@lru_cache(maxsize=1)
def _words() -> frozenset:
    return frozenset((lemma, prep) for lemma, prep, *_ in coding_table("answer_words.tsv"))


def _answering(n) -> Optional[object]:
    """The answering word whose object is the appeal noun n ("act on [the call]", "heed [calls]"), or None."""
    words = _words()
    if n.dep_ == "dobj" and (n.head.lemma_.lower(), "-") in words:
        return n.head
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and (n.head.head.lemma_.lower(), n.head.lower_) in words:
        return n.head.head
    return None


def _chain(t) -> list:
    """t and the words that govern it through the clause dependencies, up to the sentence's root."""
    out = [t]
    for _ in range(MAX_UP):
        if t.head.i == t.i or t.dep_ not in CLAUSE:
            break
        t = t.head
        out.append(t)
    return out


def appeal_targets(sdoc, events: list[Event]) -> list[Event]:
    """The events, with the target of an intent or refusal that answers an appeal named in its sentence taken from
    the appeal's doer (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    answered = []           # (answering word, chain above it, appeal event)
    for a in events:
        t = a.trigger_token
        if t is None or t >= len(sdoc) or not (a.cameo or "").startswith(APPEAL_ROOTS) or not is_named(a.source):
            continue
        n = sdoc[t]
        if n.pos_ != "NOUN":
            continue
        w = _answering(n)
        if w is not None:
            answered.append((w, _chain(w), a))
    if not answered:
        return events
    out = []
    for e in events:
        t = e.trigger_token
        if e.target is not None or not is_named(e.source) or not (e.cameo or "").startswith(ROOTS) \
                or t is None or t >= len(sdoc):
            out.append(e)
            continue
        tok = sdoc[t]
        got = []
        for w, chain, a in answered:
            if a.sentence != e.sentence or same_side(a.source, e.source):
                continue
            top = chain[-1]
            if tok in chain or (top.dep_ == "ROOT" and tok.sent.root == top and
                                (tok == top or (tok.dep_ in MAIN and tok.head == top))):
                got.append(a)
        if not got or len({x.source.country or x.source.code for x in got}) != 1:
            out.append(e)
            continue
        a = got[0]
        said = f"the doer of the appeal it answers ('{a.trigger_text or sdoc[a.trigger_token].text}')"
        out.append(with_target(e, a.source, said))
    return out
