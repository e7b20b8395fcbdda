"""The country a state's withdrawal leaves, from the story's other tellings of it (issue 14, no target).

    events = withdrawal_targets(sdoc, events)     # a document stage, after own_movers (coding/own_moves.py)

A withdrawal of forces is aimed at the country (or side) of the place left. Many tellings name no place: "the Dutch
pullout", "Lisbon's decision to withdraw", "bringing the troops home", "its withdrawal"; they stand for the
withdrawal the story tells with its place ("Portugal will pull its soldiers out of Mozambique"). Here:

- a withdrawal: an event whose pattern is of CAMEO 087/0872/0873/0874 (done, intended or refused; the pattern's code,
  not the event's, so that "decided to withdraw" (an intention) counts) and whose trigger is a word of withdrawing
  (data/coding/withdrawals.tsv `word`: withdraw, pullout, drawdown; never a surrender or a loss of ground);
- one lacking its target: no target, a doer that is a state's side (a state, its government, forces or leader: a code
  of the country and one state sector, never an armed group or a people), and no "from"/"out of" phrase of its own
  (what that names is read by coding/place_targets.py; where it names no place, "withdraw from the talks", "pull
  back from its role", the withdrawal is from something else, and takes nothing);
- the answer: the countries the story's withdrawals by the same state (the same doer's first, then the same country's,
  not another named person's: one leader's withdrawal from one war is not another's) are aimed at, told before it or, when none is, after it; taken only where they are one country, never the doer's
  own (troops brought home name no target), and where they are several, the one its sentence is placed in.
The target says so: its `why` begins "the country the story's withdrawal" with the sentence and word it was taken
from, and the event's rule ends with "; target from the story's withdrawal: ...".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.context import STATE_SECTORS
from eventwire.coding.tables import kind_sets
from eventwire.model import Actor, Event

_LEADER = "ELI"


def _table() -> dict:
    return kind_sets("withdrawals.tsv")


def state_side(a: Optional[Actor]) -> bool:
    """A state itself, its government, forces or leader ("USAGOV", "NLD"): not an armed group or a people of it."""
    if a is None or not a.country or not a.code:
        return False
    sector = a.sector or ""
    return a.code == a.country + sector and (not sector or sector in STATE_SECTORS or sector == _LEADER)


def is_withdrawal(sdoc, e: Event) -> bool:
    t = _table()
    code = (e.pattern or "").split(".")[0]
    if code not in t.get("code", ()) or e.trigger_token is None or e.trigger_token >= len(sdoc):
        return False
    tok = sdoc[e.trigger_token]
    return bool({tok.lemma_.lower(), tok.lower_} & t.get("word", frozenset()))


def left_phrase(tok):
    """The object of the trigger's "from"/"out of" phrase ("withdrew from the talks", "pulled its forces out of X",
    "pulled back from the talks"), None where that phrase has no object, False where the trigger has no such phrase."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of") and (c.lower_ == "from" or tok.pos_ == "VERB"):
            return next((x for x in c.children if x.dep_ == "pobj"), None)
        if c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back", "away"):
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "from"):
                    return next((x for x in p.children if x.dep_ == "pobj"), None)
    return False


def _other_person(a: Actor, b: Actor) -> bool:
    """Two named people or bodies of one state ("Obama's withdrawal from Iraq" is not the one Trump decides)."""
    return bool(a.entity and b.entity and a.entity != b.entity)


def _aimed(e: Event) -> Optional[str]:
    """The country a withdrawal with a target is aimed at, other than its doer's own."""
    c = e.target.country if e.target is not None else None
    return c if c and e.source is not None and c != e.source.country else None


def withdrawal_targets(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a state's withdrawal naming no place aimed at the country the story's other tellings of the
    same state's withdrawal leave (module doc)."""
    if sdoc is None:
        return events
    wd = [e.source is not None and is_withdrawal(sdoc, e) for e in events]
    todo = [i for i, e in enumerate(events) if wd[i] and e.target is None and state_side(e.source)
            and left_phrase(sdoc[e.trigger_token]) is False]
    if not todo:
        return events
    told = [(e, _aimed(e)) for e, w in zip(events, wd) if w and _aimed(e)]
    if not told:
        return events
    out = list(events)
    for i in todo:
        e = events[i]
        found = None
        for same in (lambda x: x.source.code == e.source.code and not _other_person(x.source, e.source),
                     lambda x: x.source.country == e.source.country and not _other_person(x.source, e.source)):
            mine = [(x, c) for x, c in told if same(x)]
            before = [(x, c) for x, c in mine if x.sentence <= e.sentence]
            for group in (before, mine):
                countries = {c for _, c in group}
                if len(countries) > 1 and e.location is not None and e.location.country in countries:
                    countries = {e.location.country}
                if len(countries) == 1:
                    found = [(x, c) for x, c in group if c in countries]
                    break
                if countries:
                    found = []
                    break
            if found is not None:
                break
        if not found:
            continue
        act, country = min(found, key=lambda xc: (abs(xc[0].sentence - e.sentence), xc[0].sentence > e.sentence))
        sents = sorted({x.sentence for x, _ in found})
        why = (f"the country the story's withdrawal by the same side leaves, in sentence{'s' if len(sents) > 1 else ''} "
               f"{', '.join(map(str, sents[:3]))} ('{act.trigger_text}': {country})")
        target = Actor.national(country, name=None, entity=None, text=None, start=None,
                                end=None, kind="country", why=why)
        out[i] = replace(e, target=target, rule=(e.rule or "") + f"; target from the story's withdrawal: {why}",
                         counts=list(e.counts))
    return out
