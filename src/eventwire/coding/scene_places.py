"""A capital named before an act noun is where the act took place, not who did it (issue 14): "the Quito speech",
"the Oslo accords", "the Nairobi bombing", "the Ankara terrorist attack" (the parser's `amod` or `nmod` before an
adjective). Noun clauses take a name in a compound before the noun as its doer ("the US decision", "the Turkish
offensive"), and a capital alone stands for its government ("Lisbon protested"), so "the Manila terror attacks"
read as the Philippine government's attack. For the acts whose capital only places them
(data/coding/scene_places.tsv `scene-root`: statements, agreements, attacks; not meetings, which the host most often
attends: "the Lisbon summit" stays Portugal's), the capital is no doer; a seat of power ("the Kremlin statement")
and a possessor ("Manila's offensive") still are, and so is a capital before a policy noun ("Washington sanctions"). Asked by the coder right after the doers are
resolved; the place itself is left to the event's location (knowledge/event_location.py)."""
from __future__ import annotations

import functools

from eventwire.coding.tables import kind_sets


@functools.cache
def _roots() -> frozenset:
    return kind_sets("scene_places.tsv").get("scene-root", frozenset())


def _capital_only(a) -> bool:
    """Whether the actor `a` was read from a capital's name standing for its government (not a seat of power)."""
    return a.kind == "capital" and (a.why or "").startswith("capital '")


def scene_capital(cl, code: str, sources: list) -> tuple[list, str]:
    """(sources, rule note): no sources where the doer of the noun clause `cl` is only a capital in a compound before
    its act noun and the act's CAMEO root is one such a capital only places; the sources unchanged otherwise."""
    m = cl.subj
    if not sources or cl.kind != "noun" or m is None or cl.subj_rule != "actor modifier" \
            or m.dep_ not in ("compound", "amod", "nmod") or m.pos_ != "PROPN" or m.head.i != cl.pred.i or m.i > cl.pred.i \
            or code[:2] not in _roots() or not all(_capital_only(a) for a in sources):
        return sources, ""
    return [], f"; '{m.text}' before the '{cl.pred.lemma_}' names where it took place, not its doer"
