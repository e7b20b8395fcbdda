"""Two coordinated verbs of one code on one object are one act (issue 14, duplicates).

"X was convicted in March and sentenced to six years" (116 twice), "the agencies should vet and investigate the
man" (090 twice), "a court convicted the reporter and sentenced him to a year": the second verb tells the same act
again, of the same code, by the same source on the same target, so one event stays (the first, with the second's
words among its own). Verbs that each take an object of their own naming no one ("banning child marriage, outlawing
polygamy"; "sent armoured columns ... and deployed tanks") are acts of their own, and so are verbs of different codes
("arrested and charged") and acts of force, which coding/acts.py `one_event_per_act` reads.

A verb of backing (data/coding/backing_verbs.tsv: support, back) coded as endorsement (051) and coordinated with a
verb of material help (roots 06, 07) on one object by one source ("continued to support and train the militia",
"backed and funded the party") tells that help: the endorsement is folded into it (issue 14, wrong root).
"""
from __future__ import annotations

import functools

from eventwire.model import Event

OWN_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})


def _side(x):
    return x.code if x is not None else None


def _own_object(tok) -> bool:
    return any(c.dep_ in OWN_OBJECT_DEPS and c.i > tok.i for c in tok.children)


def _conjoined(a, b, one_target: bool) -> bool:
    """Whether token b is a verb coordinated with token a (a before b) and they share their object: not both take
    one of their own, unless both name the same party ("convicted the reporter and sentenced him")."""
    if b.dep_ != "conj" or b.head.i != a.i or a.pos_ != "VERB" or b.pos_ != "VERB":
        return False
    return one_target or not (_own_object(a) and _own_object(b))


@functools.cache
def _backing_verbs() -> frozenset:
    from eventwire.coding.tables import coding_table
    return frozenset(row[0].lower() for row in coding_table("backing_verbs.tsv") if row and row[0])


def _backing_of_help(e: Event, a: Event, doc) -> bool:
    """Whether e is a verb of backing coded as endorsement (051) coordinated with a's verb of material help (roots
    06, 07), one source on one target."""
    if e.cameo != "051" or a.cameo[:2] not in ("06", "07") or e.modality != a.modality:
        return False
    if _side(e.source) != _side(a.source) or _side(e.target) != _side(a.target):
        return False
    v, w = doc[e.trigger_token], doc[a.trigger_token]
    if v.lemma_.lower() not in _backing_verbs():
        return False
    return _conjoined(v, w, a.target is not None) or _conjoined(w, v, a.target is not None)


def fold_conjoined(events: list[Event], doc) -> list[Event]:
    """The events of one sentence with the second of two coordinated verbs of one act folded into the first."""
    if len(events) < 2:
        return events
    drop: set[int] = set()
    for j, a in enumerate(events):
        if j in drop or a.trigger_token is None or (a.quad_class or 0) == 4:
            continue
        for k, e in enumerate(events):
            if k == j or k in drop or e.trigger_token is None:
                continue
            if _backing_of_help(e, a, doc):
                a.act_tokens = tuple(sorted(set(a.act_tokens) | set(e.act_tokens)))
                a.rule = (a.rule or "") + f"; '{e.trigger_text}' ({e.pattern}) tells the same help, coordinated"
                drop.add(k)
                continue
            if e.cameo != a.cameo or e.modality != a.modality:
                continue
            if _side(e.source) != _side(a.source) or _side(e.target) != _side(a.target):
                continue
            if not _conjoined(doc[a.trigger_token], doc[e.trigger_token], a.target is not None):
                continue
            a.act_tokens = tuple(sorted(set(a.act_tokens) | set(e.act_tokens)))
            a.confidence = max(a.confidence, e.confidence)
            a.rule = (a.rule or "") + f"; one act with '{e.trigger_text}' ({e.pattern}), coordinated"
            drop.add(k)
    return [e for k, e in enumerate(events) if k not in drop]
