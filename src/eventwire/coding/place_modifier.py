"""A place named as the noun modifier of an act of force (issue 14): "the Chad incursion", "the 2011 Libya
intervention", "Erdogan's Cyprus invasion". A place name (not a demonym: "the Turkish incursion" names the doer)
in a compound before an act-of-force noun is the ground it was done to, as its "of" phrase is ("the invasion of
Cyprus"): its state is the target, unless it is the doer's own (coding/place_targets.py checks that, as for every
place slot).

Which nouns take it (data/coding/place_targets.tsv): a `patient-noun` (invasion, incursion, occupation, siege...),
any place; a `country-in` noun (intervention), only a country ("the Libya intervention"; "the Aleppo intervention"
says only where).
An invasion noun that names no ground at all, or economic sanctions (163) imposed on no one named, take the one other
country their sentence names (`sentence_country`): both are always aimed at a state.
"""
from __future__ import annotations

from typing import Optional

from eventwire.model import Actor


def modifier_slots(cl, ctx, words) -> list:
    """The compound place tokens before the act noun of a noun clause `cl` that name the ground it was done to."""
    if cl.kind != "noun":
        return []
    noun = cl.pred
    lemma = noun.lemma_.lower()
    patient = lemma in words.get("patient-noun", ())
    country_only = lemma in words.get("country-in", ())
    if not patient and not country_only:
        return []
    out = []
    for c in noun.children:
        if c.dep_ != "compound" or c.i > noun.i or c.pos_ != "PROPN":
            continue
        places = [p for p in ctx.places_in(c.left_edge.idx, c.idx + len(c.text)) if not p.demonym and p.country]
        if not places:
            continue
        if not patient and not any((p.feature or "") == "country" for p in places):
            continue
        out.append(c)
    return out


def sentence_country(cl, sides, ctx, sent, words, regions) -> Optional[Actor]:
    """For an invasion noun (place_targets.tsv `invaded-noun`: "the 2003 US invasion") that names no ground at all,
    or sanctions (`one-country-code`: "Pretoria reimposed sanctions, casting Harare as a menace"),
    the one country its sentence's places (and demonyms) lie in besides the doers' own ("Kuwaiti oil fields burned
    after the Iraqi invasion"): an invasion is always of a country, and a sentence that names one other names it.
    None where the doers' country is unknown or the sentence names two or more others."""
    if not sides:
        return None
    own = {s.country for s in sides}
    if not all(own):
        return None
    found: dict = {}
    for p in ctx.places_in(sent.start_char, sent.end_char):
        if not p.country or p.country in own or (p.text or "").lower() in regions \
                or (p.text or "").lower() in words.get("venue-city", ()):
            continue
        if ctx.countries and p.country not in ctx.countries:
            continue
        found.setdefault(p.country, p)
    if len(found) != 1:
        return None
    country, p = next(iter(found.items()))
    return Actor.national(country, name=p.name, entity=None, text=p.text, start=p.start, end=p.end, kind="country",
                          why=f"'{cl.pred.text}' names no ground; '{p.text}', the one other country its sentence "
                              f"names, is the country it was aimed at: its state is the target")
