"""Places: find place names in a parsed document and resolve them to coordinates; the public API of the place stages.

    places = find_places(doc, context_countries=("IRQ",))
    loc = event_location(doc, trigger_token_index, places, dateline_place(doc, places), article_focus(doc, places))

The stages, in order:
  1. toponyms.py: recognition; the names of places in the text (`_collect`), unresolved (the predicates that
     read the words around a name are in toponym_context.py);
  2. this module: resolution; each mention's gazetteer candidate (`_annotate`, `_score`, `_resolve`,
     `_fill_admin2`), in `find_places`, with toponym_kinds.py (organisations' names, towns taken, quarters); the
     dateline's place (`dateline_place`) is in toponym_doc.py;
  3. event_location.py: where an event happened (`event_location`, `article_focus`), with event_clause.py (the
     trigger's clause and the places its sentence names) and event_attach.py (`_place_score`).
The word lists all three read are loaded once in place_words.py. `event_location` and `article_focus` are
imported here too, so `eventwire.knowledge.places` keeps the whole public API. Tuning constants live where they
are read: POP_W, CTX_COUNTRY_MAX and the SUPPORT_* weights here, MIN_ATTACH_* and SPECIFIC_ATTACH in
event_location.py (set them there).

Each distinct name is resolved once per document by scoring its gazetteer candidates: population, the kind of
place (countries and states before towns), the countries the article is about, other places the text names (a
town near the other towns, in the state the text names; a reading beside a reading of another name, as a town and
its county: toponym_near.py), "X, Y" ("Alexandria, La."), "X St." ("Paris Ky.") and "the city of X" patterns.
"""
from __future__ import annotations

import difflib
import math
import threading
import re
from dataclasses import replace
from typing import Iterable, Optional, Sequence

from eventwire.model import Place
from eventwire.nlp import doc_ents
from eventwire.knowledge.gazetteer import Candidate, Gazetteer, default_gazetteer, km, norm
from eventwire.knowledge.place_words import (
    _DWELLINGS, _PLACE_HEADS, _PROVINCE_WORDS, _SAY_AFTER, _SETTLEMENT_NOUNS, _STRONG_PREPS, _TITLES, _WORDS)
from eventwire.knowledge.toponyms import (
    PLACE_LABELS, _Mention, _cap, _collect, _ent_end, _held_object, _person_use, _place_context,
    _settlement_context, _site_modifier)
from eventwire.knowledge.event_location import _np_head
from eventwire.knowledge.toponym_spelling import article_candidates
from eventwire.knowledge.toponym_variants import variant_candidates
from eventwire.knowledge.toponym_doc import (  # noqa: F401  (dateline_place: public API)
    dateline_place, annotate_containment, doc_countries, doc_regions, region_candidates, sentence_initial_city)
from eventwire.knowledge.toponym_near import BIG_CITY, big_city_name, near_names
from eventwire.knowledge.place_why import chosen_why
from eventwire.knowledge.toponym_parts import body_of_town, member_home
from eventwire.knowledge.toponym_recur import _TOWN_NEXT, recurring_mentions
from eventwire.knowledge.toponym_kinds import ORG_TOWN, _not_org_names, _point_ok, _quarter_towns, _taken_town
# re-exported: the last stage's public API, and helpers code outside this package may have imported from here
from eventwire.knowledge.event_location import (  # noqa: F401
    article_focus, event_location, _clause_root, _is_report, _subtree_ids)

# buildings and bodies named like towns that stand for an institution
_NOT_PLACE_NAMES = _WORDS["not_place_names"]
_FEATURE_PRIOR = {"country": 4.0, "admin1": 3.0, "city": 0.0, "admin2": 1.0, "region": 3.0, "continent": 4.0}
_QUARTER_NAMES = _WORDS["quarter_names"]
_STATE_ABBR = re.compile(r"^[A-Z][A-Za-z]{0,3}\.(?:[A-Z]\.)?$")      # "Ga.", "Okla.", "D.C.", "N.C."


def _annotate(doc, mentions: list[_Mention], gaz: Gazetteer) -> None:
    by_tok = {m.tok_start: m for m in mentions}
    for m in mentions:
        j = m.tok_end
        # "Laurel County", "Rapides Parish" when the parser left the generic word out
        if j < len(doc) and doc[j].lower_ in ("county", "parish") and _cap(doc[j]):
            longer = doc[m.tok_start:j + 1].text
            if gaz.lookup(longer):
                m.text = longer; m.end = doc[j].idx + len(doc[j].text); m.tok_end = j + 1
        low = m.text.lower()
        if low.endswith(" county") or low.endswith(" parish"):
            m.county_hint = True
        # "X, Y": Y a state / country / region
        j = m.tok_end
        if j + 1 < len(doc) and doc[j].text == ",":
            nxt = by_tok.get(j + 1)
            ytext = nxt.text if nxt else doc[j + 1].text
            if nxt is None and j + 2 < len(doc) and doc[j + 2].text == ".":
                ytext = doc[j + 1].text + "."
            ys = [c for c in gaz.lookup(ytext) if c.feature in ("admin1", "country") and not c.demonym]
            if ys and ys[0].feature == "country" and any(
                    c.feature == "country" and not c.alt and norm(c.name) == norm(m.text) for c in gaz.lookup(m.text)):
                ys = []       # "Italy, Russia and China": a list of countries
            if ys:
                m.within = ys[0]
        elif j < len(doc) and _STATE_ABBR.match(doc[j].text):
            # "Athens Ga.", "Paris Ky.": a state's abbreviation right after the town, without the comma
            ys = [c for c in gaz.lookup(doc[j].text) if c.feature == "admin1" and not c.demonym]
            if ys:
                m.within = ys[0]
        # "the city of X", "X city"
        i = m.tok_start
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in ("city", "town", "village", "capital", "suburb", "port"):
            m.city_hint = True
        if j < len(doc) and doc[j].lower_ in ("city", "town", "village"):
            m.city_hint = True
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PROVINCE_WORDS \
                or j < len(doc) and doc[j].lower_ in _PROVINCE_WORDS:
            m.province_hint = True
    annotate_containment(doc, mentions, gaz)      # "X, the capital of Y", "X in Y"


def _small_namesake(c: Candidate, m: _Mention) -> bool:
    """A town (under BIG_CITY) far smaller than the big city of its name, in a country with no big city of that
    name ("Geneva", Illinois, beside Geneva; not Tripoli, Lebanon, beside Tripoli, Libya; not Alexandria, Minnesota,
    whose country has a big Alexandria too)."""
    return (c.feature == "city" and m.big_pop >= BIG_CITY and c.country not in m.big_country
            and (c.population or 0) < BIG_CITY and (c.population or 0) * NAMESAKE_RATIO < m.big_pop)


def _score(c: Candidate, m: _Mention, ctx_countries: dict, ctx_admin1: dict, anchors: list[Candidate],
           support: Optional[tuple] = None, terms: Optional[list] = None) -> float:
    """A candidate's score for a mention; with `terms`, each weight that counted is appended to it as (what, weight),
    the reason a place carries (place_why.py)."""
    def t(what, v):
        if terms is not None and v:
            terms.append((what, v))
        return v
    s = 0.0
    if support is not None:
        # other names in the text that could lie in the same state / country ("Paris" with "Henry County", "Tenn.")
        region_names, country_names, key, near = support
        if c.region and c.feature in ("city", "admin2", "admin1"):
            n = len(region_names.get((c.country, c.region), _EMPTY) - {key})
            s += t("region-names", min(SUPPORT_REGION_MAX, SUPPORT_REGION * n))
        if c.country and not _small_namesake(c, m):
            n = len(country_names.get(c.country, _EMPTY) - {key})
            s += t("country-names", min(SUPPORT_COUNTRY_MAX, SUPPORT_COUNTRY * n))
        # other names of the text with a reading beside this one (toponym_near.py: a town and its county)
        n = near.get((key, c.geonameid), 0)
        if n:
            s += t("near-names", min(SUPPORT_NEAR_MAX, SUPPORT_NEAR * n))
    s += t("population" if c.feature in ("city", "admin2") else "kind",
           math.log10((c.population or 0) + 10) * POP_W if c.feature in ("city", "admin2") else 4.0)
    s += t("kind", _FEATURE_PRIOR.get(c.feature, 0.0))
    if c.feature == "city" and c.population >= 500_000 and not c.alt and m.region_too:
        s += t("big-city", 3.5)      # a big city beats the region of the same name ("Washington", "New York")
    if c.alt:
        s += t("other-spelling", -2.0)
        if m.big_pop >= ALT_BESIDE_TOWN and c.feature == "city" and c.country not in ctx_countries:
            s += t("other-spelling", -ALT_BESIDE_TOWN_W)    # "Berea": the towns of that name, not Aleppo's old
            #                           name (but "Westminster" in a story about Britain)
    if c.feature == "city" and m.region_too and c.population < 100_000 and not m.city_hint and m.within is None:
        s += t("region-namesake", -REGION_NAMESAKE)   # "Oregon and Washington laws": the states, not their small towns
        if m.world:
            s += t("region-namesake", -WORLD_NAMESAKE)   # "Italy" beside "Russia", "Japan" and "Canada": not Italy, Texas
    if c.demonym:
        s += t("demonym", 0.5 if m.demonym_only or m.label == "NORP" else -1.0)
    if c.feature == "admin2":
        s += t("county-word", 4.0 if m.county_hint else -6.0)
    if m.province_hint:
        s += t("province-word", 6.0 if c.feature == "admin1" else -3.0)
    if m.city_hint:
        s += t("city-word", 2.0 if c.feature == "city" else -2.0)
    # a small namesake of a big world city ("Geneva", Illinois; "Damascus", Maryland) is not chosen because its
    # country is named: only its state, county or a town beside it can pick it over the big city
    small_namesake = _small_namesake(c, m)
    if m.world_story and c.feature == "city" and c.country != m.big_top \
            and (c.population or 0) * NAMESAKE_RATIO < m.big_pop:
        # in a story of several countries, a city five times smaller than the big one of its name is its namesake
        # even when it is big itself ("a trip to Athens" beside the US, Russia and Iran: not Athens, Georgia)
        small_namesake = True
    if c.country and c.country in ctx_countries and not small_namesake:
        s += t("text-country", min(CTX_COUNTRY_MAX, 1.5 + ctx_countries[c.country]))
    if c.region and (c.country, c.region) in ctx_admin1 and c.feature in ("city", "admin2"):
        s += t("text-region", min(3.0, 1.5 + ctx_admin1[(c.country, c.region)]))
    if m.within is not None:
        w = m.within
        if w.feature == "country":
            s += t("within", 6.0 if c.country == w.country else -6.0)
        else:
            s += t("within", 6.0 if (c.country == w.country and c.region == w.region) else -6.0)
    if anchors and _point_ok(c) and c.feature == "city":
        points = _anchor_points(anchors)
        d = min(km(c.lat, c.lon, lat, lon) for lat, lon in points) if points else 1e9
        if d < 50:
            s += t("near-anchor", 2.0)
        elif d < 200:
            s += t("near-anchor", 1.0)
    return s


_ANCHORS = threading.local()


def _anchor_points(anchors: list) -> list:
    """The distinct points of the anchor cities (the same distances as every anchor gives, once per point): kept
    per anchor list, which only grows by appends while a document's places are resolved."""
    got = getattr(_ANCHORS, "v", None)
    if got is None or got[0] is not anchors or got[1] > len(anchors):
        got = _ANCHORS.v = [anchors, 0, set(), []]
    if got[1] < len(anchors):
        seen, points = got[2], got[3]
        for a in anchors[got[1]:]:
            if _point_ok(a) and a.feature == "city" and (a.lat, a.lon) not in seen:
                seen.add((a.lat, a.lon))
                points.append((a.lat, a.lon))
        got[1] = len(anchors)
    return got[3]


POP_W = 1.0
# a town of this many people goes by the name: another place's alternate spelling of it weighs that much less
ALT_BESIDE_TOWN, ALT_BESIDE_TOWN_W = 10_000, 2.0
NAMESAKE_RATIO = 5        # a town under a fifth of the biggest city of its name is that city's small namesake
REGION_NAMESAKE = 2.0
WORLD_NAMESAKE = 4.0
CTX_COUNTRY_MAX = 2.0
SUPPORT_TOP = 15
_EMPTY: frozenset = frozenset()
SUPPORT_REGION, SUPPORT_REGION_MAX = 1.5, 4.5
SUPPORT_COUNTRY, SUPPORT_COUNTRY_MAX = 0.6, 2.0
SUPPORT_NEAR, SUPPORT_NEAR_MAX = 2.5, 4.0


def _resolve(mentions: list[_Mention], gaz: Gazetteer, context_countries: Iterable[str],
             reasons: Optional[dict] = None) -> dict[int, Candidate]:
    """Each mention's chosen candidate (by id of the mention); `reasons`, when given, gets each one's reason."""
    reasons = {} if reasons is None else reasons
    cands_of = {id(m): [] if m.unresolved_only else [c for c in gaz.lookup(f"{m.text} {m.kind}") if c.feature == "admin2"]
                or gaz.lookup(m.text) if m.kind else gaz.lookup(m.text) for m in mentions}
    for m in mentions:
        if not cands_of[id(m)] and not m.unresolved_only:
            # "Sindh province", "Kano State": the region named before its kind
            cands_of[id(m)] = region_candidates(m.text, gaz)
            if cands_of[id(m)]:
                m.province_hint = any(c.feature == "admin1" for c in cands_of[id(m)])
                m.county_hint = not m.province_hint
            else:
                # "Al-Salamiyah", "al-Tall": GeoNames writes the article as spoken ("As Salamiyah") or not at all
                cands_of[id(m)] = article_candidates(m.text, gaz)
                if cands_of[id(m)]:
                    note = f"'{m.text}' looked up without its article, as the gazetteer writes it"
                    m.found = f"{m.found}; {note}" if m.found else note
    for m in mentions:
        # "Aleppo province", "the province of Kano": the region listed as "Aleppo Governorate", "Kano State"
        if m.province_hint and not m.unresolved_only and not any(c.feature == "admin1" for c in cands_of[id(m)]):
            seen = {c.geonameid for c in cands_of[id(m)]}
            for w in sorted(_PROVINCE_WORDS):
                for c in gaz.lookup(f"{m.text} {w}"):
                    if c.feature == "admin1" and c.geonameid not in seen:
                        cands_of[id(m)] = cands_of[id(m)] + [c]
                        seen.add(c.geonameid)
    for m in mentions:
        m.region_too = any(c.feature in ("admin1", "country") and not c.alt for c in cands_of[id(m)])
    near = near_names(mentions, cands_of)
    # a text that names three countries or more: a country's name there is the country, not a small namesake town
    nations = {norm(m.text) for m in mentions if any(
        c.feature == "country" and not c.alt and not c.demonym and norm(c.name) == norm(m.text) for c in cands_of[id(m)])}
    for m in mentions:
        m.world = len(nations) >= 3 and norm(m.text) in nations
        m.world_story = len(nations) >= 3
        big = max((c for c in cands_of[id(m)] if c.feature == "city" and not c.alt),
                  key=lambda c: c.population or 0, default=None)
        m.big_pop = (big.population or 0) if big is not None else 0
        m.big_top = big.country if big is not None else None
        m.big_country = frozenset(c.country for c in cands_of[id(m)]
                                  if c.feature == "city" and not c.alt and (c.population or 0) >= BIG_CITY)
    ctx_countries: dict[str, float] = {c: 2.0 for c in context_countries if c}
    ctx_admin1: dict[tuple, float] = {}
    anchors: list[Candidate] = []
    # pass 1: unambiguous or dominant mentions set the context
    for m in mentions:
        cs = cands_of[id(m)]
        if not cs:
            continue
        top = cs[0]
        main = [c for c in cs if not c.alt and not c.demonym]
        one_country = len({c.country for c in cs}) == 1
        if len(cs) == 1 or one_country and len(main) <= 1 or m.within is not None:
            c = top if m.within is None else max(cs, key=lambda c: _score(c, m, {}, {}, []))
            ctx_countries[c.country] = ctx_countries.get(c.country, 0) + 0.5
            if c.feature in ("admin1", "admin2", "city") and c.region:
                ctx_admin1[(c.country, c.region)] = ctx_admin1.get((c.country, c.region), 0) + 0.5
            if c.feature == "city":
                anchors.append(c)
    region_names: dict[tuple, set] = {}
    country_names: dict[str, set] = {}
    for m in mentions:
        key = norm(m.text)
        # a state's or a country's own name ("Oregon", "Georgia") supports that region, not its towns' namesakes
        region = any(c.feature in ("admin1", "country") and not c.alt and norm(c.name) == key
                     for c in cands_of[id(m)])
        # a big city's name ("Paris", "Rome") supports its big city's state and country, not those of its small
        # namesakes: "Paris, Moscow and Rome" are not the three towns of Maine
        big = big_city_name(cands_of[id(m)])
        for c in cands_of[id(m)][:SUPPORT_TOP]:
            if c.alt or region and c.feature not in ("admin1", "country") \
                    or big and c.feature == "city" and c.population < BIG_CITY:
                continue
            if c.region and c.feature != "country":
                region_names.setdefault((c.country, c.region), set()).add(key)
            if c.country:
                country_names.setdefault(c.country, set()).add(key)
    # pass 2: score every candidate; the same name resolves the same way throughout the document. Then again, once,
    # with what the whole article named: its states and countries, each as often as it is named, and its dateline
    base_countries, base_admin1, base_anchors = dict(ctx_countries), dict(ctx_admin1), list(anchors)
    chosen, by_name = _pass2(mentions, cands_of, ctx_countries, ctx_admin1, anchors, region_names, country_names,
                             near, reasons)
    named = doc_regions(mentions, chosen)
    if named[0] or named[1]:
        ctx_countries, ctx_admin1, anchors = dict(base_countries), dict(base_admin1), list(base_anchors)
        for cc, w in named[0].items():
            ctx_countries[cc] = ctx_countries.get(cc, 0) + w
        for key, w in named[1].items():
            ctx_admin1[key] = ctx_admin1.get(key, 0) + w
        reasons.clear()
        chosen, by_name = _pass2(mentions, cands_of, ctx_countries, ctx_admin1, anchors, region_names, country_names,
                                 near, reasons)
    # pass 3: names no exact lookup finds, spelt another way ("Khan Touman" / "Khan Tuman"): only towns in the
    # countries the text is about, nearest the places already resolved
    for m in mentions:
        if id(m) in chosen or cands_of[id(m)] or m.unresolved_only:
            continue
        key = norm(m.text)
        if key in by_name:
            chosen[id(m)] = by_name[key]
            reasons[id(m)] = reasons.get(("name", key), "")
            continue
        if any(ch.isdigit() for ch in m.text) or m.label == "FAC":
            continue
        # the same name in another transliteration ("Tell Rifaat" / "Tall Rif'at"; knowledge/toponym_variants.py),
        # else, in the countries the text is about, the same consonants spelt closely
        cs = [c for c in variant_candidates(m.text, gaz, ctx_countries) if _point_ok(c)]
        how = "the same name in another transliteration" if cs else "spelt like it"
        if not cs and ctx_countries:
            cs = [c for c in gaz.lookup_skeleton(m.text) if c.feature == "city" and c.country in ctx_countries
                  and c.country not in _ENGLISH_NAMED and _point_ok(c) and _spelling_close(m.text, c.name)]
        if not cs:
            continue

        def near(c):
            ds = [km(c.lat, c.lon, a.lat, a.lon) for a in anchors if _point_ok(a)]
            return min(ds) if ds else 1e9
        best = min(cs, key=lambda c: (-ctx_countries.get(c.country, 0), near(c), -c.population))
        if anchors and near(best) > 300:
            continue          # a namesake far from every other place the text names
        chosen[id(m)] = best
        by_name[key] = best
        reasons[id(m)] = reasons[("name", key)] = (
            f"{how} '{best.name}', a town in {best.country}"
            f"{', a country the text is about' if best.country in ctx_countries else ''}, nearest the other "
            f"places the text names (no place of the name as written)")
    return chosen


_LOCAL_SUPPORT = frozenset({"region-names", "near-names", "text-region", "within", "near-anchor"})
# the words after such a name that make it the town's own body ("Groton Town Council", "Bell police"); not "council"
# or "commission" alone ("the Atlantic Council")
_ORG_TOWN_NEXT = _TOWN_NEXT - {"council", "commission", "court", "courthouse", "crown"}


def _pass2(mentions, cands_of, ctx_countries, ctx_admin1, anchors, region_names, country_names, near, reasons):
    chosen: dict[int, Candidate] = {}
    by_name: dict[str, Candidate] = {}
    for m in mentions:
        cs = cands_of[id(m)]
        if not cs:
            continue
        key = norm(m.text)
        if key in by_name and m.within is None:
            chosen[id(m)] = by_name[key]
            reasons[id(m)] = reasons.get(("name", key), "")
            continue
        sup = (region_names, country_names, key, near)
        scores = [_score(c, m, ctx_countries, ctx_admin1, anchors, sup) for c in cs]
        top = max(range(len(cs)), key=scores.__getitem__)
        best = cs[top]
        terms: list = []
        _score(best, m, ctx_countries, ctx_admin1, anchors, sup, terms)
        if m.source in ("ner", "ctx") and best.alt and best.population < 20_000 and best.feature == "city" \
                and not _placed_by_text(best, cs, m, sup):
            continue        # only a minor town's alternate spelling: leave it unresolved
        if m.capital_of and best.country != m.capital_of and m.capital_of in ctx_countries \
                and not any(what in _LOCAL_SUPPORT for what, _w in terms):
            # "Officials in Whitehall" of a story that names Britain and the US: no Whitehall, Pennsylvania, that
            # nothing local places; the capital's own reading where the gazetteer has one, else none (in a story
            # that names neither the capital's country nor its people, the name is weighed as any other)
            own = [k for k in range(len(cs)) if cs[k].country == m.capital_of]
            if not own:
                continue
            best = cs[max(own, key=scores.__getitem__)]
            terms = []
            _score(best, m, ctx_countries, ctx_admin1, anchors, sup, terms)
            terms.append(("capital", 0.0))
        if m.label == "ORG" and not m.placed_org and best.feature == "city" and best.population < ORG_TOWN \
                and not any(what in _LOCAL_SUPPORT for what, _w in terms):
            continue        # "the Atlantic Council", "the Brookings Institution": no small town nothing else places
        chosen[id(m)] = best
        others = [k for k in range(len(cs)) if cs[k].geonameid != best.geonameid
                  and (cs[k].name, cs[k].country) != (best.name, best.country)]
        runner = cs[max(others, key=scores.__getitem__)] if others else None
        reasons[id(m)] = chosen_why(best, runner, terms, len({c.geonameid for c in cs}), m.text)
        if ("capital", 0.0) in terms:
            reasons[id(m)] += f"; the name of a seat of {m.capital_of}'s government, and nothing local places a namesake"
        if best.alt and best.population < 20_000 and best.feature == "city" and m.source in ("ner", "ctx"):
            reasons[id(m)] += (f"; '{best.name}' spelt another way, taken as other names of the text lie in "
                               f"{best.country}")
        if key not in by_name:
            reasons[("name", key)] = reasons[id(m)]
        by_name.setdefault(key, best)
        if best.feature == "city":
            anchors.append(best)
        if best.country:
            ctx_countries[best.country] = ctx_countries.get(best.country, 0) + 0.25
    return chosen, by_name


def _placed_by_text(best: Candidate, cs: list, m, sup: tuple) -> bool:
    """A minor town's other spelling that the rest of the text places ("Tal Afar" beside "Iraq": GeoNames' "Tall
    'Afar"): the only reading of the name in its country, and another name of the text lies in that country (or
    its state, or beside it), or "X, Y" puts it there; not in a country whose names are English (_ENGLISH_NAMED)."""
    if best.country is None or best.country in _ENGLISH_NAMED or sum(1 for c in cs if c.country == best.country) != 1:
        return False          # (an English-named country's other names are old names and suburbs: "Kanawha City")
    region_names, country_names, key, near = sup
    w = m.within
    return (w is not None and w.country == best.country
            or bool(country_names.get(best.country, _EMPTY) - {key})
            or bool(best.region and region_names.get((best.country, best.region), _EMPTY) - {key})
            or bool(near.get((key, best.geonameid))))


# countries whose place names are English words or spelt one way: no transliteration matching there
_ENGLISH_NAMED = {"USA", "GBR", "CAN", "AUS", "IRL", "NZL"}


def _spelling_close(a: str, b: str) -> bool:
    """Two spellings of one transliterated name ("Khan Touman" / "Khan Tuman"), not merely the same consonants
    ("Kharabeel" / "Karbala")."""
    def clean(x):
        return " ".join(w for w in re.split(r"[\s\-'’‘]+", norm(x)) if w and w not in ("al", "el", "ad", "as", "ar"))
    return difflib.SequenceMatcher(None, clean(a), clean(b)).ratio() >= 0.68


def _fill_admin2(chosen: dict[int, Candidate], gaz: Gazetteer) -> dict[int, Candidate]:
    """Counties have no point in the source: use the towns the text names in the same state, else the state."""
    cities = [c for c in chosen.values() if c.feature == "city" and _point_ok(c)]
    out = {}
    for k, c in chosen.items():
        if c.feature == "admin2" and not _point_ok(c):
            same = [x for x in cities if x.country == c.country and x.region == c.region]
            if same:
                same.sort(key=lambda x: x.population)
                lat = sorted(x.lat for x in same)[len(same) // 2]
                lon = sorted(x.lon for x in same)[len(same) // 2]
                c = replace(c, lat=lat, lon=lon)
            else:
                st = gaz.admin1_point(c.country, c.region) if c.region else None
                if st:
                    c = replace(c, lat=st.lat, lon=st.lon)
        out[k] = c
    return out


def find_places(doc, context_countries: Sequence[str] = (), gazetteer: Optional[Gazetteer] = None,
                org_spans: Iterable[tuple] = (), capital_spans: Optional[dict] = None) -> list[Place]:
    """Place mentions in a parsed document, resolved; unresolved names are kept with lat/lon None. `org_spans`: the
    (start, end) of names the actor knowledge read as an organisation ("Nato", "Sana", "Isis"): such a name, all of
    it, is no place unless a country or a state has that name. `capital_spans`: {(start, end): ISO3} of names the
    actor knowledge reads as a country's capital or seat of government ("Whitehall", "Paris"): such a name is a
    namesake town elsewhere only where the text places that town (its state, "X, Y", a town beside it)."""
    try:
        gaz = gazetteer or default_gazetteer()
    except Exception:       # no gazetteer could be built: recognise nothing rather than fail the document
        return []
    mentions = _collect(doc, gaz)
    if not mentions:
        return []
    if org_spans:
        mentions = _not_org_names(doc, mentions, org_spans, gaz, frozenset(context_countries))
    if capital_spans:
        for m in mentions:
            m.capital_of = capital_spans.get((m.start, m.end))
    _annotate(doc, mentions, gaz)
    # gazetteer-only matches inside organisation names and lone ambiguous words need support elsewhere
    known = {norm(m.text) for m in mentions if m.source == "ner" or m.found}     # (and the rescued: toponym_rescue)
    countries = doc_countries(mentions, gaz, PLACE_LABELS)     # once per document
    for m in mentions:
        if m.dateline and any(c.feature == "city" and not c.alt for c in gaz.lookup(m.text)):
            known.add(norm(m.text))      # the dateline's town, and its name wherever else the text uses it
    rejected = set()
    org_at = {k: e for e in doc_ents(doc) if e.label_ == "ORG" for k in range(e.start, e.end)}
    for rnd in (0, 1):        # names accepted outside organisation names also count inside them
        for m in mentions:
            if m.source != "gaz" or (m.label == "ORG") != (rnd == 1):
                continue
            cs = gaz.lookup(m.text)
            top = cs[0]
            if m.tok_end - m.tok_start == 1 and (
                    (m.tok_start > 0 and doc[m.tok_start - 1].lower_ in _TITLES)
                    or (m.tok_end < len(doc) and doc[m.tok_end].lower_ in _SAY_AFTER)) \
                    and not (top.feature in ("country", "admin1") or top.population >= 100_000):
                rejected.add(id(m))      # "coach Ripley", "Petrova said": a person
                continue
            if doc[m.tok_start].ent_type_ == "PERSON" and m.tok_end + 1 < len(doc) \
                    and doc[m.tok_end].lower_ in ("'s", "’s") \
                    and _np_head(doc[m.tok_end - 1].head).lower_ in _DWELLINGS \
                    and not (top.feature in ("country", "admin1") or top.population >= 100_000):
                rejected.add(id(m))      # "in Anderson's apartment": whose home, not where
                continue
            strong = (top.feature in ("country", "admin1") and not top.alt) or top.demonym and not top.alt \
                or top.feature == "admin2" and m.county_hint
            if not (strong or norm(m.text) in known
                    or (top.feature == "city" and top.population >= 100_000 and not top.alt and m.label != "ORG")
                    or (m.label == "ORG" and sentence_initial_city(doc, m, cs, countries))
                    or (m.label == "ORG" and m.tok_start in org_at
                        and body_of_town(doc, org_at[m.tok_start], m.tok_start, m.tok_end, cs))
                    or (member_home(doc, m.tok_start, m.tok_end)
                        and any(c.feature in ("city", "admin2") and not c.alt for c in cs))
                    or (m.label == "SOFT" and any(c.feature == "city" and c.population >= 5000 and not c.alt
                                                  for c in cs))
                    or (m.label != "ORG" and m.tok_start > 0
                        and doc[m.tok_start - 1].lower_ in ("in", "at", "near", "outside", "into")
                        and any(c.feature == "city" and c.population >= 1000 and not c.alt for c in cs))
                    or (m.label == "ORG" and any(e.start == m.tok_start and _ent_end(doc, e) == m.tok_end
                                                 for e in doc_ents(doc))
                        and (_held_object(doc, m.tok_start, m.tok_end)
                             and any(c.feature == "city" and (c.population >= 100_000 and not c.alt
                                                              or c.population >= 300_000) for c in cs[:3])
                             or (_held_object(doc, m.tok_start, m.tok_end, True) or _taken_town(doc, m))
                             and any(c.feature == "city" and c.population >= 1000 and not c.alt for c in cs[:3])))
                    or (m.label == "" and _held_object(doc, m.tok_start, m.tok_end, any_passive=True)
                        and any(c.feature == "city" and c.population >= 1000 and not c.alt for c in cs[:3]))
                    or ((_settlement_context(doc, m.tok_start, m.tok_end)
                         or _site_modifier(doc, m.tok_start, m.tok_end)) and norm(m.text) not in _NOT_PLACE_NAMES
                        and any(c.feature in ("city", "admin2", "admin1", "region") and not c.demonym
                                and (not c.alt or c.feature == "city" and c.population >= 20_000) for c in cs))):
                rejected.add(id(m))
                if _settlement_context(doc, m.tok_start, m.tok_end, strict=True) \
                        and norm(m.text) not in _NOT_PLACE_NAMES and not m.demonym_only:
                    # "the Nabi Yunis area" names a place even where the gazetteer's namesakes do not fit
                    m.unresolved_only = True
                    m.source, m.label = "ctx", "LOC"
                    rejected.discard(id(m))
            else:
                known.add(norm(m.text))
    mentions = [m for m in mentions if id(m) not in rejected]
    again = recurring_mentions(doc, mentions, gaz)      # "Cookville Fire Chief ...": a name used as a place
    if again:
        mentions = sorted(mentions + again, key=lambda m: m.start)
    for m in mentions:
        if m.label == "ORG":
            # "Groton Town Council", "Mansfield Police Department", "CROMWELL —", "west of X": the town's own
            nxt = doc[m.tok_end].lower_ if m.tok_end < len(doc) else ""
            prev = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
            m.placed_org = nxt in _ORG_TOWN_NEXT or prev in _STRONG_PREPS or prev == "of" or m.text.isupper()
    # "the Old City": a part many cities have, resolved from the towns the text names (after the others)
    quarters = [m for m in mentions if norm(m.text) in _QUARTER_NAMES]
    if quarters:
        mentions = [m for m in mentions if norm(m.text) not in _QUARTER_NAMES]
    reasons: dict = {}
    chosen = _fill_admin2(_resolve(mentions, gaz, context_countries, reasons), gaz)
    if quarters:
        _quarter_towns(doc, quarters, mentions, chosen, reasons)
        mentions = sorted(mentions + quarters, key=lambda m: m.start)
    out: list[Place] = []
    for m in mentions:
        c = chosen.get(id(m))
        if c is None:
            if m.demonym_only or m.label not in PLACE_LABELS:
                continue
            # an unknown name: keep it only where the words around it make it a place ("at her Reshimbagh home")
            nxt = doc[m.tok_end].lower_ if m.tok_end < len(doc) else ""
            prev = {doc[k].lower_ for k in range(max(0, m.tok_start - 3), m.tok_start)}
            prev1 = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
            prev2 = doc[m.tok_start - 2].lower_ if m.tok_start > 1 else ""
            ctx_ok = _place_context(doc, m.tok_start, m.tok_end) and not (
                prev1 in ("from", "of", "to") or prev1 == "the" and prev2 in ("from", "of", "to"))
            if not (m.label in ("LOC", "FAC") or m.source == "ctx" or nxt in _PLACE_HEADS or prev & _STRONG_PREPS
                    or m.label == "GPE" and prev1 not in _TITLES and nxt not in _SAY_AFTER
                    and not _person_use(doc, m.tok_start, m.tok_end)
                    or prev1 == "of" and prev2 in _SETTLEMENT_NOUNS or ctx_ok):
                continue
            out.append(Place(text=m.shown or m.text, start=m.start, end=m.end, name=m.shown or m.text, why=m.found))
            continue
        out.append(Place(text=m.shown or m.text, start=m.start, end=m.end, name=c.name, lat=c.lat, lon=c.lon, country=c.country,
                         geonameid=c.geonameid, feature=c.feature, admin1=c.admin1 if c.feature != "country" else None,
                         admin1_code=c.admin1_code if c.feature != "country" else None,
                         demonym=bool(c.demonym and m.text.lower() != c.name.lower()
                                      or m.demonym_only and m.shown is not None),       # ("Minnesotans")
                         why="; ".join(w for w in (m.found, reasons.get(id(m))) if w) or None))
    return out
