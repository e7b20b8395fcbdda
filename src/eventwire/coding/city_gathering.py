"""Parties of a gathering named by its host city (issue 14 item 4, no target).

    events = city_gathering_parties(sdoc, events)    # a document stage, after veto_forums

"Residents said the Tehran summit had calmed nerves", "the Sochi talks ended without a deal": a summit, talks or
meeting (data/coding/roles.tsv `gathering-noun`) coded as a consultation (04) whose doer is read from the city before
the noun (the host's government) names no other party. The story names them where it tells the gathering at that
city: the acts of words or cooperation (roots 01-14, no force) placed in that city (the event's location) in a
sentence of the story that names the same gathering noun ("a three-way summit in Tehran at which the Turkish
president pleaded with Russia and Iran": Turkey, Russia). Their doers and targets, named parties of sides other than
the host's, are the gathering's other parties: the event is aimed at each (one event per party). None where the
story tells no such act, or where the city names no place the gatherings were placed in.

Each target's `why` begins "a party of the <noun> in <city> the story tells" and the event's rule ends with
"; target: " and the same words.
"""
from __future__ import annotations

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.clause_record import role_words
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

_TOLD_ROOTS = tuple(f"{r:02d}" for r in range(1, 15))     # words and cooperation, not force


def _city(t):
    """The proper-name modifier before a gathering noun ("the Tehran summit"), or None."""
    return next((c for c in t.children if c.dep_ in ("compound", "nmod") and c.i < t.i and c.pos_ == "PROPN"), None)


def city_gathering_parties(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a consultation at a gathering named by its host city aimed at the parties the story tells
    there (module doc)."""
    if sdoc is None or not events:
        return events
    words = role_words().get("gathering-noun", frozenset())
    out: list[Event] = []
    sents = None
    for e in events:
        t = sdoc[e.trigger_token] if e.trigger_token is not None and e.trigger_token < len(sdoc) else None
        if e.target is not None or not (e.cameo or "").startswith("04") or not is_named(e.source) or t is None \
                or t.pos_ != "NOUN" or t.lemma_.lower() not in words or (city := _city(t)) is None \
                or (e.source.text or "") != city.text:
            out.append(e)
            continue
        if sents is None:
            sents = list(sdoc.sents)
        noun = t.lemma_.lower()
        told = {k for k, s in enumerate(sents) if k != e.sentence and any(w.lemma_.lower() == noun for w in s)}
        parties = []
        for x in events:
            if x.sentence not in told or not (x.cameo or "").startswith(_TOLD_ROOTS) or x.location is None \
                    or city.text not in (x.location.name, x.location.text):
                continue
            for a in (x.source, x.target):
                if is_named(a) and a.country and not same_side(a, e.source) \
                        and not any(same_side(a, p) for p in parties):
                    parties.append(a)
        if not parties:
            out.append(e)
            continue
        said = f"a party of the {noun} in {city.text} the story tells"
        out.extend(with_target(e, a, f"{said} ('{a.text}')") for a in parties)
    return out
