"""Ties put on hold: a verb of agreeing or deciding over a `stop` noun (pause, suspension, halt, freeze) whose
in/of/on phrase names a `ties` noun (cooperation, relations, talks, aid: data/lexicon/argument_kinds.tsv).

"The interior ministry agreed to a temporary suspension of its cooperation with Chilean prosecutors" reduces
relations (160), it agrees to no cooperation (031); "agreed to a pause in the fighting" is no such pause (the
ceasefire rows code it). The slot `paused` (senses.py) carries the ties noun, tested by rows such as
`160.agree-to-pause-ties` (`paused:@ties`)."""
from __future__ import annotations

_HOLDERS = ("to", "on", "upon")             # agreed to / decided on a pause
_OF = ("in", "of", "on", "to")              # a pause in / suspension of / freeze on / halt to the ties


def stopped_ties(verb, word_kinds):
    """(lemma, kinds) of the ties noun that a stop noun, the verb's object or the object of its to/on phrase,
    puts on hold ("agreed to a pause in its co-operation with X": co-operation); else None. ``word_kinds``
    gives a token's argument kinds."""
    stops = []
    for c in verb.children:
        if c.dep_ == "dobj":
            stops.append(c)
        elif c.dep_ == "prep" and c.lower_ in _HOLDERS:
            stops.extend(p for p in c.children if p.dep_ == "pobj")
    for stop in stops:
        if "stop" not in word_kinds(stop):
            continue
        for p in stop.children:
            if p.dep_ != "prep" or p.lower_ not in _OF:
                continue
            for ties in (o for o in p.children if o.dep_ == "pobj"):
                kinds = word_kinds(ties)
                if "ties" in kinds:
                    return ties.lemma_.lower(), kinds
    return None
