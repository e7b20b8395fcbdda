"""Tallies of a war or of the world that tell no act (issue 14, "not an event"), read from the parse like
coding/described.py, which calls `tally(cl)`:

- a passive with no doer whose subject is a share of a whole population, in the present perfect: "half the
  country's population has been displaced", "a third of Syrians have been uprooted" (a running total of the war,
  not an act anyone is said to have done; "half the village was killed in the massacre", past, stays);
- a passive with no doer counted across the world: "65,000 refugees were resettled worldwide" (a yearly figure
  for the world, no state acting).
Words: data/coding/non_events.tsv `share-word`, `world-scope`, `whole-people`. Returns a reason (str) or None.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.nonevent import _is

PERFECT = frozenset({"has", "have", "'s", "'ve"})


def _agent(verb) -> bool:
    return any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)


def _share_of_people(subj) -> Optional[object]:
    """The share word of a subject that is a share of a whole population: "half the population", "a third of
    Syrians", "most of the country's people"."""
    share = next((c for c in subj.children if c.dep_ in ("predet", "amod", "det", "nummod", "quantmod")
                  and _is("share-word", c)), None)
    if share is not None and _is("whole-people", subj):
        return share
    if _is("share-word", subj):
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is not None and (_is("whole-people", noun) or noun.ent_type_ == "NORP"):
            return subj
    return None


def tally(cl) -> Optional[str]:
    verb = cl.pred
    if cl.kind != "verb" or verb is None or not cl.passive or _agent(verb):
        return None
    scope = next((c for c in verb.children if c.dep_ == "advmod" and _is("world-scope", c)), None)
    if scope is not None:
        return f"'{verb.text} {scope.text}': a figure for the world, no act by anyone"
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not any(c.dep_ == "aux" and c.lower_ in PERFECT for c in verb.children):
        return None
    share = _share_of_people(subj)
    if share is not None:
        return f"'{share.text} ... {subj.text} ... {verb.text}': a running total of a whole people, no act"
    return None
