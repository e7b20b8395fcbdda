"""The country of a person the actor lists do not know, from the story's own description of that person (issue 14,
bare sectors: the actor's own modifiers; asked by coding/resolve.py where it makes such a person CVL).

    person_country(name_head, ctx)  ->  (country, why) or None

"Anwar Kassim was killed by a drone" codes him CVL; where the story says who he is elsewhere, "the Canadian
volunteer Anwar Kassim", "Anwar Kassim, a Canadian nurse", "Anwar Kassim, 31, from Winnipeg", his country is the one
of that description: CANCVL. Only the person's own phrase counts (a nationality on a noun before the name or on an
apposition to it, or a home town "from PLACE" right after it: knowledge/people_origin.py), for any mention of the
same surname as a PERSON in the story, and only when these name one country; never where the story happens. Where
no description gives one, the home the story places the person in ("X and Y fled from their home in Hama, Syria":
SYRCVL; knowledge/home_origin.py).
Such a person named as the doer, or reached through a pronoun or description that stands for the name ("she", "the
26-year-old"), is a private individual of that country only where the description gives one (`described_private`,
asked by coding/resolve.py and by the coreference choice, knowledge/coref_choice.CorefChoice._linked)."""
from __future__ import annotations

from typing import Optional

_DESC_DEPS = {"amod", "compound", "nmod"}


def _demonyms(ctx, toks) -> list:
    """Countries of nationality words among `toks` ("British", "Canadian"), not a compound like "Iranian-backed"."""
    out = []
    for t in toks:
        if t.dep_ not in _DESC_DEPS:
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.text in ("-", "\u2010", "\u2011"):
            continue
        for m in ctx.mentions_at(t.idx):
            if m.kind == "country" and m.country and m.code == m.country and m.start == t.idx:
                out.append((m.country, m.text))
    return out


def _description_nouns(n):
    """Nouns that describe the name token `n`: the noun it is in apposition to and its appositions."""
    # (a nationality word the parser made a proper noun, "another Canadian, Paul Grieve", describes the name too)
    def noun(t):
        return t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.ent_type_ == "NORP")
    out = [c for c in n.children if c.dep_ == "appos" and noun(c)]
    if n.dep_ == "appos" and noun(n.head):
        out.append(n.head)
    for c in n.children:            # ("the Irish reporter Sean Doyle": 'journalist' compounded on the name)
        if c.dep_ == "compound" and c.pos_ == "NOUN":
            out.append(c)
    return out


def _mention_countries(n, ctx) -> list:
    doc = n.doc
    found = []
    # a nationality before the name in its own phrase ("the Canadian volunteer Anwar Kassim")
    found += _demonyms(ctx, [t for t in doc[n.left_edge.i:n.i] if t.head.i >= t.i])
    for d in _description_nouns(n):      # "Anwar Kassim, a Canadian nurse"
        found += _demonyms(ctx, [t for t in doc[d.left_edge.i:d.i]])
        if d.dep_ != "compound":         # "another Canadian, Anwar Kassim": the description is a nationality noun
            found += [(m.country, m.text) for m in ctx.mentions_at(d.idx) if m.kind == "country" and m.country
                      and m.code == m.country and m.start == d.idx and m.end == d.idx + len(d.text)]
    from eventwire.knowledge.people_origin import likeliest_country, origin
    got = origin(doc, ctx, n, None)
    for d in (x for x in _description_nouns(n) if x.dep_ != "compound" and got is None):
        got = origin(doc, ctx, n, d)     # "Anwar Kassim, a nurse from Winnipeg", "the Leeds student Anwar Kassim"
    if got is not None:                  # "Anwar Kassim, 31, from Winnipeg"
        found.append((got[0].country, f"from {got[0].text}"))
    elif n.i + 3 < len(doc) and doc[n.i + 1].text == "," and doc[n.i + 2].lower_ == "from":
        # ("Anwar Kassim, from Winnipeg, was killed": the parser hangs the home town on the verb)
        obj = doc[n.i + 3]
        end = next((t for t in doc[obj.i:obj.i + 4] if t.text == ","), None)
        place = next((p for p in ctx.places_in(obj.idx, obj.idx + len(obj.text)) if p.country and not p.demonym
                      and p.start == obj.idx), None) if end is not None else None
        if place is not None and end.idx >= place.end and likeliest_country(place.text) == place.country:
            found.append((place.country, f"from {place.text}"))
    return found


def person_country(name_head, ctx) -> Optional[tuple]:
    """(country, why) from the story's descriptions of the person whose name ends at `name_head`."""
    doc = name_head.doc
    surname = name_head.text
    if not surname[:1].isupper():
        return None
    found = []
    from eventwire.doc_index import text_positions
    for t in (doc[i] for i in text_positions(doc, surname)):      # (its words alone: no pass over every token)
        if t.ent_type_ == "PERSON" and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != "PERSON"
                                                              or doc[t.i + 1].ent_iob_ == "B"):
            found += _mention_countries(t, ctx)
    if not found:
        # where no description says whose the person is, the home the story gives the person: "X and Y fled from
        # their home in Hama" (knowledge/home_origin.py; a nationality, "X, a British nurse, left her home in Aleppo",
        # outweighs where one lived)
        from eventwire.knowledge.home_origin import home_countries
        for t in (doc[i] for i in text_positions(doc, surname)):
            if t.ent_type_ == "PERSON" and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != "PERSON"
                                                                  or doc[t.i + 1].ent_iob_ == "B"):
                found += home_countries(t, ctx)
    countries = {c for c, _ in found}
    if len(countries) != 1:
        return None
    return found[0][0], f"country {found[0][0]} from the story's description of the person ('{found[0][1]}')"


def place_person(a, name_head, ctx) -> None:
    """Give the unknown person `a` (CVL, no country) the country of the story's description of them; in place."""
    got = person_country(name_head, ctx)
    if got is not None:
        a.code, a.country = got[0] + (a.sector or "CVL"), got[0]
        a.why = (a.why or "") + "; " + got[1]


def described_private(name_head, text: str, start: int, end: int, ctx, how: str):
    """A person the actor lists do not know, whose name ends at `name_head` (a proper noun the parser took for a
    person), as a private individual of the one country the story's description of them gives ("Maria Lopez, from
    Leeds, ... She begged her commanders": GBRCVL), or None where it gives none: a doer no list names is coded only
    when the story says whose citizen the person is (a bare CVL would say nothing). `how`: how the name was reached
    (the subject itself, or a pronoun or description that stands for it)."""
    if name_head is None or name_head.pos_ != "PROPN" or name_head.ent_type_ != "PERSON":
        return None
    got = person_country(name_head, ctx)
    if got is None:
        return None
    from eventwire.model import Actor
    return Actor.national(got[0], "CVL", name=text, entity=None, text=text, start=start, end=end, kind="person",
                          why=f"'{text}': a person the actor lists do not know, {how}: an individual (CVL); {got[1]}")


def apposed_national(h, a):
    """A person the lists do not know, named by the proper noun `h`, whose phrase resolved only to the bare country
    `a` of a nationality word inside an apposition to the name ("Roger Waters, co-founder of the British rock band
    Pink Floyd, helped rescue ...", "Ana Ruiz, a singer with an Irish folk group,"): the person is a private individual
    of that country (GBRCVL), not its state, which the description names no office of. None where `a` is no bare
    country, or comes from outside the name's appositions (a description with a sector word, "X, a British
    diplomat", resolves to that sector and stays)."""
    if a is None or a.kind != "country" or a.sector or not a.country or a.code != a.country or a.start is None:
        return None
    if h.pos_ != "PROPN" or h.ent_type_ != "PERSON":
        return None
    doc = h.doc
    if not any(c.left_edge.idx <= a.start < c.right_edge.idx + len(c.right_edge.text)
               for c in h.children if c.dep_ == "appos" and c.i > h.i and c.pos_ == "NOUN"):
        return None
    first = min([h.i] + [c.i for c in h.lefts if c.dep_ in ("compound", "flat")])
    name = doc[first: h.i + 1]
    from eventwire.model import Actor
    return Actor.national(a.country, "CVL", name=name.text, entity=None, text=name.text, start=name.start_char,
                          end=name.end_char, kind="person",
                          why=f"'{name.text}': a person the actor lists do not know, described in apposition with "
                              f"the nationality '{a.text}' ({a.country}) and no office: an individual (CVL)")
