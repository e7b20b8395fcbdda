"""People described by the members a list after "including" names, not those members' party (issue 14, no source:
doers the actor lists do not know, described by the story).

"A group of almost 40 prominent figures, including three Labour MPs, academics and the actor X, have written to the
home secretary": the phrase's one actor the lists know is "Labour", a modifier of some of the members; the doers are
the figures, people of the party's country, not the party (which neither wrote nor signed). The plural people noun
keeps its own sector (CVL where its word names none: "figures"); the country is the party's. A noun with a sector of
its own and no country ("200 campaigners, including two Conservative MPs", OPP) takes the country of the one party
its list names: GBROPP. Only a party found inside an "including"/"among them" phrase of a plural noun; a state or a group named
there ("officials including the US ambassador", "rebels including Ahrar al-Sham") is left as the resolver found it.

    a = included_party(a, head, sector_of)    # an Actor or `a` itself; asked by coding/resolve.py
"""
from __future__ import annotations

from eventwire.model import Actor

_LIST_PREPS = ("including", "among")


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


def included_party(a, head, sector_of, mentions_from=None):
    """The people `head` names, of the country of the party `a` found among its listed members (module doc);
    `sector_of(token)` is the sector a noun names on its own. With `mentions_from(lo, hi)` (the document's actor
    mentions starting there), a bare sector `a` ("campaigners", OPP) whose list names one country's party takes that
    country too ("200 campaigners, including two Conservative MPs": GBROPP)."""
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
