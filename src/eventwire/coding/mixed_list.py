"""A body of people its "including" phrase describes by a mixed list (issue 14; asked by coding/resolve._resolve_head).

"a group of almost 40 prominent figures, including three Labour MPs, academics and an actor, have written": read
as one phrase the noun would take the one party its list names (the party of the MPs); but a group described by
members of several kinds is no party's: it is the private people (CVL) of the country its listed party or
parliament members belong to (of no country named where they name none: the sentence or story places them).
Only where the noun's own phrase, before the list, names no party ("several Labour MPs, including the former
leader" stays Labour's), and the list holds a member of a party beside one of no party and no country ("academics", "writers",
"a bishop"); a named body or person in it leaves the list as usual. A list made only of one party's members stays that party (plural_members, the phrase as usual).

    got = mixed_list_people(h, resolve, resolve_text)   # [Actor] or None (read as usual)
"""
from __future__ import annotations

from typing import Callable, Optional

from eventwire.model import Actor

_MEMBER_SECTORS = frozenset({"PTY", "LEG"})     # members of a party or of a parliament ("Labour MPs", "senators")


def _including(h):
    """The "including" preposition on `h` or on the object of its "of" phrase ("a group of figures, including"),
    and the noun it hangs on; else (None, None)."""
    for n in (h, *(p for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")):
        inc = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "including" and c.i > n.i), None)
        if inc is not None and h.doc[inc.i - 1].text == ",":
            return inc, n
    return None, None


def mixed_list_people(h, resolve: Callable, resolve_text: Callable) -> Optional[list[Actor]]:
    if h.pos_ != "NOUN":
        return None
    inc, noun = _including(h)
    if inc is None:
        return None
    first = next((c for c in inc.children if c.dep_ == "pobj"), None)
    if first is None:
        return None
    own = h.doc[h.left_edge.i: inc.i - 1]
    mine = resolve_text(own) if len(own) else None
    if mine is not None and mine.code and (mine.country or mine.entity):
        return None                         # ("several Labour MPs, including the former leader")
    members = [first] + sorted((c for c in first.conjuncts if c.i > first.i), key=lambda c: c.i)
    if len(members) < 2:
        return None
    parties, unknown = [], 0
    for m in members:
        got = [a for a in resolve(m) if a is not None and a.code]
        if any(a.kind == "party" or a.sector in _MEMBER_SECTORS for a in got):
            parties += got[:1]
        elif not got or all(not a.country and not a.entity and not a.name for a in got):
            unknown += 1                    # ("academics", "writers", "a bishop": people of no party)
        else:
            return None                     # (a named body or a person among them: the list as usual)
    countries = {a.country for a in parties if a.country}
    if not unknown or not parties or len(countries) > 1:
        return None
    country = countries.pop() if countries else None
    return [Actor.national(country, "CVL", text=h.text, start=h.idx, end=h.idx + len(h.text), kind="sector",
                           why=f"'{h.text}' described by a mixed list ('{inc.text} ...': {parties[0].text} members "
                               f"beside people of no party): private people" + (f" of {country}" if country else "")
                               + f" (CVL), not {parties[0].code}")]
