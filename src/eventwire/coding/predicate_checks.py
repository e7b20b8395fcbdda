"""Which words are acts, the checks on a verb's own words that say it does nothing to its object: it says something
of it ("held the youth responsible"), only records ("captured on camera") or describes scenery ("a district
surrounded by a Sunni neighbourhood"); and the noun a free relative names an event by ("in what police called a
raid"). coding/predicates.py asks them.
"""
from __future__ import annotations

from eventwire.coding.clause_record import Clause
from eventwire.coding.context import LANDSCAPE_NOUNS, MEDIUM_NOUNS, NAMING_VERBS


def said_of_object(verb, obj) -> bool:
    """Whether the clause says something of its object rather than acting on it: "held the youth responsible",
    "were held hostage", "caught the boys cheating"."""
    if any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in verb.children):
        return True
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and not any(m.dep_ in ("mark", "advmod") for m in c.children)
           for c in verb.children):
        return True
    return obj is not None and any(c.dep_ == "amod" and c.i > obj.i for c in obj.children)


def recorded_or_scenery(cl: Clause) -> bool:
    """Whether a verb only records or describes: "captured on camera", "caught by surveillance cameras" (an
    'on'/'by' phrase naming a recording medium), or "a district surrounded by a Sunni neighbourhood" (a passive
    whose agent is scenery, data/coding/nouns.tsv) -- no act."""
    for p in ("on", "by"):
        o = cl.preps.get(p)
        if o is not None and (o.lemma_.lower() in MEDIUM_NOUNS or o.lower_ in MEDIUM_NOUNS):
            return True
    doc = cl.pred.doc
    for prep in cl.pred.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "by"):
            continue
        # the nouns right after the preposition, however the parser hung them: "captured on video taunting
        # women" (video read as the gerund's subject), "caught by surveillance cameras"
        for w in doc[prep.i + 1:min(prep.i + 5, len(doc))]:
            if w.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                break
            if w.lemma_.lower() in MEDIUM_NOUNS or w.lower_ in MEDIUM_NOUNS:
                return True
    if cl.passive:
        agent = next((c for c in cl.pred.children if c.dep_ == "agent"), None)
        a = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if a is not None and (a.lemma_.lower() in LANDSCAPE_NOUNS or a.lower_ in LANDSCAPE_NOUNS):
            return True
    return False


def named_as(prep):
    """The noun a free relative names its event by ("were hurt in what has been called an ambush", "in what
    police called a raid"), or None."""
    comp = next((x for x in prep.children if x.dep_ in ("pcomp", "pobj")), None)
    if comp is not None and comp.lower_ == "what":
        comp = next((x for x in comp.children if x.dep_ == "relcl"), None)
    if comp is None or comp.lemma_.lower() not in NAMING_VERBS:
        return None
    for x in comp.children:
        if x.dep_ == "prep" and x.lower_ == "as":
            n = next((y for y in x.children if y.dep_ == "pobj"), None)
            if n is not None:
                return n
        if x.dep_ in ("oprd", "attr", "dobj") and x.pos_ == "NOUN":
            return x
    return None
