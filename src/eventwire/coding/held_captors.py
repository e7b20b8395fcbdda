"""The captor of people taken with no doer, from the one who the article says holds them (issue 14, no source: implied
doers of captures).

    events = held_captors(events)      # a document stage, after fill_sides (coding/sides.py): events coded and placed

"Two Londoners were captured in January" names no captor; a story of a war often tells elsewhere who holds the same
people: "three other British men are in Kurdish custody in Syria", "He remains in Kurdish captivity". An act of
taking someone into custody (a `start` phase of data/coding/custody_phases.tsv: a capture, seizure, arrest, round-up)
told as done with no doer after every other stage takes as its doer:
  1. the doer of another act of taking the same captives into custody the article names (anywhere in it: "captured by
     the SDF" told later); the same captives are the same person the lists know, the same words of two words or more
     (coding/captors._keys), a pronoun coreference linked to them, or, in the sentence before or after, people of the
     same country that no named group is ("British men" ... "Londoners X and Y" ... GBR);
  2. else the local armed side that holds the same captives in the war where they were taken: the doer of an act of
     holding (a `state` phase: custody, captivity, holding) on them, where that doer is an irregular side, a people's
     body or a group with no state (state_agents._irregular), not a state: a foreign state's custody may be a hand-over
     ("now in US custody", after a capture by the Kurds), which sides.py keeps apart for that reason.
Never where two sides answer at the same nearness, where the capture's own words place it in a country the captor
is not known to be in (neither its own country nor its holding's place: "captured in Istanbul" beside "Kurdish
custody" with no place), nor from a captor that no words name (an implicit agent or a side another stage took from
the article). A people's body with no country of its own ("Kurdish") takes the country of the capture's place, else
of the holding's own place, where that is one of its homelands (data/actors/peoples.tsv). The source's `why` says
"the captor the article names for the same captives" or "the local side that holds the same captives" with the
sentence and words of that act, and the event's rule ends with "; doer: ..." saying the same.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.captors import _keys
from eventwire.coding.sides import _phase
from eventwire.coding.state_agents import _irregular
from eventwire.model import Event

CUSTODY = "173"
TOLD = ("asserted", "reported")
NEAR = 1                        # sentences apart for captives matched only by their country
OWN_PLACE = ("clause", "sentence")
GROUP_KINDS = ("group", "igo", "party")


def _named_doer(a) -> bool:
    """Whether an act's doer is one its words name (not an implicit agent, not a side taken from the article)."""
    why = (a.why or "") if a is not None else ""
    return a is not None and bool(a.code) and not why.startswith(("implicit agent", "from the article")) \
        and "the captor the article names" not in why and "holds the same captives" not in why


def _people(t) -> bool:
    """Whether a captive is people of a country (not a named group: "Isis" is no nationality)."""
    return t is not None and bool(t.country) and t.kind not in GROUP_KINDS


def _same_captives(e: Event, h: Event) -> Optional[str]:
    """How the captives of `h` are those of `e`: 'same' (identity, words, coreference), 'country' (people of the same
    country in the sentence next to it), else None."""
    mine = set(_keys(e.target)) | set(_keys(e.target, noted=True))
    theirs = set(_keys(h.target)) | set(_keys(h.target, noted=True))
    if mine & theirs:
        return "same"
    if abs(h.sentence - e.sentence) <= NEAR and _people(e.target) and _people(h.target) \
            and e.target.country == h.target.country and h.target.code != h.source.code:
        return "country"
    return None


def _country_of(a, e: Event, h: Event):
    """The holder `a`, with a people's body placed in the country of the capture's place, else of the holding's own
    place, where that is one of its homelands."""
    if a.country:
        return a
    from eventwire.knowledge.actor_bodies import homelands
    code = (a.code or "").upper()
    homes = next((got for k, got in homelands().items() if k and code.startswith(k)), None)
    for loc in (e.location, h.location):
        if homes and loc is not None and loc.country in homes and loc.precision in OWN_PLACE:
            return replace(a, code=loc.country + a.code, country=loc.country,
                           why=(a.why or "") + f"; placed in {loc.country} by '{loc.text}', one of its homelands")
    return a


def _elsewhere(e: Event, a, h: Event) -> bool:
    """Whether the capture's own words place it in another country than the captor's, or in a country where the
    captor's (no country of its own, its holding placed nowhere) cannot be told to be ("captured in Istanbul" beside
    "in Kurdish custody": not plainly the same war)."""
    loc = e.location
    if loc is None or not loc.country or loc.precision not in OWN_PLACE:
        return False
    theirs = {a.country, h.location.country if h.location is not None else None} - {None}
    return loc.country not in theirs


def _pick(e: Event, found: list) -> Optional[tuple]:
    """The nearest (holder event, actor) of `found`, or None where two sides answer at the same nearness."""
    if not found:
        return None
    near = min(abs(h.sentence - e.sentence) for h, _ in found)
    best = [(h, a) for h, a in found if abs(h.sentence - e.sentence) == near]
    if len({a.code for _, a in best}) != 1:
        return None
    return min(best, key=lambda x: (x[0].sentence > e.sentence, x[0].trigger_start))


def held_captors(events: list[Event]) -> list[Event]:
    """The events, with a capture told with no doer given the captor or local holder the article names for the same
    captives (module doc)."""
    todo = [i for i, e in enumerate(events) if e.source is None and e.target is not None and e.modality in TOLD
            and (e.cameo or "").startswith(CUSTODY) and _phase(e.pattern) == "start"]
    if not todo:
        return events
    acts = [h for h in events if (h.cameo or "").startswith(CUSTODY) and h.modality in TOLD and h.target is not None
            and _named_doer(h.source) and h.source.code != h.target.code]
    if not acts:
        return events
    out = list(events)
    for i in todo:
        e = out[i]
        takers, holders = [], []
        for h in acts:
            if h is e or h.trigger_start == e.trigger_start:
                continue
            how = _same_captives(e, h)
            if how is None:
                continue
            phase = _phase(h.pattern)
            if phase == "start":
                takers.append((h, h.source))
            elif phase == "state" and _irregular(h.source):
                holders.append((h, h.source))
        got, said = _pick(e, takers), "the captor the article names for the same captives"
        if got is None:
            got, said = _pick(e, holders), "the local side that holds the same captives"
        if got is None:
            continue
        h, a = got
        if _elsewhere(e, a, h):
            continue
        a = _country_of(a, e, h)
        how = f"{said} (sentence {h.sentence}, '{h.trigger_text}')"
        src = replace(a, why=f"{how}; " + (a.why or ""))
        out[i] = replace(e, source=src, rule=(e.rule or "") + f"; doer: {how}", counts=list(e.counts))
    return out
