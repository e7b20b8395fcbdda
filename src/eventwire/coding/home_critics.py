"""Critics with no country of their own who rebuke a state's leader (issue 14, no source, session 28).

"Critics and even some political allies rebuked the chancellor", "Detractors accused the president of ...": the
subject names people by what they do (data/coding/nouns.tsv `home-critic`) and no actor, so the act had no source; a
criticism, accusation or rebuke (root 11) of one state's leader, government or ministers (sectors GOV, with a
country) by such critics is by that state's opposition (OPP), as critics of a government at home most often are. Not
where the critics' phrase names a country or a body of its own ("German critics", "critics in Washington": resolved
by the actor stages), nor for any other act or target.

    found = home_critics(cl, code, sources, targets)   # ([the critics' actor], how) or None; asked by
                                                      # Coder.code_sentence after the actors' countries are filled
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.context import noun_classes
from eventwire.model import Actor


def _plural_forms(words) -> frozenset:
    return frozenset(words) | frozenset(w + "s" for w in words)


def home_critics(cl, code: str, sources: list, targets: list) -> Optional[tuple]:
    """([the opposition of the criticised state], how) for bare critics who rebuke a state's leader (module doc)."""
    subj = cl.subj
    if sources or subj is None or code[:2] != "11" or cl.kind != "verb" or cl.passive:
        return None
    if subj.lower_ not in _plural_forms(noun_classes().get("home-critic", frozenset())):
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in subj.children):
        return None       # ("German critics", "critics of the deal", "critics in Berlin": the phrase says more)
    states = {t.country for t in targets if t is not None and t.country and t.sector == "GOV"}
    if len(states) != 1 or len(targets) != 1:
        return None
    country = states.pop()
    how = f"'{subj.text}', critics who rebuke {targets[0].code}, are its country's opposition"
    return [Actor.national(country, "OPP", text=subj.text, start=subj.idx, end=subj.idx + len(subj.text),
                           why=f"'{subj.text}' (nouns.tsv home-critic) rebuking {country}'s government -> {country}OPP",
                           kind="sector")], how
