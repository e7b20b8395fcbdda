"""Where a person the actor lists do not know works, as the description says: "X, a researcher at the University
of Toronto" (EDU of Canada), "X, an analyst at the International Crisis Group" (the listed body's code), "X, a
surgeon at a hospital in Aleppo" (HLH of Syria). Read by knowledge/people.py for an apposed description whose own
words give no code with a country; the prepositions and the workplace sectors are data/coding/workplaces.tsv."""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import kind_sets
from eventwire.knowledge.people_titles import title_heads
from eventwire.model import Actor

_BODIES = ("group", "party", "igo")


def _table() -> dict:
    return kind_sets("workplaces.tsv")


def _place_country(ctx, doc, obj) -> Optional[tuple]:
    """(country, place text) of a place named in the workplace's own phrase after its noun ("of Toronto", "in
    Aleppo"), or of a demonym before its noun ("a Canadian university"); never a town compounded into its name."""
    for c in obj.children:
        if c.i < obj.i and c.dep_ == "amod" and c.ent_type_ == "NORP":
            place = next((p for p in ctx.places_in(c.idx, c.idx + len(c.text)) if p.country and p.demonym), None)
            if place is not None:
                return place.country, place.text
    for c in obj.children:
        if c.i < obj.i or c.dep_ != "prep" or c.lower_ not in ("of", "in"):
            continue
        pobj = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
        if pobj is None:
            continue
        start, end = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        place = next((p for p in ctx.places_in(start, end) if p.country and not p.demonym), None)
        if place is not None and c.lower_ == "of" and place.feature != "city":
            continue                         # ("the University of Georgia": a region or country in a body's name)
        if place is not None:
            return place.country, place.text
        town = _town_country(doc[pobj.left_edge.i: pobj.right_edge.i + 1].text)
        if town is not None:                 # ("the University of Toronto": a town inside the body's name)
            return town, pobj.text
    return None


def _town_country(name: str) -> Optional[str]:
    """The country of a town of that name, when the gazetteer's most populous place of the name is a town (not a
    country or region: "the University of Georgia" says no country)."""
    try:
        from eventwire.knowledge.gazetteer import default_gazetteer
        cands = default_gazetteer().lookup(name)
    except Exception:     # no gazetteer: no town
        return None
    best = max(cands, key=lambda c: c.population or 0, default=None)
    return best.country if best is not None and getattr(best, "feature", None) == "city" else None


def workplace(kb, ctx, doc, role_head) -> Optional[Actor]:
    """The actor of the workplace a description's noun is hung on ("a researcher at X"): a listed body's own code,
    or a sector workplace's sector with the country its phrase names; None when the description names neither."""
    table = _table()
    for c in role_head.children:
        if c.dep_ != "prep" or c.lower_ not in table.get("prep", ()) or c.i < role_head.i:
            continue
        obj = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")), None)
        if obj is None:
            continue
        words = doc[obj.left_edge.i: obj.i + 1]          # (the workplace's name up to its noun: "the University")
        full = doc[obj.left_edge.i: obj.right_edge.i + 1]
        for span in (full, words):
            a = kb.resolve_phrase(span.text, span.start_char, ctx.date, ctx.countries)
            if a is not None and a.code and a.kind in _BODIES:
                return Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=a.entity,
                             text=span.text, start=span.start_char, end=span.end_char, kind=a.kind,
                             why=f"works {c.lower_} '{span.text}': {a.why}")
        a = kb.resolve_phrase(words.text, words.start_char, ctx.date, ctx.countries)
        if a is None and obj.pos_ == "PROPN" and obj.text in table.get("named", ()):
            a = Actor.national(None, "NGO", kind="sector",
                               why=f"a research body named '{obj.text}': a think tank (NGO)")
        if a is None or a.kind not in ("sector", "country") or a.sector not in table.get("sector", ()):
            continue
        if a.kind == "country" and a.country:    # "a Swedish university": the demonym's country
            return Actor.national(a.country, a.sector, kind="country", why=f"works {c.lower_} '{full.text}': {a.why}")
        where = _place_country(ctx, doc, obj)
        if where is None:
            continue
        return Actor.national(where[0], a.sector, kind="country",
                              why=f"works {c.lower_} '{full.text}': {a.why}; country {where[0]} from '{where[1]}'")
    return None


def described_workplace(kb, ctx, h, a: Optional[Actor], sector_of) -> Optional[Actor]:
    """"A researcher at Amnesty International", "researchers at the University of Toronto": an onlooker or office
    noun (nouns.tsv `onlooker`, a title of sectors.tsv) the lists give no body or country, hung on a workplace, is
    the listed body's, or of the workplace's sector and country where the noun's own sector is that one or none
    (never "protesters at the university", "citizens with Isis connections": their sector is their own)."""
    if h.pos_ != "NOUN" or (a is not None and (a.country or a.kind != "sector")):
        return None
    word = h.lemma_.lower()
    if word not in onlookers() and word not in title_heads():
        return None           # (a person's office or a student of the parties: not "citizens with Isis connections")
    own = sector_of(h)
    w = workplace(kb, ctx, h.doc, h)
    if w is None or not (w.kind in _BODIES or own in (None, w.sector)):
        return None
    span = h.doc[h.left_edge.i: h.i + 1]
    return Actor(code=w.code, country=w.country, sector=w.sector, name=w.name, entity=w.entity, text=span.text,
                 start=span.start_char, end=span.end_char, kind=w.kind,
                 why=f"'{span.text}' {w.why}")


def onlookers() -> frozenset:
    """The `onlooker` nouns of data/coding/nouns.tsv (analyst, expert, researcher, ...) and the `noun`s of
    data/coding/outside_voices.tsv (fellow, lecturer, ...): people who study the parties rather than act for one."""
    from eventwire.coding.tables import word_kind_sets
    return word_kind_sets("nouns.tsv").get("onlooker", frozenset()) \
        | kind_sets("outside_voices.tsv").get("noun", frozenset())
