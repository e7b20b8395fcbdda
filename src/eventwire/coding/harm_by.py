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
"""
from __future__ import annotations

from eventwire.coding.taken_target import with_target
from eventwire.model import Event

FORCE = ("18", "19", "20")
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
    for e in events:
        got = None
        if e.target is None and e.source is not None and e.source.code and (e.cameo or "").startswith(FORCE) \
                and e.trigger_token is not None and e.trigger_token < len(sdoc):
            got = _harm(sdoc[e.trigger_token], e, by_token)
        if got is None:
            out.append(e)
            continue
        verb, target = got
        said = f"the one the harm '{verb.text}' it did was done to"
        out.append(with_target(e, target, said))
    return out


def _harm(t, e: Event, by_token: dict):
    """(verb, target) of the harm an act of force named by a noun did: the verb whose "by" phrase or subject it is."""
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
    if verb.pos_ not in ("VERB", "AUX"):
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
