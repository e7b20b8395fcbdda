"""Own-side moves told in the passive (issue 14, no source): "Japanese troops were withdrawn from the island", "all
Dutch embassy staff will be pulled out", "Canadian sanctions were lifted on two firms". A state or group deploys,
stations, withdraws or recalls its own forces and staff, and lifts or imposes its own measures; told in the passive
with no doer, the act reads as done by no one, and the owner named on the moved noun was coded as its target.

    events = own_movers(sdoc, events, ctx)     # after the borrowed doers (pipeline.py)

An event with no source whose trigger is a passive participle of a `verb` row of data/coding/own_moves.tsv, with no
"by" agent, whose passive subject (or the noun the participle describes: "Swiss soldiers stationed in the north")
is an `own` noun (troops, forces, staff, diplomats: the body's own) or a `measure` noun (sanctions, an embargo)
takes as its source the one actor named on that noun as a modifier or possessor ("Japanese", "Canada's", "US
State Department"): a bare country takes the row's sector ("Japanese troops": JPNMIL). Never a person, never two
owners ("British and French troops": which one moved which is not for this stage), never people held by another
(a `held` modifier: "captured Malian soldiers were sent to a camp"), and for a measure only where the
act names another side as its target (a compound name on "sanctions" may be the side they are aimed at: "Iran
sanctions were eased"). A target that was only the moved noun's owner is dropped: the owner is the doer, and the
act is aimed at no one it names. The rule says "; source: the owner of the '<noun>' it moved (own-side passive)".
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Optional

from eventwire.coding.tables import coding_table
from eventwire.model import Event

TOLD = ("asserted", "reported", "intent")
MODS = ("amod", "compound", "poss", "nmod")


@functools.cache
def _table() -> dict:
    out: dict = {"verb": set(), "held": set(), "own": {}, "measure": {}}
    for kind, value, sector, *_ in coding_table("own_moves.tsv"):
        if kind in ("verb", "held"):
            out[kind].add(value)
        elif kind in ("own", "measure"):
            out[kind][value] = sector
        else:
            raise ValueError(f"own_moves.tsv: unknown kind {kind!r}")
    return out


def _noun_row(noun) -> Optional[tuple]:
    """(kind, sector) of an `own` or `measure` noun ("air power": the noun with that compound before it)."""
    table = _table()
    lemma = noun.lemma_.lower()
    before = {c.lower_ for c in noun.children if c.dep_ == "compound"}
    for kind in ("own", "measure"):
        for value, sector in table[kind].items():
            words = value.split()
            if words[-1] == lemma and all(w in before for w in words[:-1]):
                return kind, sector
    return None


def _held(noun) -> bool:
    """Whether a modifier before the noun, or a participle after it, says its people are held by another."""
    held = _table()["held"]
    mods = [x for x in noun.subtree if x.i < noun.i] + [c for c in noun.children if c.dep_ == "acl"]
    for x in mods:
        w = x.lower_
        if x.lemma_.lower() in held or any(w.endswith(e) and w[:-len(e)] in held for e in ("d", "ed", "ped")):
            return True
    return False


def _patient(t):
    """The noun a passive participle was done to: its passive subject, or the noun it describes."""
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return subj
    if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    return None


def _owners(noun, ctx) -> list:
    """The actors named on the noun as its modifiers or possessor (and their own compounds: "US State Department
    staff"), one per code; no person."""
    toks = [c for c in noun.children if c.dep_ in MODS]
    toks += [g for c in toks if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod", "poss")]
    out: dict = {}
    for x in toks:
        for m in ctx.mentions_at(x.idx):
            if m.code and (m.kind or "") != "person" and (m.country or m.entity):
                out.setdefault(m.code, m)
    found = list(out.values())
    if len(found) > 1 and len({m.country for m in found}) == 1 and found[0].country \
            and not any(m.entity for m in found):
        # (one state's names, "US State Department": its fullest code)
        found = [max(found, key=lambda m: len(m.code))]
    return found


def _as_doer(m, sector: str):
    """The owner as the doer: a bare country takes the noun's sector."""
    if m.country and m.code == m.country and sector and sector != "-":
        return replace(m, code=m.country + sector, sector=sector)
    return m


def own_movers(sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a passive move of one's own forces, staff or measures given their owner as its doer."""
    if sdoc is None or not hasattr(ctx, "mentions_at"):
        return events
    verbs = _table()["verb"]
    out = list(events)
    for i, e in enumerate(events):
        if e.source is not None or e.modality not in TOLD or e.trigger_token is None \
                or e.trigger_token >= len(sdoc):
            continue
        t = sdoc[e.trigger_token]
        if t.tag_ != "VBN" or t.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in t.children):
            continue            # (a doer named but not resolved stays unknown)
        noun = _patient(t)
        row = _noun_row(noun) if noun is not None else None
        if row is None or _held(noun):
            continue            # (not "captured soldiers were sent to a camp": their captors sent them)
        kind, sector = row
        owners = _owners(noun, ctx)
        if len(owners) != 1:
            continue
        m = owners[0]
        target = e.target
        span = (min(c.idx for c in noun.subtree), max(c.idx + len(c) for c in noun.subtree))
        inside = target is not None and target.start is not None and span[0] <= target.start < span[1]
        if kind == "measure" and (target is None or inside or (target.country and target.country == m.country)):
            continue            # ("Iran sanctions were eased": maybe sanctions on Iran)
        if target is not None and (inside or target.code == m.code
                                   or (target.country and target.country == m.country and not target.sector)):
            target = None       # (the owner was read as the target: "Australian air power was deployed")
        doer = _as_doer(m, sector)
        why = f"the owner of the '{noun.text}' it moved (own-side passive)"
        out[i] = replace(e, source=replace(doer, why=f"{why}; " + (m.why or "")), target=target,
                         rule=(e.rule or "") + f"; source: {why}", counts=list(e.counts))
    return out
