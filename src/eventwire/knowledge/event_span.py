"""Event location, the event's whole telling and the other happenings of its sentence (used by event_location.py).

    span_acts(doc, trig, span, act_tokens)   # the other words that tell the same act, whose places are the act's
    purpose_acts(trig)                       # "launched an offensive to recapture X": the ground it aims at
    elsewhere(h, trig, clause)               # why a place outside the act's clause locates something else, or None

An act is often told by more than its trigger: "launched an offensive in the province, targeting the X district",
"began the assault by striking X", or mentions merged into one act (coding/acts.py). The evidence span the coder
gives the event, and the act tokens it merged, name those words; a place in such a word's own clause locates the
act as well as one in the trigger's (the most specific of them wins, event_location._most_specific).

A place in another clause of the sentence is a weak guess for the act's place (event_location's "sentence"
precision). It is no guess at all where it hangs on a noun of another process the sentence tells: "peace talks in
Kazakhstan", "the election in Iraq", "his failures in Iraq" (data/places/words.tsv `other_happenings`). (Clauses of
another time, "after gunmen stormed X", "since the war in X broke out", were tried too: as often the act's own
place as not. Meetings and summits are as often the act's target, "a bomber struck a meeting in X".)
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwire.doc_index import to_infinitive
from eventwire.knowledge.place_words import _WORDS

_OTHER_HAPPENINGS = _WORDS["other_happenings"]
_CAMPAIGN_VERBS = _WORDS["campaign_verbs"]
_PURPOSE_VERBS = _WORDS["campaign_purpose_verbs"]
_ACT_DEPS = ("advcl", "pcomp", "xcomp", "conj", "acl")


def span_acts(doc, trig, span: Optional[tuple] = None, act_tokens: Sequence[int] = ()) -> list:
    """The tokens other than trig that tell the same act: the act tokens merged into it, and the act verbs after trig
    in its evidence span that hang (through the span) on trig ("launched an offensive in X, targeting Y":
    "targeting"; "opened fire on the car, killing two and wounding": "killing", "wounding"; "were killed and 35
    others injured in X as gunmen attacked": "injured")."""
    out = []
    for i in act_tokens or ():
        if i is not None and 0 <= i < len(doc) and i != trig.i and doc[i].sent.start == trig.sent.start:
            out.append(doc[i])
    if span is not None:
        got = doc.char_span(span[0], span[1], alignment_mode="expand")
        if got is not None and len(got) > 1:
            # (and the other act verbs inside the span: "died and 17 more were hurt in X as raiders struck")
            for tok in got:
                if tok.i > trig.i and tok.pos_ == "VERB" and tok.dep_ in _ACT_DEPS:
                    t = tok
                    chain = []
                    for _ in range(6):
                        if t.i == trig.i or not (got.start <= t.i < got.end):
                            break
                        if t.pos_ == "VERB" and t.dep_ in _ACT_DEPS:
                            chain.append(t)
                        t = t.head
                    if t.i == trig.i:
                        out.extend(x for x in chain if x.i > trig.i)
    seen, res = set(), []
    for t in out:
        if t.i not in seen:
            seen.add(t.i)
            res.append(t)
    return res


def purpose_acts(trig) -> list:
    """The purpose of a campaign the trigger starts, where it is to take ground: "launched a counter-offensive to
    recapture the village of X", "began an operation to enter X" ("recapture", "enter"). The ground it aims at is
    where the campaign is fought, more precisely than the province it is said to be launched in."""
    if trig.lemma_.lower() not in _CAMPAIGN_VERBS:
        return []
    heads = [trig] + [c for c in trig.children if c.dep_ in ("dobj", "obj")]
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" and c.lemma_.lower() in _PURPOSE_VERBS \
                    and c.i > trig.i and to_infinitive(c):
                out.append(c)
    return out


def elsewhere(h, trig, clause) -> Optional[str]:
    """Why the place at h, outside the act's clause, locates another happening of the sentence ("peace talks in
    Kazakhstan"), or None."""
    t = h
    for _ in range(12):
        if t.i in clause or t.head.i == t.i:
            return None
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN" \
                and t.head.head.lemma_.lower() in _OTHER_HAPPENINGS and t.head.head.i not in clause:
            return "another happening"
        t = t.head
    return None
