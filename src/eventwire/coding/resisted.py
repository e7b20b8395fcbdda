"""The side an act of force is done to, told as the one who resists it (issue 14, item 4: no target).

    events = resisted_targets(coder, sdoc, events, ctx)     # after polity_targets (pipeline.py)

"Kurdish forces left the north-east to defend Afrin against the Turkish assault", "help the YPG repel Turkey's
attack", "government troops repulsed the rebel offensive": the act noun names its doer and no target, and the verb
it hangs on says who it was aimed at: the one resisting it.

- the act: an act of force (coding/foes.py `_is_act`) told by a noun, with a doer and no target, that is the object
  of a verb of resisting (data/coding/resisted.tsv `resist-verb`, or `resist-phrasal` with its particle: "fended
  off"), or the object of its `against-prep` phrase ("defend Afrin against the assault");
- the resister: that verb's subject; for a verb with none, the subject of the verb it completes ("Kurdish forces left
  the north-east to defend ..."), or that verb's object where it is one told to act ("help the YPG repel ...");
  read as an actor (coder.actors_for), a side of the fighting (an armed sector or a state: coding/foes.py `_armed`);
- never the doer's own side, nor a side the article's index of sides (coding/side_index.py) has backing the doer or
  backed by it; a relative pronoun or a pronoun with no actor gives none.
The target says so: its `why` names the verb, and the event's rule ends with "; target: the side that resisted it
('<verb>')".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.foes import armed_side_at
from eventwire.coding.tables import kind_sets
from eventwire.model import Event


def _words() -> dict:
    return kind_sets("resisted.tsv")


def _resisting(v) -> bool:
    """Whether `v` is a verb of resisting (module doc)."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    w = _words()
    lemma = v.lemma_.lower()
    if lemma in w.get("resist-verb", ()):
        return True
    prts = [c.lower_ for c in v.children if c.dep_ == "prt"]
    return any(f"{lemma} {p}" in w.get("resist-phrasal", ()) for p in prts)


def _resisting_verb(t):
    """The verb of resisting the act noun at `t` is the object of, or hangs on by an `against-prep` phrase; or None."""
    if t.dep_ == "dobj" and _resisting(t.head):
        return t.head
    if t.dep_ != "pobj" or t.head.lower_ not in _words().get("against-prep", ()) or t.head.dep_ != "prep":
        return None
    h = t.head.head
    if _resisting(h):
        return h
    if h.dep_ == "dobj" and _resisting(h.head):
        return h.head           # ("defended the base against the assault": the phrase hung on the object)
    return None


def _resister(v):
    """The token that names who resists: the verb's subject, else the object of the verb it completes ("help the YPG
    repel"), else the subject of the verb it completes or is an adverbial clause of; never across a coordination."""
    x = v
    for _ in range(4):
        subj = next((c for c in x.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in ("WDT", "WP"):
            return x.head if x.dep_ == "relcl" else None     # ("the units who repelled the attack": the noun)
        if subj is not None:
            return subj
        if x.dep_ == "xcomp" and x is v:
            obj = next((c for c in x.head.children if c.dep_ == "dobj" and c.i < x.i), None)
            if obj is not None:
                return obj          # ("help the YPG repel the attack")
        if x.dep_ not in ("xcomp", "advcl") or x.head.i == x.i:
            return None         # (a coordinated verb's subject may be another clause's: not read)
        x = x.head
    return None


def resisted_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with an act of force the sentence tells resisted given the resister as its target (module doc)."""
    if sdoc is None or not events:
        return events
    from eventwire.coding.foes import TOLD, _is_act
    from eventwire.coding.side_index import _own, side_index
    out = list(events)
    for i, e in enumerate(events):
        if not (_is_act(e) and e.modality in TOLD and e.source is not None and e.target is None
                and e.trigger_token is not None and e.trigger_token < len(sdoc)):
            continue
        t = sdoc[e.trigger_token]
        if t.pos_ != "NOUN" or (v := _resisting_verb(t)) is None:
            continue
        who = _resister(v)
        if who is None:
            continue
        got = armed_side_at(coder, who, ctx)
        if got is None or _own(got, e.source, side_index(coder, sdoc, ctx)):
            continue
        why = f"the side that resisted it ('{v.text}')"
        out[i] = replace(e, target=replace(got, why=f"{why}; " + (got.why or "")),
                         rule=(e.rule or "") + f"; target: {why}", counts=list(e.counts))
    return out
