"""Acts told together in one passive (issue 14, no source): "the villagers were rounded up and shot", "he was
abducted and tortured" tells acts done to the same people by the same doer. Where a later stage gave one of them a
doer (coding/doers.py, coding/sides.py, coding/foes.py: "shot" takes the one doer of the article's killings) and
another, an act of custody or force, still has none (or only the police of no country, the implicit agent guessed
for an arrest no place locates: knowledge/implicit_agents.py), it shares that doer.

    events = shared_doers(sdoc, events)      # after foe_sides (pipeline.py)

Only verbs coordinated in one passive with no subject or "by" agent of their own (the first conjunct's passive
subject is everyone's), of custody (CAMEO 173, 181) or force (roots 18-20) (an interrogation, 091, takes one but
gives none), told as done, done to the same one (the
same target code), and never a doer that is the target itself. The rule says "; source shared with '<verb>', told in
the same passive".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.model import Event
from eventwire.coding.force_codes import FORCE_ROOTS

TOLD = ("asserted", "reported")
CUSTODY = ("173", "181")
QUESTIONED = ("091",)         # (an interrogation: takes a doer, never gives one)


def _shares(code: str) -> bool:
    return code[:3] in CUSTODY or code[:2] in FORCE_ROOTS


def _takes(code: str) -> bool:
    """Whether an act with no doer may take the doer of another act of its passive: custody and force, and the
    questioning of those held ("they were detained, questioned and beaten": CAMEO 091), which only the captors
    do; an interrogation never lends its doer."""
    return _shares(code) or code[:3] in QUESTIONED


def _passive_chain(t) -> Optional[object]:
    """The first verb of the coordination a passive participle is in, where that verb has the passive subject and no
    conjunct has a subject or agent of its own; else None."""
    if t.tag_ != "VBN":
        return None
    head = t
    while head.dep_ == "conj" and head.head is not head and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if not any(c.dep_ == "nsubjpass" for c in head.children):
        return None
    for v in [head] + list(head.conjuncts):
        if v is not head and any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in v.children):
            return None        # ("were detained and the police beat them": another clause)
    return head


GUESS = "implicit agent: the police, for"     # (knowledge/implicit_agents.py: an arrest in no country the text names)


def _open(e: Event) -> bool:
    """Whether the event has no doer, or only the police of no country guessed for an arrest no place locates."""
    return e.source is None or (not e.source.country and (e.source.why or "").startswith(GUESS))


def shared_doers(sdoc, events: list[Event]) -> list[Event]:
    """The events, with an act of custody or force told with no doer in one passive with another that has one taking
    that doer (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    by_token: dict = {}
    for e in events:
        if not _open(e) and e.trigger_token is not None and e.modality in TOLD and _shares(e.cameo or ""):
            by_token.setdefault(e.trigger_token, []).append(e)
    if not by_token:
        return events
    out = []
    for e in events:
        t = sdoc[e.trigger_token] if _open(e) and e.trigger_token is not None \
            and e.trigger_token < len(sdoc) else None
        if t is None or e.modality not in TOLD or not _takes(e.cameo or "") or e.target is None \
                or (head := _passive_chain(t)) is None:
            out.append(e)
            continue
        got = None
        for u in [head] + list(head.conjuncts):
            if u.i == t.i:
                continue
            for o in by_token.get(u.i, ()):
                if o.target is not None and o.target.code == e.target.code and o.source.code != e.target.code:
                    got = (u, o)
                    break
            if got:
                break
        if got is None:
            out.append(e)
            continue
        u, o = got
        how = f"source shared with '{u.text}', told in the same passive"
        out.append(replace(e, source=replace(o.source, why=f"{how}; " + (o.source.why or "")),
                           rule=e.rule + f"; {how}", counts=list(e.counts)))
    return out
