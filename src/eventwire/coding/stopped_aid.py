"""Whom a stopped, cut or resumed aid went to, where the act names no one (issue 14 item 4, no target).

    events = stopped_aid_targets(sdoc, events)    # a document stage, after eased_measures (coding/eased_measures.py)

"The US armed the rebels for years. The CIA cut support late last year": the support cut is the rebels'. An act that
stops or reduces aid (data/coding/stopped_aid.tsv `stop`: 162), or an act of aid told by a verb that gives it again
(`resume`: "Washington resumed the funding"), with a named doer and no target, whose aid noun (`noun`: the trigger
itself, or the verb's object or passive subject, through a portion: "much of its help") has no recipient of its own
(no "to"/"for" phrase, no possessor but a pronoun, which is the giver's: "its aid"), takes as its target the recipient
of the nearest earlier coded act of aid (`given`: a CAMEO prefix, or `=lemma` for an act told by that verb) done by
the same side (coding/answered.same_side) to a named party other than the giver, in its sentence or the `BACK` before.
Never where the acts of aid in that span went to parties of more than one side (which aid is meant is not plain).
Acts are read in story order, so that a stop given its target here may serve a later one ("stopped much of its help
for the rebels. The CIA cut support").

The target's `why` begins "the recipient of the aid told before ('<trigger>', N sentence(s) before)", and the
event's rule ends with "; target: " and the same words.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.portions import portion_head
from eventwire.coding.tables import coding_table
from eventwire.coding.taken_target import nearest_told_before, with_target
from eventwire.model import Event

BACK = 3                    # sentences before the stop's own in which the aid it stops may be told
OWN_PREPS = ("to", "for")   # an aid noun's phrases that name its recipient
GIVER_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


@lru_cache(maxsize=1)
def _table() -> tuple:
    """(stop prefixes, given prefixes, given verbs, aid nouns, resume verbs) from data/coding/stopped_aid.tsv."""
    rows: dict = {"stop": [], "given": [], "noun": [], "resume": []}
    for kind, word, *_ in coding_table("stopped_aid.tsv"):
        if kind not in rows:
            raise ValueError(f"stopped_aid.tsv: unknown kind {kind!r}")
        rows[kind].append(word.lower())
    given = tuple(w for w in rows["given"] if not w.startswith("="))
    verbs = frozenset(w[1:] for w in rows["given"] if w.startswith("="))
    return tuple(rows["stop"]), given, verbs, frozenset(rows["noun"]), frozenset(rows["resume"])


def _aid_noun(t, nouns: frozenset):
    """The aid noun an act at token `t` names: `t` itself, or its object or passive subject (a portion's noun)."""
    if t.pos_ == "NOUN" and t.lemma_.lower() in nouns:
        return t
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            n = portion_head(c)
            if n is not None and n.pos_ == "NOUN" and n.lemma_.lower() in nouns:
                return n
    return None


def _unowned(n) -> bool:
    """Whether an aid noun names no recipient of its own: no "to"/"for" phrase, no possessor but a giver's pronoun."""
    from eventwire.coding.clause_args import preps_of
    if any(p in preps_of(n) for p in OWN_PREPS):
        return False
    return not any(c.dep_ == "poss" and c.lower_ not in GIVER_PRONOUNS for c in n.children)


def _resumed(t, n) -> bool:
    """Whether the act is told by a verb that gives again: the trigger, or the verb whose object the aid noun is."""
    _, _, _, _, again = _table()
    verb = t if t.pos_ == "VERB" else (n.head if n.dep_ in ("dobj", "nsubjpass") else None)
    return verb is not None and verb.lemma_.lower() in again


def _told_by(x: Event, verbs: frozenset, sdoc) -> bool:
    return any(0 <= i < len(sdoc) and sdoc[i].pos_ == "VERB" and sdoc[i].lemma_.lower() in verbs
               for i in {x.trigger_token, *(x.act_tokens or ())} if i is not None)


def _given_before(e: Event, done: list[Event], given: tuple, verbs: frozenset, sdoc) -> Optional[tuple]:
    """(recipient, why) of the nearest earlier act of aid by the stopper's side, or None (module doc)."""
    acts = []
    for x in done:
        if x is e or x.trigger_token is None or x.target is None or not is_named(x.target) \
                or not (e.sentence - BACK <= x.sentence <= e.sentence) \
                or (x.sentence == e.sentence and x.trigger_token >= e.trigger_token):
            continue
        if not ((x.cameo or "").startswith(given) or _told_by(x, verbs, sdoc)):
            continue
        if not is_named(x.source) or not same_side(x.source, e.source) or x.target.code in (x.source.code, e.source.code):
            continue
        acts.append(x)
    found = nearest_told_before(e, acts)    # (none where aid to two sides is told in the span)
    if found is None:
        return None
    near, where = found
    return near.target, f"the recipient of the aid told before ('{near.trigger_text}', {where})"


def stopped_aid_targets(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a stopped or resumed aid that names no recipient aimed at the recipient of the aid its side
    gave before (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    stop, given, verbs, nouns, _ = _table()
    order = sorted(range(len(events)), key=lambda i: (events[i].sentence, events[i].trigger_token or 0))
    out = list(events)
    done: list[Event] = []
    for i in order:
        e = events[i]
        if e.target is None and e.trigger_token is not None and e.trigger_token < len(sdoc) and is_named(e.source):
            t = sdoc[e.trigger_token]
            n = _aid_noun(t, nouns)
            code = e.cameo or ""
            if n is not None and _unowned(n) and (code.startswith(stop)
                                                  or (code.startswith(given) and _resumed(t, n))):
                got = _given_before(e, done, given, verbs, sdoc)
                if got is not None:
                    out[i] = e = with_target(e, *got)
        done.append(e)
    return out
