"""A custody act done upon coming home is the home state's (issue 14, items 2 and 3; asked by
knowledge/implicit_agents.py).

    got = returned_home(anchor, targets, sector, lemma)

An arrest or detention with no named doer done "upon/on/after" a return from abroad (data/coding/actor_country.tsv
`homecoming-act`: "Several Canadians have been arrested upon returning from Iraq", "two women were detained on their
return from Syria") happened at home, not at the place they came from: the place in the return's "from" phrase is
where they were, and the police of that place did nothing. The implicit agent is the state of the ones it was done
to, where all of them are of one country and none is a named group (a person's own country is his home) ("Canadians": CANCOP); else the
police of no named country. A return "to" a place says where it happened: the usual steps read it, with the "from" phrase set aside
(`came_from`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.knowledge.actor_where import word_kinds
from eventwire.model import Actor

_PREPS = ("upon", "on", "after", "following")


def _return_word(anchor, words):
    """The return word of an "upon/on/after" phrase of the act (or an "after/when ... returned" clause, or a "came home" it is coordinated after), that names
    where they came from ("from Iraq") and no place they came to, else None."""
    cands = []
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ in _PREPS:
            cands += [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "upon", "on")
                                       for m in c.children):
            cands.append(c)
    if anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX"):
        # ("went to Syria, came home, and was arrested": a verb of coming home the act is coordinated after)
        first = anchor.head
        for v in [first] + [c for c in first.children if c.dep_ == "conj" and c.i < anchor.i]:
            if v.lemma_.lower() in ("come", "return") and any(c.lower_ == "home" for c in v.children):
                return v
    for g in cands:
        if g.lemma_.lower() not in words:
            continue
        preps = {c.lower_ for c in g.children if c.dep_ == "prep"}
        if "from" in preps or _place_prep(g, ("to", "in")) or any(c.lower_ == "home" for c in g.children):
            return g
    return None


def came_from(anchor) -> list:
    """Character spans of the "from" phrases of a return the custody act was done upon ("detained on their return
    to Amsterdam from Syria": "from Syria"): where they were, no place of the act's."""
    ret = _return_word(anchor, word_kinds().get("homecoming-act", frozenset()))
    if ret is None:
        return []
    return [(c.idx, c.right_edge.idx + len(c.right_edge.text)) for c in ret.children
            if c.dep_ == "prep" and c.lower_ == "from"]


def _place_prep(tok, preps) -> bool:
    """Whether `tok` has a prepositional phrase of one of `preps` that names a place ("to Egypt", "in Turkey"; not
    "in May")."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(g.ent_type_ in ("GPE", "LOC", "FAC")
                                                              for g in c.children) for c in tok.children)


def returned_home(anchor, targets, sector: str, lemma: str) -> Optional[Actor]:
    """The implicit agent of a custody act done upon coming home (module doc), or None where the act names no such
    return."""
    ret = _return_word(anchor, word_kinds().get("homecoming-act", frozenset()))
    if ret is None or _place_prep(ret, ("to", "in")) or _place_prep(anchor, ("in", "at")):
        return None         # ("on their return to Egypt", "arrested in Turkey after returning from Syria": where it
                            # happened, read by the usual steps, `came_from` set aside)
    people = [t for t in targets if t is not None]
    homes = {t.country for t in people}
    if people and len(homes) == 1 and None not in homes and all(
            t.code == t.country + (t.sector or "") for t in people):
        home = next(iter(homes))
        return Actor.national(home, sector, name=None, entity=None, text=None, start=None, end=None, kind="sector",
                              why=f"implicit agent: the state its people came home to ('{people[0].text}' "
                                  f"{ret.text} from abroad: {home}); {sector} for '{lemma}'")
    return Actor(code=sector, country=None, sector=sector, name=None, entity=None, text=None, start=None, end=None,
                 kind="sector", why=f"implicit agent: the police, for '{lemma}' ({RETURN_WHY}: not the "
                                    f"police of where they came from; their home not named)")


RETURN_WHY = "upon a return from abroad"


def homes_after(events: list) -> list:
    """An implicit police agent left bare upon a return from abroad (`returned_home`) whose one it was done to was
    placed by a later step ("he ... came home and was arrested": 'he' the British man named before) takes that
    country; the events, in place (run by pipeline.py last)."""
    for e in events:
        s, t = e.source, e.target
        if s is None or s.country or RETURN_WHY not in (s.why or "") or t is None or not t.country \
                or t.code != t.country + (t.sector or ""):
            continue
        e.source = replace(s, code=t.country + (s.sector or ""), country=t.country,
                           why=(s.why or "") + f"; country {t.country}: the home of the one it was done to "
                                               f"('{t.text}', placed since)")
    return events
