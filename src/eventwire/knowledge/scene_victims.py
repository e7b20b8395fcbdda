"""The victims of an act of force are of the place it was done (issue 14, item 3; run by pipeline.py last, after
home_dissent.py).

    events = scene_victims(sdoc, events, ctx)

A sector-only target of an act of force (CAMEO 18, 19, 20) whose head is a noun for the people or places such an act
hits where they live (data/coding/actor_country.tsv `scene-victim`: civilians, people, residents, worshippers,
churches, hospitals) and that no step before placed, takes the country of the place the event location found for
the act in its own clause or sentence: "the group claimed a shooting at a mosque in Kano, killing about a dozen
people" (NGACVL), "an attack on a market in Idlib that killed 20 civilians" (SYRCVL). The actor steps could not place
them where the sentence names places of two countries ("A day after the Baghdad bombing ...") or the place hangs on
another noun of the act ("at a mosque in Kano"); the event location has chosen the act's place, and the victims are
its people. Precision first, it stays bare where:
- a word of its own phrase says it is foreign or held (data/coding/actor_country.tsv `foreign`: hostages,
  foreigners, coalition), or it is a pronoun or a name (its country is whose it is, not where it was);
- the place is coordinated with another place ("civilians in Iraq and Syria": of either), is where something went
  or met or was talked about (a destination, a venue, a topic: knowledge/actor_where.Where.role), or lies in the
  doer's own words ("Riyadh-led airstrikes");
- the place is only the sentence's (not the act's clause's) and the sentence names a place of another country that
  is not a mere modifier of a noun ("the Baghdad bombing" names another act's place, not this one's).
The target's `why` says which place gave the country.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.force_codes import FORCE_ROOTS
from eventwire.doc_index import span_root
from eventwire.knowledge.actor_where import where_of, word_kinds

_PRECISE = ("clause", "sentence")


def _head(sdoc, a):
    return span_root(sdoc, a.start, a.end) if a.start is not None and a.end is not None else None


def _phrase_words(head) -> set:
    return {t.lower_ for t in head.subtree if head.left_edge.i <= t.i <= head.i}


def _coordinated(sdoc, loc) -> bool:
    """Whether the place's name is one of coordinated places ("in Iraq and Syria")."""
    h = span_root(sdoc, loc.start, loc.end)
    return h is not None and any(c.i != h.i and c.ent_type_ in ("GPE", "LOC", "FAC") for c in h.conjuncts)


def _modifier(sdoc, start: int, end: int) -> bool:
    """Whether a place's name only modifies a noun ("the Kabul assault"): it names that thing, not where this act
    was done."""
    h = span_root(sdoc, start, end)
    return h is not None and h.dep_ in ("compound", "amod", "nmod") and h.head.pos_ == "NOUN" and h.head.i > h.i


def _other_places(sdoc, sent, loc, where, anchor) -> bool:
    """Whether the sentence names a place of another country than the location's that is no noun's modifier, or
    modifies the act's own noun ("the Kabul attack, which killed nine people": the attack's own place)."""
    own = {anchor.i} | {t.i for t in anchor.ancestors} | {c.i for c in anchor.children if c.dep_ in ("nsubj",
                                                                                                     "nsubjpass")}
    for item in where.in_sentence(sent):
        country, start, end, _text, kind = item[:5]
        demonym = item[5] if len(item) > 5 else False
        if kind != "place" or demonym or country == loc.country:
            continue
        h = span_root(sdoc, start, end)
        if not _modifier(sdoc, start, end) or h.head.i in own:
            return True
    return False


def _scene_country(sdoc, e, ctx):
    """(country, why) for the event's bare target, or None (module doc)."""
    kinds = word_kinds()
    t, loc = e.target, e.location
    if t is None or t.country or not t.code or t.code != t.sector or t.name or t.entity:
        return None
    if (e.cameo or "")[:2] not in FORCE_ROOTS or e.trigger_token is None:
        return None
    if loc is None or loc.precision not in _PRECISE or not loc.country or loc.demonym or loc.start is None:
        return None
    why = t.why or ""
    if "coreference" in why or "no country:" in why:
        return None             # (a pronoun's people are whoever it stands for; victims_apart set this one aside)
    head = _head(sdoc, t)
    if head is None or head.lower_ not in kinds.get("scene-victim", frozenset()):
        return None
    if _phrase_words(head) & kinds.get("foreign", frozenset()):
        return None
    s = e.source
    if s is not None and s.start is not None and s.end is not None and s.start <= loc.start < s.end:
        return None             # (the doer's own words: "Riyadh-led airstrikes")
    if not (0 <= e.trigger_token < len(sdoc)):
        return None
    sent = sdoc[e.trigger_token].sent
    if not sent.start_char <= loc.start < sent.end_char or not sent.start_char <= t.start < sent.end_char:
        return None
    where = where_of(ctx, sdoc)
    if where.role(loc.start, loc.end) in ("destination", "departure", "venue", "topic") \
            or loc.start < (t.end or 0) and t.start <= loc.start:
        return None
    if _coordinated(sdoc, loc):
        return None
    if loc.precision == "sentence" and _other_places(sdoc, sent, loc, where, sdoc[e.trigger_token]):
        return None
    return loc.country, f"from the place of the act '{loc.text}' (its {loc.precision}'s): victims of force are of " \
                        f"where it was done"


def scene_victims(sdoc, events: list, ctx) -> list:
    """Each act of force's bare victims placed where the act was done (module doc); the events, in place."""
    for e in events:
        got = _scene_country(sdoc, e, ctx)
        if got is None:
            continue
        country, why = got
        t = e.target
        e.target = replace(t, code=country + t.sector, country=country,
                           why=(t.why or "") + f"; country {country} {why}")
    return events
