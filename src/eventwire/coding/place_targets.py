"""Targets that are places (issue 14): an act done to or at a named place, when no party is named, is directed at
the state or the people of that place, as CAMEO codes a city by its country.

Coder.code_sentence calls `place_target` once, after its own place rules (the object of an act of force, a move of
force into or on to a place: coder.py) found nothing. This covers what those leave:
- an act of force named by a noun whose "of" phrase is the place ("the occupation of Mosul", "the siege of Aleppo",
  "the bombardment of Idlib"), or done "in" a place or "inside" a country ("airstrikes in Ghouta", "carried out
  airstrikes in Afrin", "the group's attack inside Iran"); not where the "in" phrase says only where it went on:
  fighting between two sides, an intervention or campaign (which may be on the side of the state it is in), a
  passive's or participle's ("was killed in a drone strike in Somalia"), a verb's whose object is a person or thing
  ("captured Mahmud in Iraq");
- restrictions imposed on an area, or eased there (CAMEO 172 curfew, state of emergency; 081 easing): the people of
  the place (country + CVL), whoever imposed them. A curfew binds the residents, not the state, and is mostly
  imposed by that state's own police or army: "police imposed a curfew in Srinagar" is INDCOP -> INDCVL, as the
  event data sets that code curfews (ICEWS's "Citizen (India)") do;
- a withdrawal "from" a place ("pulled its monitors out of the Sinai"): the state that holds it;
- a ceasefire agreed or declared "in" or "for" a place ("a ceasefire in Idlib"), or in the place its purpose clause
  names ("a truce to halt the fighting in Sudan"): the state that holds it;
- forces kept on alert in a place (151 with an alert word): its people, as for a curfew; aid given or cut in or to a
  place of another country than the giver's (07, 162, also weighed or refused): its people; a surrender "in" a place:
  the state that holds it;
- on the doers' own ground, a non-state side's ceasefire, laying down of arms (0873) or surrender: the state; a
  state's own ceasefire at home: the place's people (the parties there are not named);
- a visit made, hosted or called off by a state's official to a place that names no actor ("cancelled a planned
  visit to Mashhad"), or the place such a visitor arrived in or travelled to ("arrived in the resort of Hurghada",
  "flew to Basra"; place_targets.tsv `arrival`): the government of the state it is in, the host; not a city that
  holds international bodies' seats (`venue-city`: "arrived in Geneva");
- ground named as held by someone ("rebel-held eastern Ghouta", "Kurdish-held territory"): the holder, whose own
  country is the place's; as the ground's holder is named, the doer's own state may act on it ("Syrian troops
  shelled rebel-held Ghouta": SYRMIL -> SYRREB).
The state of a place is never the target of its own state's act of force, withdrawal, ceasefire or visit (its own
ground: whom it acted against is not said); a doer with no country is given the one the article places it in first,
and with none known no place target is taken. A place the gazetteer put in a country the story is not about
(coder._place_held), or one named like a world region ("Middle East" read as a town in the US), is no target. The
target keeps the place mention's own span as its text. Word lists: data/coding/place_targets.tsv.
"""
from __future__ import annotations

from eventwire.doc_index import span_root

import functools
from dataclasses import replace
from typing import Optional

from eventwire.coding.aid_purpose import purpose_places
from eventwire.coding.claimed_place import CLAIM_CODES, claimed_place
from eventwire.coding.clause_args import preps_of
from eventwire.coding.destinations import conducting
from eventwire.coding.context import PLACE_TARGET_ROOTS, STATE_SECTORS, WRAPPER_NOUNS
from eventwire.coding.tables import word_kind_sets
from eventwire.coding.noun_clauses import unwrap_quantity
from eventwire.coding.place_anaphora import there_slots
from eventwire.coding.place_modifier import modifier_slots, sentence_country
from eventwire.coding.roles import victim_words
from eventwire.model import Actor

# restrictions imposed on an area (172: curfew, state of emergency, administrative sanctions) or eased there (081)
AREA_CODES = ("172", "081")
# a military withdrawal (0874) or a withdrawal of peacekeepers (1661): the place left, in its "from" phrase
WITHDRAWAL_CODES = ("0874", "1661")
# a ceasefire declared (0871) or agreed or pledged (0356, 03x with a truce noun): the place it holds in
TRUCE_CODES = ("0871", "0356")

_REGIONS: Optional[frozenset] = None


@functools.cache
def place_words() -> dict:
    """{kind: frozenset of words} from data/coding/place_targets.tsv."""
    return word_kind_sets("place_targets.tsv")


def _region_names() -> frozenset:
    """Names and aliases of the world regions (data/places/regions.tsv): a place mention with such a name that the
    gazetteer put in a country ("Middle East" read as a town in the US) is a region, no state's ground."""
    global _REGIONS
    if _REGIONS is None:
        import csv
        from pathlib import Path
        path = Path(__file__).resolve().parent.parent / "data" / "places" / "regions.tsv"
        names = set()
        with open(path, encoding="utf-8") as f:
            rows = [line for line in f if line.strip() and not line.startswith("#")]
        for r in csv.DictReader(rows, delimiter="\t"):
            names.add(r["name"].lower())
            names.update(a.strip().lower() for a in (r.get("aliases") or "").split("|") if a.strip() not in ("", "-"))
        _REGIONS = frozenset(names)
    return _REGIONS


def _held(coder, slot, sides, ctx) -> Optional[Actor]:
    """coder._place_held, less a region's name the gazetteer put in a country; or, for ground named by a nationality
    ("the encircled Syrian pocket of Daraa", "Iraqi towns"), the state of that nationality, under the same
    guards (not the doer's own, nor a country the story is not about)."""
    held = coder._place_held(slot, sides, ctx)
    if held is not None:
        return None if (held.text or "").lower() in _region_names() else held
    from eventwire.coding.context import PLACE_HEADS
    lemma = slot.lemma_.lower()
    if lemma not in PLACE_HEADS and lemma not in victim_words().get("ground", ()):
        return None
    own = {s.country for s in sides if s.country}
    for p in ctx.places_in(slot.left_edge.idx, slot.idx):
        tok = span_root(slot.doc, p.start, p.end)
        if not p.demonym or not p.country or tok is None or tok.head.i != slot.i or tok.dep_ not in ("amod", "compound"):
            continue
        if p.country in own or p.country not in (ctx.countries or ()):
            return None
        return Actor.national(p.country, name=p.name, entity=None, text=p.text,
                              start=p.start, end=p.end, kind="country",
                              why=f"'{p.text} {slot.text}', the place acted on, is in {p.country}: its state is the target")
    return None


def _venue(held, words) -> bool:
    """Whether the place a visit reached is a city that holds international bodies' seats (place_targets.tsv
    `venue-city`: "arrived in Geneva"), whose visitors are no guests of its state."""
    venues = words.get("venue-city", frozenset())
    return any((n or "").lower() in venues for n in (held.text, held.name))


def _slots(toks, preps) -> list:
    """The objects of the prepositions `preps` (in that order) on each token of `toks`, first token first."""
    out = []
    for tok in toks:
        if tok is None:
            continue
        got = preps_of(tok)
        out.extend(got[p] for p in preps if p in got)
    return out


def _act_nouns(cl) -> list:
    """The tokens an act's phrases may hang on: the predicate, its light verb, and an event noun or a quantity of one
    in its object ("carried out airstrikes in Afrin", "launched hundreds of airstrikes on Raqqa")."""
    toks = [cl.pred, cl.light_verb]
    obj = cl.obj
    if obj is not None and obj.pos_ in ("NOUN", "NUM"):
        toks.append(obj)
        inner = preps_of(obj).get("of")
        if inner is not None and (obj.like_num or obj.pos_ == "NUM" or obj.ent_type_ == "CARDINAL"
                                  or unwrap_quantity(obj) is not obj):
            toks.append(inner)
    return toks


def _known_sides(coder, cl, sources, code, entry, sent, ctx) -> Optional[list]:
    """The doers with their country, the article's where they name none ("the coalition", "government forces"):
    copies filled by actor_country, so the event's own actors are untouched. None when a doer's side stays unknown."""
    if not sources:
        return None
    if all(s.country or s.entity for s in sources):
        return list(sources)
    from eventwire.knowledge import actor_country
    copies = [replace(s) for s in sources]
    actor_country.fill_countries(copies, [], cl.anchor_token, sent, ctx, code, entry.lemma)
    if not all(s.country or s.entity for s in copies):
        return None
    return copies


def _holder(coder, slot, place, ctx, sent) -> Optional[Actor]:
    """The holder a "-held"/"-controlled" participle names on the ground acted on ("rebel-held eastern Ghouta",
    "the Kurdish-held territory around Afrin"), spanning the place mention (or the ground's phrase when it names no
    place), with the place's country when it has none of its own; or None."""
    from eventwire.coding.held_ground import foreign_group, holder_cues
    held = place_words().get("held-participle", frozenset())
    cues = []
    for c in slot.children:
        if c.dep_ != "amod" or c.lower_.rsplit("-", 1)[-1] not in held:
            continue
        if "-" in c.text:                                   # one token: "rebel-held"
            word, name = c, c.text.rsplit("-", 1)[0]
        else:                                               # "rebel - held": the word before the participle
            word = next((x for x in c.children if x.i < c.i and x.dep_ in ("npadvmod", "compound", "amod", "nmod")
                         and x.pos_ in ("NOUN", "PROPN", "ADJ", "ADV")), None)
            name = word.text if word is not None else None
        cues.append((word, name, c))
    # ("areas held by the SDF", "territory under the control of Isis": coding/held_ground.py)
    cues += [(word, word.text, cue) for word, cue in holder_cues(slot, place_words())]
    for word, name, c in cues:
        if word is None:
            continue
        found = [a for a in coder.actors_for(word, ctx, sent, role="target") if a.code] if word is not c else []
        if not found:
            found = [a for a in coder.kb.find(name, ctx.date) if a.code]
        found = [a for a in found if not foreign_group(a, place, ctx, sent)]    # (coding/held_ground.py)
        if not found:
            continue
        actor = found[0]
        if place is not None:
            text, start, end = place.text, place.start, place.end
        else:
            start = slot.left_edge.idx
            end = slot.idx + len(slot.text)
            text = ctx.text[start:end]
        country = actor.country or (place.country if place is not None and not actor.entity else None)
        code = actor.code if (actor.country or actor.entity or country is None) else country + actor.code
        return replace(actor, code=code, country=country, text=text, start=start, end=end,
                       why=f"'{text}' is ground held by '{name}' ('{getattr(c, 'text', c)}'): its holder is the target")
    return None


def _ground_or_act(coder, tok) -> bool:
    """Whether an object names ground ("the town", "positions", "Idlib") or an act ("airstrikes", "hundreds of
    raids"), whose "in" phrase may be the place acted on, rather than a person or thing the act was done to."""
    from eventwire.coding.context import PLACE_HEADS
    if tok.like_num or tok.pos_ == "NUM" or tok.ent_type_ == "CARDINAL":
        tok = preps_of(tok).get("of") or tok
    tok = unwrap_quantity(tok)
    lemma = tok.lemma_.lower()
    return lemma in PLACE_HEADS or lemma in victim_words().get("ground", ()) or coder._is_event_noun(tok) \
        or lemma in WRAPPER_NOUNS or tok.ent_type_ in ("GPE", "LOC", "FAC")


def _where_named(doc, place) -> bool:
    """Whether a place mention says where things happen: a town or province ("Idlib"), or a country in a locative
    phrase ("attacks in Syria"); not a country named as a party ("warplanes supported by Russia")."""
    if (place.feature or "") != "country":
        return True
    tok = span_root(doc, place.start, place.end)
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "inside", "across", "throughout",
                                                                           "within", "around", "near")


def _area_held(coder, slots, sides, ctx):
    """The place the first of `slots` that names an area holds (an Actor of its state), or None."""
    for slot in slots:
        held = _held(coder, slot, sides, ctx)
        if held is not None and _names_area(slot, held):
            return held
    return None


def _names_area(slot, place) -> bool:
    """Whether the phrase `slot` names the place itself or a part of it ("Basra", "parts of the western city of
    Ahmedabad", "Idlib province"), not a place inside something else it names ("limits on the freedom of
    citizens to see family in Cuba")."""
    tok = span_root(slot.doc, place.start, place.end)
    for _ in range(6):
        if tok is None:
            return False
        if tok.i == slot.i:
            return True
        if tok.dep_ in ("compound", "appos", "amod", "nmod"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i == slot.i and _place_noun(slot):
            return True                # "in a village in eastern Congo", "the eastern town in Uganda": a part of it
        else:
            return False
    return False


def _place_noun(tok) -> bool:
    """Whether `tok` is a common noun that names a place (context.PLACE_HEADS: "village", "town", "district")."""
    from eventwire.coding.context import PLACE_HEADS
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_HEADS


def place_target(coder, cl, entry, code: str, sources: list, tgt_tok, ctx, sent) -> Optional[tuple]:
    """(target actor, how) for an act whose target is the state or people of a place it was done to or at, or None
    (module doc)."""
    words = place_words()
    noun = cl.kind == "noun"
    lemma = cl.pred.lemma_.lower()
    alert = _alert_token(cl, words) if code[:3] in words.get("alert-code", ()) else None
    if code.startswith(AREA_CODES) or alert is not None:
        # a curfew, state of emergency or restriction on an area, or forces kept on alert there: the people who live
        # there
        held = _area_held(coder, _slots(_act_nouns(cl) + ([alert] if alert is not None else []), ("in", "on", "across", "throughout", "around",
                                                                    "over", "for", "at")), [], ctx)
        if held is None:
            return None
        return (replace(held, code=held.country + "CVL", sector="CVL", kind="other",
                        why=f"'{held.text}', where '{cl.pred.text}' was imposed, is in {held.country}: "
                            f"its people are the target"),
                f"the people of the place '{cl.pred.text}' applies to ('{held.text}')")
    visit = words.get("visit", frozenset())
    arrival = words.get("arrival", frozenset())
    visited = [t for t in [cl.obj] + _slots([cl.pred], ("to",)) if t is not None and t.lemma_.lower() in visit | arrival]
    if code[:2] in ("04", "16") and (lemma in visit or lemma in arrival or visited):
        # a visit made, hosted, called off, or an arrival or journey of a visitor: the government of the place
        # visited or reached, when the visitor is a state's and its side is known (a researcher's or a charity's
        # visit to a town has no host government)
        arrived = ([cl.pred] if lemma in arrival else []) + [t for t in visited if t.lemma_.lower() in arrival]
        slots = ([cl.obj] if lemma in visit and cl.kind == "verb" and cl.obj is not None else []) + \
            _slots([cl.pred] + visited, ("to",)) + _slots(arrived, ("in", "at"))
        sides = _known_sides(coder, cl, sources, code, entry, sent, ctx) if slots else None
        # (a named official of a state visits for it: "Lavrov visited Aleppo"; not a named group or body)
        if sides is not None and not all((not s.entity or s.kind == "person") and (s.sector or "GOV") in STATE_SECTORS
                                         and not (s.code or "").startswith("IGO") for s in sides):
            sides = None
        held = _area_held(coder, slots, sides, ctx) if sides is not None else None
        if held is None or _venue(held, words):
            return None
        return (replace(held, code=held.country + "GOV", sector="GOV", kind="other",
                        why=f"'{held.text}', the place visited, is in {held.country}: its government is the host"),
                f"the host of the visit to '{held.text}'")
    if code[:3] in words.get("aid-code", ()) or entry.cameo[:3] in words.get("aid-code", ()):
        # (also aid weighed, promised or refused: "weighing cuts to its grants for Borno")
        return _aid_target(coder, cl, entry, code, sources, ctx, sent)
    if code.startswith(CLAIM_CODES):
        # a claim for an act of force done in a foreign place: that state (coding/claimed_place.py)
        return claimed_place(coder, cl, code, _known_sides(coder, cl, sources, code, entry, sent, ctx), ctx)
    if code[:3] in words.get("one-country-code", ()):
        # ("the US had reimposed sanctions" in a sentence naming Iran: coding/place_modifier.sentence_country; only
        # sanctions or an embargo by name, not a ban or measures, which may bind anyone: "a travel ban")
        named = words.get("sanction-word", frozenset())
        if not any(t is not None and t.lemma_.lower() in named for t in (cl.pred, cl.obj)):
            return None
        return _invaded(coder, cl, sources, code, entry, sent, ctx, words)
    force = code[:2] in PLACE_TARGET_ROOTS
    country_in = []
    # (a ceasefire agreed "to", or called or asked "for": "called for a ceasefire in Yemen", whose parties are there)
    asked = ("to", "for") if code[:2] in ("02", "10") else ("to",)
    truce = code.startswith(TRUCE_CODES + tuple(words.get("truce-code", ()))) or any(t is not None and t.lemma_.lower() in words.get("truce-noun", ())
                                                for t in [cl.obj] + _slots([cl.pred], asked))
    if force:
        preps = ("on", "against", "into", "upon")
        if noun and lemma in words.get("patient-noun", ()):
            preps = ("of",) + preps           # "the occupation of Mosul", "the siege of Aleppo"
        where_only = words.get("where-only", frozenset())
        if lemma not in where_only and (cl.obj is None or cl.obj.lemma_.lower() not in where_only):
            preps += ("in", "inside", "at")   # "airstrikes in Ghouta", "the group's attack inside Iran" (not "fought
            # in Raqqa": where two sides met)
        else:
            # "the Saudi intervention in Bahrain", "launched an intervention in Yemen": only a country (below)
            country_in = [t for t in (cl.pred, cl.obj) if t is not None and t.lemma_.lower() in words.get("country-in", ())]
        how = "was done to or in"
    elif code.startswith(WITHDRAWAL_CODES) or code in words.get("forces-in-code", ()):
        preps, how = ("from", "out"), "withdrew from"
        if lemma in words.get("surrender-verb", ()):
            preps, how = ("in", "at", "to"), "surrendered in"
    elif truce:
        preps, how = ("in", "for", "over"), "holds in"
    else:
        return None
    toks = _act_nouns(cl)
    if code.startswith(WITHDRAWAL_CODES) and cl.kind == "verb" and cl.obj is not None \
            and (unit := preps_of(cl.obj).get("of")) is not None and unit not in toks:
        toks.append(unit)     # ("withdrew a contingent of 300 peacekeepers from Lebanon": the "from" on the forces)
    if truce and not code.startswith("0871"):
        toks += [t for t in [cl.obj] + _slots([cl.pred], asked) if t is not None]   # "agreed to a ceasefire in X"
    befell = cl.pred if not noun else cl.anchor if cl.anchor is not None else \
        cl.pred.head.head if cl.pred.dep_ == "pobj" and cl.pred.head.head.pos_ in ("VERB", "AUX") else None
    if cl.passive or (befell is not None
                      and (befell.tag_ == "VBN" or any(c.dep_ == "nsubjpass" for c in befell.children))
                      and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in befell.children)):
        # ("held captive in Libya", "was killed in a drone strike in Somalia": where it befell them, who are its target)
        preps = tuple(p for p in preps if p not in ("in", "inside", "at"))
    vw = victim_words()
    if force and cl.kind == "verb" and not cl.passive and (
            (cl.obj is not None and not _ground_or_act(coder, cl.obj))
            or (cl.obj is None and (lemma in vw.get("person-verb", ()) or lemma in vw.get("either-verb", ())))):
        # ("captured Mahmud in Iraq": the object is what it was done to, the place only where; and so where a verb
        # done to people names none the parse found: "captured Mahmud Monday in Iraq", "killed in Iraq")
        toks = [t for t in toks if t is not cl.pred and t is not cl.light_verb]
    # ("inside" a country crosses into its state's ground: "the group's attack inside Iran"; inside a building is
    # only where: "struck inside a restaurant in Manbij")
    slots = [t for t in _slots(toks, preps) if t.head.lower_ != "inside" or any(
        (p.feature or "") == "country" and not p.demonym for p in ctx.places_in(t.idx, t.idx + len(t.text)))]
    if country_in:
        # (an intervention "in" a town or region is only where it went on: the country it names is the state
        # intervened in, also where the intervention is what a passive was done by)
        slots += [t for t in _slots(country_in, ("in",)) if t not in slots and any(
            (p.feature or "") == "country" and not p.demonym for p in ctx.places_in(t.idx, t.idx + len(t.text)))]
    left, left_named = [], []
    if code in words.get("forces-in-code", ()) and lemma not in words.get("surrender-verb", ()):
        # "withdrew its troops in Syria", "a withdrawal of US troops in Syria", "ending US military operations in
        # Syria": the forces or operations withdrawn or ended were in the place (or the act itself was done "in" it:
        # "the withdrawal in Syria"); after the place it left, and never the doers' own ground (_home_ground is for
        # ceasefires and surrenders)
        left = [t for t in _slots(toks + _withdrawn(cl), ("in", "inside")) if t not in slots]
    if truce and not force:
        # ("announced a truce to halt the fighting in Sudan": the place its purpose clause names, aid_purpose.py)
        slots += [t for t in purpose_places(cl) if t not in slots]
    if noun and (force or code.startswith(WITHDRAWAL_CODES) or code in words.get("forces-in-code", ())):
        # ("the Chad incursion", "Trump's Syria withdrawal": a place name modifying the act noun, coding/place_modifier.py)
        named = [t for t in modifier_slots(cl, ctx, words) if t not in slots]
        slots += named
        if not force:
            left_named = named    # (a withdrawal's: only another state's country left, never the doers' own ground)
    if "in" in preps:
        slots += there_slots(ctx, toks)       # "US airstrikes there" (coding/place_anaphora.py)
    if force and cl.kind == "verb" and cl.obj is not None and not cl.passive:
        slots.insert(0, cl.obj)               # (for its holder: "shelled the rebel-held town of Douma")
    if force and tgt_tok is not None and tgt_tok.dep_ == "pobj" and tgt_tok not in slots:
        slots.append(tgt_tok)
    if not slots and not left and force and not country_in:
        return _invaded(coder, cl, sources, code, entry, sent, ctx, words) \
            or _rebels_at_home(coder, cl, sources, code, entry, sent, ctx)
    if not slots and not left:
        return None
    if code.startswith(WITHDRAWAL_CODES):
        # ("gave themselves up from the militia's final stronghold in Iraq": ground named as someone's own is not the state's)
        # (a country's own possessive names the place, not an owner: "in Nigeria's north-eastern Borno state")
        slots = [t for t in slots
                 if not any(c.dep_ == "poss" and c.ent_type_ not in ("GPE", "LOC") for c in t.children)]
    home, slots = slots, slots + [t for t in left if not any(c.dep_ == "poss" and c.ent_type_ not in ("GPE", "LOC")
                                                            for c in t.children)]
    sides = _known_sides(coder, cl, sources, code, entry, sent, ctx)
    for slot in slots:
        held_by = _holder(coder, slot, _held(coder, slot, [], ctx), ctx, sent) if force else None
        if held_by is not None and not held_by.country and not held_by.entity:
            # (a holder with no country takes the one country the sentence's places are in: "Idlib has seen more
            # bloodshed as jets bombed rebel-held positions")
            where = {p.country for p in ctx.places_in(sent.start_char, sent.end_char)
                     if p.country and not p.demonym and p.country in (ctx.countries or ())
                     and (p.text or "").lower() not in _region_names() and _where_named(sent.doc, p)}
            if len(where) == 1:
                country = next(iter(where))
                held_by = replace(held_by, code=country + held_by.code, country=country,
                                  why=held_by.why + f"; in {country}, where the sentence's places are")
        if held_by is not None and (held_by.country or held_by.entity) \
                and not any(s.code == held_by.code for s in sources):
            return held_by, f"the holder of the ground the act {how} ('{held_by.text}')"
        if sides is None:
            continue
        # (the doer's own country, and one the act's own modifiers name, is its side: "a joint Russian-Syrian raid")
        own = list(sides) + ([Actor.national(p.country) for p in
                              ctx.places_in(cl.pred.left_edge.idx, cl.pred.idx) if p.country
                              and not (slot.idx <= p.start < slot.idx + len(slot.text))] if noun else [])
        held = _held(coder, slot, own, ctx)
        if held is not None:
            done = "withdrew or ended forces or operations in" if slot in left else how
            return held, f"the country of the place the act {done} ('{held.text}')"
    if not force and sides is not None:
        return _home_ground(coder, cl, [t for t in home if t not in left_named], sides, how, ctx)
    if force and not country_in:
        return _invaded(coder, cl, sources, code, entry, sent, ctx, words) \
            or _rebels_at_home(coder, cl, sources, code, entry, sent, ctx)
    return None


def _invaded(coder, cl, sources, code, entry, sent, ctx, words) -> Optional[tuple]:
    """The country an invasion that names no ground was of, or economic sanctions imposed on no one named were
    aimed at: the one other its sentence names (coding/place_modifier.sentence_country)."""
    if code[:3] not in words.get("one-country-code", ()) and (
            cl.kind != "noun" or cl.pred.lemma_.lower() not in words.get("invaded-noun", ())):
        return None
    held = sentence_country(cl, _known_sides(coder, cl, sources, code, entry, sent, ctx), ctx, sent, words,
                            _region_names())
    if held is None:
        return None
    if held.text is None:
        return held, f"the country the story of '{cl.pred.text}' happens in ({held.country})"
    return held, f"the one other country the sentence of '{cl.pred.text}' names ('{held.text}')"


def _withdrawn(cl) -> list:
    """The forces or operations a withdrawal or an end of fighting takes away: the verb's object ("withdrew its
    troops", "ending military operations") or the withdrawal noun's "of" phrase ("the withdrawal of US troops")."""
    out = []
    if cl.kind == "verb" and cl.obj is not None and cl.obj.pos_ == "NOUN":
        out.append(cl.obj)
    if cl.kind == "noun" and cl.preps.get("of") is not None and cl.preps["of"].pos_ == "NOUN":
        out.append(cl.preps["of"])
    return out


def _alert_token(cl, words):
    """The alert word of an act of showing force that keeps forces on alert ("remained on alert", "put troops on
    high alert"), whose "in" phrase may hang on it; or None (a parade or an exercise has no such target)."""
    alert = words.get("alert-word", frozenset())
    for tok in [cl.pred, cl.obj] + _slots([cl.pred, cl.obj], ("on", "in")):
        if tok is not None and tok.lemma_.lower() in alert:
            return tok
    return None


def _home_ground(coder, cl, slots, sides, how, ctx) -> Optional[tuple]:
    """A ceasefire, a laying down of arms or a surrender in the doers' own country: a non-state doer's ("the rebels
    surrendered in the south of their country", "the insurgents will lay down arms in X") is aimed at the state that
    holds the place; a state's own ceasefire at home ("the president declared a ceasefire in the country") at the
    people of the place, the parties there being unnamed. Not for a place of another country (the caller's rule)."""
    own = {s.country for s in sides if s.country}
    for slot in slots:
        held = _held(coder, slot, [], ctx)
        if held is None or held.country not in own or not _names_area(slot, held):
            continue
        if all(s.sector and s.sector not in STATE_SECTORS and not (s.code or "").startswith("IGO") for s in sides):
            return (replace(held, why=held.why + "; the doers are not its state: on their own ground they act "
                                                  "towards the state that holds it"),
                    f"the state of the doers' own ground the act {how} ('{held.text}')")
        if "surrendered" not in how and all(s.sector in STATE_SECTORS and not (s.code or "").startswith("IGO")
                                            for s in sides):
            return (replace(held, code=held.country + "CVL", sector="CVL", kind="other",
                            why=f"'{held.text}', where the state's own act holds, is in {held.country}: the parties "
                                f"there are not named, its people are the target"),
                    f"the people of the state's own ground the act {how} ('{held.text}')")
        return None
    return None


def _rebels_at_home(coder, cl, sources, code, entry, sent, ctx) -> Optional[tuple]:
    """Fighting or an insurgency a non-state side wages "in" or "inside" its own country, named as a country ("the
    ELN units fighting inside Colombia", "has waged an insurgency in Colombia"): aimed at that state, as a non-state
    side's ceasefire on its own ground is (_home_ground); not a town or region ("fought in Raqqa": where two sides
    met), nor a side from outside the country, whose foe there is not said."""
    toks = [t for t in (cl.pred, cl.light_verb, cl.obj) if t is not None]
    slots = [t for t in _slots(toks, ("inside", "in")) if any(
        (p.feature or "") == "country" and not p.demonym for p in ctx.places_in(t.idx, t.idx + len(t.text)))]
    sides = _known_sides(coder, cl, sources, code, entry, sent, ctx) if slots else None
    if not sides or not all(s.country and s.sector and s.sector not in STATE_SECTORS
                            and not (s.code or "").startswith("IGO") for s in sides):
        return None
    for slot in slots:
        held = _held(coder, slot, [], ctx)
        if held is not None and held.country in {s.country for s in sides} and _names_area(slot, held):
            return (replace(held, why=held.why + "; the doers are not its state: fighting on their own ground, "
                                                  "they fight the state"),
                    f"the state of the doers' own country they fight in ('{held.text}')")
    return None


def _aid_target(coder, cl, entry, code, sources, ctx, sent) -> Optional[tuple]:
    """Aid given (071-073, not asylum or refuge: 075), or cut, "in" a place of another country than the giver's ("provided shelter in Haiti", "suspended
    aid deliveries in Borno State"): the people of the place, whom it is for. Not for the giver's own country (aid at
    home names no one), nor a place named only inside another phrase. Also aid "to" such a place ("cut its grants
    to Borno State"), "into" it ("flew medicine into Yemen"), or named in its purpose clause ("gave $5m to rebuild schools
    in Malawi": aid_purpose.purpose_places; not for arms or military aid, place_targets.tsv `aid-purpose-code`)."""
    toks = _act_nouns(cl)
    toks += _slots(toks, ("for",))               # ("gave $95 million for relief in southern Sudan")
    # (not where a conduct verb took people or goods: "evacuated the wounded to Turkey", coding/destinations.py)
    slots = _slots(toks, ("in", "inside", "across", "throughout") + (() if conducting(cl) else ("to", "into")))
    purpose = code[:3] in place_words().get("aid-purpose-code", ())
    if purpose:
        # ("gave 40 million euros to promote farming in Malawi": the place its purpose clause names, coding/aid_purpose.py)
        slots += purpose_places(cl)
    sides = _known_sides(coder, cl, sources, code, entry, sent, ctx) if slots else None
    if sides is None:
        return None
    held = _area_held(coder, slots, sides, ctx)
    if held is None:
        return None
    return (replace(held, code=held.country + "CVL", sector="CVL", kind="other",
                    why=f"'{held.text}', where the aid goes, is in {held.country}: its people are the target"),
            f"the people of the place the aid goes to ('{held.text}')")
