"""The doer of an act of force done to someone the sentence puts beside an armed side (issue 14, no source): "a
Danish nurse died while serving with the militia leading the push against the rebels", "a journalist was shot dead
while working with Somali troops who were battling al-Shabaab". The one harmed is with that side; whoever harmed
them is that side's foe, where the article makes it plain.

    ally = ally_phrase(trigger, ctx)      # the "with"/"alongside" object naming the armed side, or None

The trigger's own participle or "while" clause with no subject of its own (a verb of roles.tsv `service-verb`,
`combat-verb` or `ally-verb`: "serving", "fighting", "working") has a "with"/"alongside" phrase (roles.tsv
`armed-with`) naming an armed body (coding/armed_people.py). coding/foes.py then gives the act the one foe of that
side its sentence names, else the article's one foe of it, as it does for the victim's own side; never where the
sentence names another side of the fighting, nor where the side has two foes.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.armed_people import _armed_body, _negated, _words

_NO_OWN_SUBJECT = ("nsubj", "nsubjpass", "csubj", "expl")


def ally_phrase(t, ctx) -> Optional[object]:
    """The object of the "with"/"alongside" phrase of the trigger's subjectless participle or "while" clause of
    service, fighting or work that names an armed body, or None (module doc)."""
    verbs = _words("service-verb") | _words("combat-verb") | _words("ally-verb")
    for c in t.children:
        if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB" or c.i < t.i or _negated(c) \
                or c.lemma_.lower() not in verbs or any(g.dep_ in _NO_OWN_SUBJECT for g in c.children):
            continue
        for p in c.children:
            if p.dep_ != "prep" or p.lower_ not in _words("armed-with"):
                continue
            for o in p.children:
                if o.dep_ == "pobj" and _armed_body(o, ctx):
                    return o
    return None


def ally_actors(t, ctx, sentence_events=(), resolve=None) -> list:
    """The side the one harmed was with (module doc): the actors of the sentence's events inside the noun of the
    trigger's "with"/"alongside" phrase, else what `resolve(token)` reads from that noun. That side did not harm them
    ("shot while serving as a medic with the militia" after "the militia fought ..." is no act of the militia's)."""
    o = ally_phrase(t, ctx)
    if o is None:
        return []
    lo, hi = o.left_edge.idx, o.idx + len(o.text)      # (the noun, not its participle: "... fighting Isis")
    got = [a for x in sentence_events for a in (x.source, x.target)
           if a is not None and a.start is not None and lo <= a.start < hi]
    if not got and resolve is not None:
        got = [a for a in resolve(o) if a is not None and a.code]
    return got
