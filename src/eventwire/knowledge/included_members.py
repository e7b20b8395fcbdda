"""People described by the members a list after "including" names, not those members' party (issue 14, no source:
doers the actor lists do not know, described by the story). The one place this construction is read; asked once, by
coding/resolve.py, on the actor a noun's phrase resolved to.

"A group of almost 40 prominent figures, including three Labour MPs, academics and the actor X, have written to the
home secretary": the phrase's one actor the lists know is "Labour", a modifier of some of the members; the doers are
the figures, people of the party's country, not the party (which neither wrote nor signed). Three readings, first
that holds wins:

- a mixed list (``_mixed_list``): a noun (or its "of" object) with a comma-set "including" list of two or more
  members, one of a party or a parliament ("Labour MPs", "senators") beside one of no party and no country
  ("academics", "writers", "a bishop"), the noun's own phrase before the list naming no party: the private people
  (CVL) of the members' country (of no country where they name none). A named body or person in the list, members
  of two countries, or a party named by the noun's own phrase ("several Labour MPs, including the former leader"
  stays Labour's) leave it to the readings below.
- a bare sector (``mentions_from``): a noun with a sector of its own and no country ("200 campaigners, including two
  Conservative MPs", OPP) takes the country of the one party its list names: GBROPP.
- the party found in the list: a plural people noun whose "including"/"among them" phrase holds the party the
  phrase resolved to is that party's country's people, of the noun's own sector (CVL where its word names none:
  "figures").

A state or a group named in the list ("officials including the US ambassador", "rebels including Ahrar al-Sham")
is left as the resolver found it.

    a = included_party(a, head, sector_of, mentions_from, resolve, resolve_text)   # an Actor or `a` itself
"""
from __future__ import annotations

from typing import Callable, Optional

from eventwire.model import Actor

_LIST_PREPS = ("including", "among")
_MEMBER_SECTORS = frozenset({"PTY", "LEG"})     # members of a party or of a parliament ("Labour MPs", "senators")


def _listed_noun(head):
    """(the plural noun, (start, end) characters of its "including ..." phrase): `head` itself, or a collective noun
    with a plural "of" object ("a group of figures, including ...", the list hung on either, or on a noun coordinated
    with the object: "writers and academics, including ..."); None where none has such a phrase."""
    objs = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    plural = [n for n in [head] + objs if n.tag_ in ("NNS", "NNPS") and n.pos_ == "NOUN"]
    if not plural:
        return None
    for n in [head] + objs + [c for n in objs + [head] for c in n.conjuncts if c.i > n.i]:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in _LIST_PREPS and c.i > n.i:
                last = c.right_edge
                return plural[0], (c.idx, last.idx + len(last.text))
    return None


def _including(h):
    """The comma-set "including" preposition on `h` or on the object of its "of" phrase ("a group of figures,
    including"); else None."""
    for n in (h, *(p for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")):
        inc = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "including" and c.i > n.i), None)
        if inc is not None and h.doc[inc.i - 1].text == ",":
            return inc
    return None


def _mixed_list(h, resolve: Callable, resolve_text: Callable) -> Optional[Actor]:
    """The private people (CVL) a noun `h` names whose comma-set "including" list mixes party or parliament members
    with people of no party (module doc); None where its list is no such list. `resolve(token)` gives a token's
    actors, `resolve_text(span)` a phrase's one actor."""
    if h.pos_ != "NOUN":
        return None
    inc = _including(h)
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
    return Actor.national(country, "CVL", text=h.text, start=h.idx, end=h.idx + len(h.text), kind="sector",
                          why=f"'{h.text}' described by a mixed list ('{inc.text} ...': {parties[0].text} members "
                              f"beside people of no party): private people" + (f" of {country}" if country else "")
                              + f" (CVL), not {parties[0].code}")


def included_party(a, head, sector_of, mentions_from=None, resolve=None, resolve_text=None):
    """The people `head` names, of the country of the party its "including" list names (module doc), or `a` itself;
    `a` is the actor `head`'s phrase resolved to; `sector_of(token)` is the sector a noun names on its own. With
    `resolve` and `resolve_text` (a token's actors, a phrase's one actor) a mixed list is read first; with
    `mentions_from(lo, hi)` (the document's actor mentions starting there), a bare sector `a` ("campaigners", OPP)
    whose list names one country's party takes that country too ("200 campaigners, including two Conservative MPs":
    GBROPP)."""
    if resolve is not None and resolve_text is not None \
            and (mixed := _mixed_list(head, resolve, resolve_text)) is not None:
        return mixed
    if a is None or a.start is None or not a.code:
        return a
    got = _listed_noun(head)
    if got is None:
        return a
    if a.kind != "party" and not a.country and mentions_from is not None and a.code == a.sector \
            and a.start < got[1][0]:
        parties = [m for m in mentions_from(*got[1]) if m.kind == "party" and m.country and m.start < got[1][1]]
        if len({m.country for m in parties}) == 1:
            return Actor.national(parties[0].country, a.sector, name=a.name, entity=None, text=a.text,
                                  start=a.start, end=a.end, kind=a.kind,
                                  why=f"{a.why or ''}; country {parties[0].country} from the party of its listed "
                                      f"members ('{parties[0].text}', {parties[0].name})")
        return a
    if a.kind != "party" or not a.country or not (got[1][0] <= a.start < got[1][1]):
        return a
    noun = got[0]
    sector = sector_of(noun)
    sec = sector if sector and sector != "PTY" else "CVL"
    text = head.doc[head.left_edge.i: noun.i + 1]
    return Actor.national(a.country, sec, name=None, entity=None, text=text.text, start=text.start_char,
                          end=text.end_char, kind="country",
                          why=f"'{text.text}': people whose listed members include '{a.text}' ({a.name}, {a.code}): "
                              f"of its country {a.country}, not the party; sector {sec}"
                              + (f" from '{noun.text}'" if sec == sector else " (private people)"))
