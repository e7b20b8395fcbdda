"""Harm told in a "where" clause of a place the act was done to (issue 14, no source): "Government jets pounded the
suburbs of Aleppo, where 40 people were killed"; "the army's offensive on the province of Idlib, where 300,000 people
have been displaced, continues".

    events = where_doers(sdoc, events, ctx)     # after foe_sides (coding/foes.py), before retold_doers

A relative clause opened by "where" (or "when") that hangs on the place (or time) an act of force was done at, to or
in tells what that act did there; its harm was the act's doer's. coding/doers.py joins an act of force with no doer
to the act or weapon its own clause names, or to the act a relative clause tells of when the clause hangs on the act
noun itself ("the raid, which killed six"); a clause that hangs on the act's place is read here:

- the event: an act of force (CAMEO roots 18-20) told as done (asserted or reported) with no source, whose trigger
  is the verb of a relative clause (or a verb joined to it: "where 69 were killed and hundreds wounded") with
  "where" or "when" and no subject of its own but its victim (a passive, or "died" with the victim as subject; no
  "by" phrase);
- the act: from the noun the clause hangs on, up through the phrases it is part of ("of", "in", "on", "against",
  ... phrases, apposition, joined nouns, and the object of a verb), at most STEPS steps and never past the first
  verb: the first word that is the trigger or a word (act noun, light verb) of an event of force told as done with
  a named doer ("pounded the suburbs of Aleppo", "the army's offensive on the province of Idlib ... continues");
- never: a doer that is the event's own target or its side (a state's forces do not kill their own forces); an act
  told in another quotation than the event's.
The source's `why` begins "the doer of the act at '<place>', the place its 'where' clause hangs on" with the act's
words and sentence, and the event's rule ends with "; implicit agent: the doer of the act at the place ('<words>')".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.answered import is_named
from eventwire.coding.doers import FORCE, TOLD, doerless_force, own_forces
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.model import Event

OPENERS = frozenset({"where", "when"})
UP_DEPS = frozenset({"pobj", "prep", "appos", "conj", "compound", "dobj", "nsubjpass", "npadvmod"})
STEPS = 6


def _relative(t):
    """The "where"/"when" relative clause verb that `t` is, or is joined to, or None."""
    x = t
    while x.dep_ == "conj" and x.head.i != x.i and x.head.pos_ in ("VERB", "AUX"):
        x = x.head
    if x.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ in OPENERS for c in x.children):
        return None
    return x


def _opener(rel) -> str:
    return next((c.lower_ for c in rel.children if c.dep_ == "advmod" and c.lower_ in OPENERS), "where")


def _own_subject(t, e: Event) -> bool:
    """Whether the clause names a doer of its own: a "by" phrase, or an active subject that is not the victim."""
    for x in (t, *[c for c in t.children if c.dep_ == "conj"]):
        for c in x.children:
            if c.dep_ == "agent":
                return True
            if c.dep_ == "nsubj" and x is t:     # (a joined verb's subject is its own victim: "and hundreds wounded")
                tgt = e.target
                if tgt is None or tgt.start is None or not (c.left_edge.idx <= tgt.start <= c.right_edge.idx
                                                            + len(c.right_edge.text)):
                    return True
    return False


def _act_at(head, acts: dict) -> Optional[Event]:
    """The act of force with a named doer whose place the noun `head` is (module doc), or None."""
    x = head
    for _ in range(STEPS):
        got = acts.get(x.i)
        if got is not None:
            return got
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i or x.dep_ not in UP_DEPS:
            return None
        x = x.head
    return None


def where_doers(sdoc, events: list[Event], ctx=None) -> list[Event]:
    """The events, with the harm told in a "where" clause of an act's place given that act's doer (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    todo = [i for i, e in enumerate(events) if doerless_force(e, sdoc)]
    if not todo:
        return events
    acts: dict = {}
    for x in events:
        if is_named(x.source) and (x.cameo or "")[:2] in FORCE and x.modality in TOLD and x.trigger_token is not None:
            for k in (x.trigger_token, *(x.act_tokens or ())):
                if k is not None and 0 <= k < len(sdoc):
                    acts.setdefault(k, x)
    if not acts:
        return events
    quote = quote_index(ctx)
    out = list(events)
    for i in todo:
        e = events[i]
        t = sdoc[e.trigger_token]
        rel = _relative(t)
        if rel is None or _own_subject(rel, e):
            continue
        act = _act_at(rel.head, acts)
        if act is None or act is e or act.sentence != e.sentence or quote(act.trigger_start) != quote(e.trigger_start):
            continue
        d = act.source
        tgt = e.target
        if tgt is not None and (d.code == tgt.code or (d.entity and d.entity == tgt.entity) or own_forces(d, tgt)):
            continue
        said = (f"the doer of the act at '{rel.head.text}', the place its '{_opener(rel)}' clause hangs on "
                f"('{act.trigger_text}', sentence {act.sentence})")
        taken = replace(d, why=f"{said}; " + (d.why or ""))
        out[i] = replace(e, source=taken, counts=list(e.counts),
                         rule=(e.rule or "") + f"; implicit agent: the doer of the act at the place "
                                               f"('{act.trigger_text}')")
    return out
