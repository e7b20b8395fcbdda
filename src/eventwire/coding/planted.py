"""Devices left behind and captives held (issue 14, no source): "the hidden mine went off, killing him" after "a
house rigged with al-Shabaab booby traps"; "the hostages were murdered" after "taken hostage by al-Shabaab".

    events = planted_doers(sdoc, events, ctx)     # after foe_sides (coding/foes.py)

An act of force (CAMEO 18-20) told as done with no doer, whose subject is a device left to go off (data/coding/
planted.tsv `device`: a booby trap, a mine, an IED) told with "the" and no owner of its own, was done by the owner
the article names on the same device earlier (or before it in its sentence): a named group or an armed force as a
modifier, possessor or "of" phrase of the device noun ("Isis booby traps", "the militia's mines") or as the "by"
agent of a participle of leaving it (`planter`: "an IED planted by the militants", "mines laid by the rebels").
Only where every such owner named before it is one side; never a bare country or nationality ("Russian mines"
may be only made there), nor an owner the event already has as its target.
The source says so: its `why` begins "the owner of the '<device>' told in sentence N".

    events = captor_doers(sdoc, events, ctx)     # right after

Captives told harmed with no doer ("British and Danish hostages were murdered", "the hostages were grabbed"): an act
of force (CAMEO 18-20, abduction among them) told as done with no doer whose target is a `captive` noun (hostage,
captive) with no owner of its own was done by the one side the article names holding captives: the armed "by" agent
of a `captor-verb` ("was taken hostage by the militia", "kidnapped by the rebels"; "take" and "hold" only with a
captive noun) or the armed owner of a captive noun ("the group's hostages"). Where it names two such sides, none.
Its `why` begins "the one side the article names holding captives".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.sides import SIDES
from eventwire.coding.tables import kind_sets
from eventwire.model import Event

TOLD = ("asserted", "reported")


def _table() -> dict:
    return kind_sets("planted.tsv")


def _device(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in _table().get("device", ())
                                              or tok.lower_ in _table().get("device", ()))


def _armed(m) -> bool:
    return bool(m.code) and m.kind != "country" and (bool(m.entity) or (m.sector or "") in SIDES)


def _owners(tok, ctx) -> list:
    """The armed owners named on a device noun: modifiers, possessor, a "planted by" agent."""
    toks = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    # (the modifiers of the noun's own compound word: "Isis booby traps", parsed Isis <- booby <- traps)
    toks += [g for c in toks if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod", "poss")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":           # ("booby traps of the militia")
            toks += [p for p in c.children if p.dep_ == "pobj"]
        if c.dep_ == "acl" and c.lemma_.lower() in _table().get("planter", ()):
            toks += [p for b in c.children if b.dep_ in ("agent", "prep") and b.lower_ == "by"
                     for p in b.children if p.dep_ == "pobj"]
    out = []
    for t in toks:
        out += [m for m in ctx.mentions_at(t.idx) if _armed(m)]
    return out


def _key(a) -> str:
    return a.entity or a.code


def planted_doers(sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a device's act given the owner the article named on that device (module doc)."""
    if sdoc is None or not hasattr(ctx, "mentions_at"):
        return events
    out = list(events)
    for i, e in enumerate(events):
        if e.source is not None or e.modality not in TOLD or not (e.cameo or "")[:2] in ("18", "19", "20") \
                or e.trigger_token is None or e.trigger_token >= len(sdoc):
            continue
        t = sdoc[e.trigger_token]
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or not _device(subj) or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
                or _owners(subj, ctx):
            continue
        lemma = subj.lemma_.lower()
        found = [(m, x) for x in sdoc[:subj.i] if x.lemma_.lower() == lemma and x.pos_ in ("NOUN", "PROPN")
                 for m in _owners(x, ctx)]
        sides = {_key(m) for m, _ in found}
        if len(sides) != 1 or (e.target is not None and _key(e.target) in sides):
            continue
        m, x = found[-1]
        n = next(k for k, s in enumerate(sdoc.sents) if s.start <= x.i < s.end)
        why = f"the owner of the '{subj.text}' told in sentence {n} ('{x.text}')"
        out[i] = replace(e, source=replace(m, why=f"{why}; " + (m.why or "")),
                         rule=(e.rule or "") + f"; source: {why}", counts=list(e.counts))
    return out


def _captors(sdoc, ctx) -> list:
    """(armed actor, token) for each side the article names holding captives: the "by" agent of a `captor-verb`
    ("was taken hostage by the militia", "kidnapped by the rebels"), the owner of a `captive` noun ("the group's
    hostages", "hostages of the militia")."""
    words = _table()
    out = []
    for t in sdoc:
        if t.pos_ == "VERB" and t.lemma_.lower() in words.get("captor-verb", ()):
            if t.lemma_.lower() in ("take", "hold") and not any(c.lemma_.lower() in words.get("captive", ())
                                                                for c in t.children):
                continue                    # ("taken to hospital by the army": no captive)
            for b in t.children:
                if b.dep_ == "agent" or (b.dep_ == "prep" and b.lower_ == "by"):
                    out += [(m, p) for p in b.children if p.dep_ == "pobj" for m in ctx.mentions_at(p.idx) if _armed(m)]
        elif t.pos_ == "NOUN" and t.lemma_.lower() in words.get("captive", ()):
            out += [(m, t) for m in _owners(t, ctx)]
    return out


def captor_doers(sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with an act of force done to captives with no doer given the one side the article names holding
    captives ("British and Danish hostages were murdered" in a story of people "taken hostage by the militia")."""
    if sdoc is None or not hasattr(ctx, "mentions_at"):
        return events
    todo = []
    for i, e in enumerate(events):
        if e.source is not None or e.target is None or e.target.start is None or e.modality not in TOLD \
                or not (e.cameo or "")[:2] in ("18", "19", "20"):
            continue
        span = sdoc.char_span(e.target.start, e.target.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        x = span.root
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head                  # ("British, Danish and Kenyan hostages": each modifier of the one noun)
        noun = x if x.lemma_.lower() in _table().get("captive", ()) else x.head
        if noun.lemma_.lower() in _table().get("captive", ()) and not _owners(noun, ctx):
            todo.append(i)
    if not todo:
        return events
    found = _captors(sdoc, ctx)
    sides = {_key(m) for m, _ in found}
    if len(sides) != 1:
        return events
    m, x = found[0]
    n = next(k for k, s in enumerate(sdoc.sents) if s.start <= x.i < s.end)
    why = f"the one side the article names holding captives, in sentence {n} ('{x.text}')"
    out = list(events)
    for i in todo:
        e = events[i]
        if _key(e.target) in sides:
            continue
        out[i] = replace(e, source=replace(m, why=f"{why}; " + (m.why or "")),
                         rule=(e.rule or "") + f"; source: {why}", counts=list(e.counts))
    return out
