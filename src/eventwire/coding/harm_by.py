"""Targets of acts of force named as the means of a harm (issue 14): an airstrike, shelling or raid told with its doer
but no target of its own takes the target of the harm its clause says it did.

    events = harm_targets(sdoc, events)    # after answered_targets (coding/answered.py)

"Thousands of families in Idlib have been uprooted by Russian and Syrian bombing and shelling": the
coder codes "uprooted" (201: SYRCVL as its target, no doer where two sides did it) and the airstrikes (195: RUS, and
SYR, no target). The airstrikes were done to the people they uprooted: each takes the harm's target. The harm is the
verb whose "by" phrase names the act (a passive: "were killed by Russian airstrikes", "uprooted by shelling") or
whose subject it is ("Turkish shelling killed five civilians"), coded as an act of force (CAMEO 18, 19, 20) with a
target. Never:
- a target of the act's own side (a state's forces do not harm their own state: "Syrian soldiers were killed by
  Syrian shelling" names no target the coder can trust; its own civilians they may: "civilians uprooted by Syrian
  airstrikes");
- a harm with targets of two sides ("killed fighters and civilians": whose they were is the coder's);
- an act that has a target, or one with no named doer (doers.py borrows doers; this stage fills targets only).
The target taken says so: its `why` begins "the one the harm '...' was done to", and the event's rule ends with
"; target: the one the harm '...' it did was done to".

A harm coded as a mass expulsion (201: "uprooted", "displaced") whose means is such an act of force with a named doer,
that took its target or has the same one of its own, is dropped (not where the attack's own target is another:
"attacks on rebel-held Idlib displaced 300,000 people" keeps the displacement of the people): people uprooted by airstrikes fled the bombing, which is coded (195, its doer to them); no one
drove them out ("were uprooted by Russian airstrikes": RUS 195 to the civilians, no 201).
"""
from __future__ import annotations

from eventwire.coding.taken_target import with_target
from eventwire.model import Event

FORCE = ("18", "19", "20")
FLIGHT = ("201",)        # a mass expulsion, when the harm an attack did: flight from it, not an expulsion
STATE = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def harm_targets(sdoc, events: list[Event]) -> list[Event]:
    """The events, with an act of force named as the means of a harm taking that harm's target (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    by_token: dict = {}
    for e in events:
        # (the tokens of its act: a harm folded into the act that did it, "airstrikes killed", is at both words)
        for i in set(e.act_tokens or ()) | ({e.trigger_token} if e.trigger_token is not None else set()):
            by_token.setdefault(i, []).append(e)
    out = []
    fled = set()              # the verbs of harms of flight whose means took their target
    fled_from = set()         # (verb, target code) of an act of force that has its own target, the harm's means
    for e in events:
        got = None
        if e.target is None and e.source is not None and e.source.code and (e.cameo or "").startswith(FORCE) \
                and e.trigger_token is not None and e.trigger_token < len(sdoc):
            got = _harm(sdoc[e.trigger_token], e, by_token)
        if got is None:
            if e.target is not None and e.source is not None and e.source.code and e.trigger_token is not None \
                    and e.trigger_token < len(sdoc) and (e.cameo or "").startswith(FORCE) \
                    and not (e.cameo or "").startswith(FLIGHT) \
                    and (verb := _means_verb(sdoc[e.trigger_token])) is not None:
                fled_from.add((verb.i, e.target.code))   # (an act of force with its own target, the harm's means)
            out.append(e)
            continue
        verb, target = got
        said = f"the one the harm '{verb.text}' it did was done to"
        out.append(with_target(e, target, said))
        if not (e.cameo or "").startswith(FLIGHT):
            fled.add(verb.i)
    return [e for e in out if not (e.cameo or "").startswith(FLIGHT)
            or not (e.trigger_token in fled or (e.trigger_token, e.target and e.target.code) in fled_from)]


def _means_verb(t):
    """The verb of the harm an act of force named by a noun did: the verb whose "by" phrase or subject it is."""
    if t.pos_ != "NOUN":
        return None
    n = t
    while n.dep_ == "conj" and n.head.pos_ == "NOUN":
        n = n.head              # ("by Russian and Syrian bombing and shelling")
    if n.dep_ == "pobj" and n.head.lower_ == "by" and n.head.dep_ in ("agent", "prep"):
        verb = n.head.head
        for _ in range(3):
            # ("hundreds were displaced, most of them for the third time, by bombing": the parser hung the
            # agent on the passive's subject or on a phrase about it, "many of them", read as an apposition or an
            # adverbial clause)
            if verb.pos_ not in ("NOUN", "PRON", "ADJ") or verb.dep_ not in ("appos", "nsubjpass", "advcl") \
                    or verb.head.i == verb.i:
                break
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
                return None
    elif n.dep_ == "nsubj":
        verb = n.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _harm(t, e: Event, by_token: dict):
    """(verb, target) of the harm an act of force named by a noun did: the verb whose "by" phrase or subject it is."""
    verb = _means_verb(t)
    if verb is None:
        return None
    targets = [x.target for x in by_token.get(verb.i, ()) if x is not e and x.target is not None
               and x.target.code and (x.cameo or "").startswith(FORCE)]
    if not targets:
        return None
    if len({a.country or a.code for a in targets}) != 1:
        return None
    target = targets[0]
    s = e.source
    if target.code == s.code or (target.country and target.country == s.country
                                 and (target.sector or "GOV") in STATE and (s.sector or "GOV") in STATE):
        return None             # (a state's forces do not harm its own state; its own civilians, they may)
    return verb, target
