"""The country a state's withdrawal leaves where its phrase names no country (issue 14, no target).

    events = withdrawal_places(sdoc, events)     # a document stage, after withdrawal_targets (coding/withdrawals.py)

coding/withdrawals.py aims a withdrawal told with no place at the country the story's other withdrawals by that state
leave. Where the story has none (no withdrawal of it has a target), a withdrawal still plainly leaves a country when:

- its "from"/"out of" phrase names a place by a word that stands for one told nearby (data/coding/
  withdrawal_places.tsv `area`: "out of the area", "from the region", "from the conflict"), or it has no such phrase
  and what it moves is forces (`forces`: "pulled back its troops", "drew down its presence") or nothing named
  ("the army pulled out"); a phrase naming anything else ("from the talks", "out of the deal") takes nothing;
- and the place is plain: the country where the withdrawn forces are said to be (`posted`: "the troops stationed in
  Chad"), else the country of the event's own place in its clause or sentence, else the one country the previous
  sentence's events are placed in (by clause or sentence).
Never the doer's own country (troops brought home name no target). The doer is a state's side, as in withdrawals.py.
The target's `why` begins "the country of the place the withdrawal leaves", and the rule ends with "; target from
the withdrawal's place: ...".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.tables import kind_sets
from eventwire.coding.withdrawals import is_withdrawal, left_phrase, state_side
from eventwire.model import Actor, Event

_NEAR = ("clause", "sentence")


def _table() -> dict:
    return kind_sets("withdrawal_places.tsv")


def _moved(tok):
    """The thing the trigger moves (its object), or None."""
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            return c
    if tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((x for x in c.children if x.dep_ == "pobj"), None)
    return None


def _adjective_doer(tok, source) -> bool:
    """The doer named only by an adjective of the withdrawal noun ("the Syrian withdrawal"), which may as well name
    the country left."""
    return source.start is not None and any(c.dep_ == "amod" and c.idx == source.start for c in tok.children)


def _posted_span(noun, posted) -> Optional[tuple]:
    """The characters of a "stationed/deployed/based in X" phrase on the withdrawn forces."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in posted:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "inside", "across", "on"):
                    sub = list(p.subtree)
                    return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return None


def _place(e: Event, events: list[Event], span) -> tuple[Optional[str], str]:
    """The country the withdrawal leaves and how it was found (for its `why`), or (None, "")."""
    loc = e.location
    if span is not None and loc is not None and loc.start is not None and span[0] <= loc.start < span[1]:
        return loc.country, "where the forces are posted"
    if loc is not None and loc.precision in _NEAR and loc.country:
        return loc.country, "of its place"
    prev = {x.location.country for x in events if x.sentence == e.sentence - 1 and x.location is not None
            and x.location.precision in _NEAR and x.location.country}
    return (next(iter(prev)), "of the previous sentence's places") if len(prev) == 1 else (None, "")


def withdrawal_places(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a state's withdrawal whose phrase names no country aimed at the country of the place it plainly
    leaves (module doc)."""
    if sdoc is None:
        return events
    t = _table()
    out = list(events)
    if any(x.target is not None and x.target.country and is_withdrawal(sdoc, x) for x in events):
        return events                       # the story's own withdrawal with its place decides (withdrawals.py)
    for i, e in enumerate(events):
        if e.target is not None or not state_side(e.source) or not is_withdrawal(sdoc, e):
            continue
        tok = sdoc[e.trigger_token]
        if _adjective_doer(tok, e.source):
            continue                        # "the Syrian withdrawal": the country left as much as the doer
        left = left_phrase(tok)
        moved = _moved(tok)
        if left is None:
            continue
        if left is not False and left.lower_ not in t.get("area", ()):
            continue                        # "from the talks", "out of the deal", a place already read elsewhere
        if left is False and moved is not None and moved.lower_ not in t.get("forces", ()):
            continue                        # "withdrew its support", "withdrew the bill"
        span = _posted_span(moved, t.get("posted", ())) if moved is not None and left is False else None
        country, where = _place(e, events, span)
        if not country or country == e.source.country:
            continue
        why = f"the country of the place the withdrawal leaves, {where} ('{e.trigger_text}': {country})"
        target = Actor.national(country, name=None, entity=None, text=None, start=None,
                                end=None, kind="country", why=why)
        out[i] = replace(e, target=target, rule=(e.rule or "") + f"; target from the withdrawal's place: {why}",
                         counts=list(e.counts))
    return out
