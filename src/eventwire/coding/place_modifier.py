"""A place named as the noun modifier of an act of force (issue 14): "the Chad incursion", "the 2011 Libya
intervention", "Erdogan's Cyprus invasion". A place name (not a demonym: "the Turkish incursion" names the doer)
in a compound before an act-of-force noun is the ground it was done to, as its "of" phrase is ("the invasion of
Cyprus"): its state is the target, unless it is the doer's own (coding/place_targets.py checks that, as for every
place slot).

Which nouns take it (data/coding/place_targets.tsv): a `patient-noun` (invasion, incursion, occupation, siege...),
any place; a `country-in` noun (intervention), only a country ("the Libya intervention"; "the Aleppo intervention"
says only where); a `left-noun` (withdrawal, pullout), only a country, the one left ("the president's Syria
withdrawal": the country left, as in "withdrawal from Syria"; place_targets.py reads it for withdrawals).
An invasion noun that names no ground at all, or economic sanctions (163) imposed on no one named, take the one other
country their sentence names (`sentence_country`): both are always aimed at a state. An invasion whose sentence names
no other country, or several of which one is the story's ground, was of the country the story happens in
(`story_ground`: "Ankara's troops massed before the Turkish incursion" in a story of Kurdish towns in Iraq). A
foreign intervention that names no ground takes none: one that props a government up ("Moscow's intervention saved
the regime") is not aimed at that country's state.
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
    country_only = lemma in words.get("country-in", ()) or lemma in words.get("left-noun", ())
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


def story_ground(ctx, doc) -> Optional[str]:
    """The country the story happens in: the one its towns and regions clearly lie in (story_ground.towns_country),
    else its own country (actor_where.Where.story), which may be that of its actors only (a story of Chad's envoys in
    Paris and of towns in the Central African Republic); None for a story of several."""
    from eventwire.knowledge.actor_where import where_of
    from eventwire.knowledge.story_ground import towns_country
    where = where_of(ctx, doc)
    return towns_country(where) or (where.story[0] if where.story is not None else None)


def sentence_country(cl, sides, ctx, sent, words, regions) -> Optional[Actor]:
    """For an invasion noun (place_targets.tsv `invaded-noun`: "the 2003 US invasion") that names no ground at all,
    or sanctions (`one-country-code`: "Pretoria reimposed sanctions, casting Harare as a menace"),
    the one country its sentence's places (and demonyms) lie in besides the doers' own ("Kuwaiti oil fields burned
    after the Iraqi invasion"): an invasion is always of a country, and a sentence that names one other names it.
    None where the doers' country is unknown or the sentence names two or more others (of which none is the story's
    ground, `story_ground`); where it names none, an invasion noun's is the story's ground."""
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
    invasion = cl.kind == "noun" and cl.pred.lemma_.lower() in words.get("invaded-noun", ())
    if invasion and len(found) != 1:
        ground = story_ground(ctx, sent.doc)
        if found:
            # (not where the sentence only sends someone, meets or talks: "envoys flew to Paris before
            # the invasion")
            from eventwire.knowledge.actor_where import where_of
            where = where_of(ctx, sent.doc)
            found = {c: p for c, p in found.items()
                     if where.role(p.start, p.end) not in ("destination", "departure", "venue", "topic")}
        if ground is None or ground in own or (found and ground not in found) \
                or ground not in (ctx.countries or ()):
            return None     # (nor the country of towns where only talks were held: one the story's actors name)
        p = found.get(ground)
        if p is not None:
            return Actor.national(ground, name=p.name, entity=None, text=p.text, start=p.start, end=p.end,
                                  kind="country", why=f"'{cl.pred.text}' names no ground; '{p.text}', of the "
                                  f"countries its sentence names the one the story happens in, is the country it "
                                  f"was aimed at: its state is the target")
        return Actor.national(ground, kind="country", why=f"'{cl.pred.text}' names no ground and its sentence no "
                              f"other country: the story happens in {ground}, the country it was aimed at")
    if len(found) != 1:
        return None
    country, p = next(iter(found.items()))
    return Actor.national(country, name=p.name, entity=None, text=p.text, start=p.start, end=p.end, kind="country",
                          why=f"'{cl.pred.text}' names no ground; '{p.text}', the one other country its sentence "
                              f"names, is the country it was aimed at: its state is the target")
