"""Whom a retreat, withdrawal or surrender gave way to, told in its own sentence (issue 14, item 4: no target).

    events = gave_way_targets(coder, sdoc, events, ctx)     # after left_ground_targets (pipeline.py)

A 0874 act (data/coding/gave_way.tsv `yield-word`: a retreat, withdrawal, pull-out or surrender) told as done, with
a doer and no target, outside quotes, whose own sentence names the side it gave way to:

- a participle of pursuit hung on it, whose "by" agent is a side ("Isis members gradually withdrew through eastern
  Syria, pursued by the Kurds"; `pursuit-verb`): that side;
- a "after losing X to Y" on it (`loss-prep`), where the loss is coded as an act of the same doer with a target
  ("the group retreated ... after losing the provincial capital to the Syrian army"): that act's target;
- a surrender (`surrender-word`) reported by a member of a fighting side, the subject of the reporting verb it is the
  complement of ("Ciyager Amed, an SDF leader, said a number of Isis fighters had also surrendered"): the reporter's
  side, an armed sector or a state's forces (coding/foes.py `_armed`), the one fighters surrender to where its own
  people tell it; a state's forces only where the sentence's places all lie in that state ("a Somali army commander
  said 40 fighters had surrendered near Baidoa"; not "the Pentagon said ...", which tells of others' captures).
Never the doer's own side, nor a side the article's index of sides (coding/side_index.py) has backing the doer or
backed by it. The target says so: its `why` names the words, and the event's rule ends with "; target: the side
it gave way to (...)".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.lexicon_rows import pattern_word
from eventwire.coding.foes import armed_side_at
from eventwire.coding.tables import kind_sets
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.model import Event

_STATE_ARMED = ("MIL", "COP", "SPY")


def _words() -> dict:
    return kind_sets("gave_way.tsv")


def _word(e: Event) -> str:
    return pattern_word(e.pattern)


def _pursuer(t):
    """The "by" agent of a participle of pursuit hung on the act at `t`, or None."""
    for c in t.children:
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in _words().get("pursuit-verb", ()):
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            by = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            if by is not None:
                return by, c
    return None


def _loss(t, e: Event, sentence_events: list[Event], key):
    """The act of the same doer, with a target, told by the verb of a `loss-prep` phrase on the act ("after losing
    X to Y"), or None."""
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ not in _words().get("loss-prep", ()):
            continue
        verbs = {p.i for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"}
        for x in sentence_events:
            if x is e or x.target is None or x.source is None or x.trigger_token not in verbs \
                    or key(x.source) != key(e.source) or x.modality not in ("asserted", "reported"):
                continue
            return x
    return None


def _reporter(coder, t, ctx) -> Optional[tuple]:
    """(side, reporting verb) for a surrender at `t` that is the complement of a reporting verb whose subject is a
    member of a fighting side, or None."""
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in coder.reporting:
        return None
    v = t.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    side = armed_side_at(coder, subj, ctx)
    if side is None or (side.country and not side.entity and side.sector not in _STATE_ARMED):
        return None         # (a state's government or its leader telling it is no receiver of the surrender)
    if side.country and not side.entity:
        sent = t.sent
        places = [p for p in (ctx.places_in(sent.start_char, sent.end_char) if hasattr(ctx, "places_in") else [])
                  if p.country and not p.demonym]
        if not places or any(p.country != side.country for p in places):
            return None     # ("the Pentagon said 100 fighters had surrendered": a state's forces tell surrenders
            #                 to others abroad; only where its sentence places it at home)
    return side, v


def gave_way_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a retreat, withdrawal or surrender given the side its sentence says it gave way to (module
    doc)."""
    if sdoc is None or not events:
        return events
    from eventwire.coding.foes import TOLD
    from eventwire.coding.side_index import _own, key, side_index
    words = _words()
    todo = [i for i, e in enumerate(events) if (e.cameo or "").startswith("0874") and e.modality in TOLD
            and e.source is not None and e.target is None and e.trigger_token is not None
            and e.trigger_token < len(sdoc) and _word(e) in words.get("yield-word", ())]
    if not todo:
        return events
    quote = quote_index(ctx)
    out = list(events)
    for i in todo:
        e = events[i]
        if quote(e.trigger_start) >= 0:
            continue
        t = sdoc[e.trigger_token]
        got, why = None, None
        if (p := _pursuer(t)) is not None:
            got = armed_side_at(coder, p[0], ctx, armed=False)
            why = f"the side it gave way to ('{p[1].text} by {p[0].text}')"
        if got is None and (x := _loss(t, e, [y for y in events if y.sentence == e.sentence], key)) is not None:
            got = x.target
            why = f"the side it gave way to (the one it lost ground to: '{x.trigger_text}')"
        if got is None and _word(e) in words.get("surrender-word", ()) and (r := _reporter(coder, t, ctx)):
            got = r[0]
            why = f"the side it gave way to (the fighting side whose member reports it: '{r[1].text}')"
        if got is None or _own(got, e.source, side_index(coder, sdoc, ctx)):
            continue
        out[i] = replace(e, target=replace(got, why=f"{why}; " + (got.why or "")),
                         rule=(e.rule or "") + f"; target: {why}", counts=list(e.counts))
    return out
