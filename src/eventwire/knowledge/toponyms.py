"""Toponym recognition: find the names of places in a parsed document (the first stage of places.py's find_places).

Mentions come from the parser's named entities (GPE, LOC, FAC, NORP for demonyms) and from gazetteer matches on
capitalised words the parser missed; names the parser called a person, an organisation or nothing become places
where the words around them make them places ("the town of X", "in X", "overran X", "at the X Power Plant").
`_collect` returns the mentions unresolved; places.py resolves them and event_location.py picks an event's place.
The predicates that read the words around a name are in toponym_context.py; this module gathers the mentions.
"""
from __future__ import annotations

from spacy.tokens import Span

from typing import Optional

from eventwire.knowledge.gazetteer import Candidate, Gazetteer
from eventwire.nlp import doc_ents
from eventwire.knowledge.toponym_doc import _dateline, kind_lists, region_candidates
from eventwire.knowledge.toponym_parts import demonym_region, inner_place
from eventwire.knowledge.toponym_named import kind_named_places, noun_named_places
from eventwire.knowledge.toponym_pairs import plural_kind_places
from eventwire.knowledge.toponym_rescue import locative_towns
from eventwire.knowledge.place_words import _CALENDAR, _SAY_AFTER, _SETTLEMENT_NOUNS, _TITLES, _WORDS
# the context predicates (and the word lists _collect shares with them); _ent_end and _person_use are
# re-exported for places.py
from eventwire.knowledge.toponym_context import (  # noqa: F401
    _FACILITY_NAMES, _ORG_PREFIXES, _ORG_WORDS, _PLACE_NOUNS, _PROPER_KINDS, _after_locative, _cap, _ent_end,
    _facility_context, _held_object, _names_a_place, _nx, _person_use, _place_context, _pv, _settlement_context,
    _site_modifier, _toponym_prefix)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# words that are capitalised place-like tokens but are not places on their own
_STOP = _WORDS["stop"]
_NOT_PLACES = _WORDS["not_places"]
_REPORT_AGENCIES = _WORDS["report_agencies"]


class _Mention:
    __slots__ = ("text", "start", "end", "tok_start", "tok_end", "source", "label", "demonym_only", "within",
                 "city_hint", "county_hint", "region_too", "province_hint", "unresolved_only", "dateline",
                 "kind", "world", "world_story", "placed_org", "big_pop", "big_top", "big_country", "shown",
                 "capital_of", "found")

    def __init__(self, text, start, end, tok_start, tok_end, source, label):
        self.text, self.start, self.end = text, start, end
        self.tok_start, self.tok_end = tok_start, tok_end
        self.source, self.label = source, label
        self.demonym_only = label == "NORP"
        self.within: Optional[Candidate] = None     # "X, Y": Y resolved
        self.city_hint = False                      # "the city of X", "X city"
        self.county_hint = False
        self.province_hint = False                  # "the province of X", "X governorate"
        self.unresolved_only = False                # a place by its context; no gazetteer entry fits
        self.region_too = False                     # a region/country shares the name ("Washington")
        self.dateline = False                       # the dateline's place ("MANSFIELD --", "TEHRAN, June 26 -")
        self.kind = ""                              # "County" of "Barrow and Jackson counties"
        self.world = False                          # a country's name in a text that names several countries
        self.world_story = False                    # any name in a text that names three countries or more
        self.big_top = None                         # the country of the biggest city of this name
        self.placed_org = False                     # an organisation's leading name the words around make a town's
        self.big_pop = 0                            # the population of the biggest city of this name (places.py)
        self.big_country = frozenset()              # the countries with a big city (BIG_CITY) of this name
        self.capital_of: Optional[str] = None       # the country whose capital or seat the actor knowledge reads
        #                                             the name as ("Whitehall": GBR), where it does
        self.found: Optional[str] = None            # how a name the parser called something else was found a
        #                                             place (toponym_rescue.py), said in the place's reason
        self.shown: Optional[str] = None            # the whole name where text is the known place inside it
                                                    # ("Northeast Georgia": text "Georgia"; toponym_parts.py)


def _trim(doc, i: int, j: int) -> tuple[int, int]:
    """A name's span without a leading "the" and trailing punctuation or possessive."""
    i = _strip_the(doc, i, j)
    while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in ("'s", "’s")):
        j -= 1
    return i, j


def _strip_the(doc, i: int, j: int) -> int:
    while i < j and doc[i].lower_ in ("the",):
        i += 1
    return i


def _is_dateline_agency(doc, ent) -> bool:
    t = ent.text.strip("() ").lower()
    if t in _REPORT_AGENCIES:
        return True
    s = ent.start
    return s > 0 and doc[s - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")" and ent.text.isupper() \
        and len(ent.text) <= 8 and ent.start_char < 200


def _country_named(doc, ent, gaz: Gazetteer) -> bool:
    """A name of two words or more that is a country's ("Sri Lanka", "South Africa"), whatever the parser
    called it."""
    j = ent.end
    if doc[j - 1].lower_ in ("'s", "’s"):
        j -= 1
    return j - ent.start >= 2 and any(c.feature == "country" and not c.alt and not c.demonym
                                      for c in gaz.lookup(doc[ent.start:j].text)[:3])


def _split_ents(doc) -> list:
    """The parser's entities, each cut at a semicolon inside it ("the city of Palmyra; Isis destroyed ...", read
    as one organisation "Palmyra; Isis"): a name never runs across one."""
    out = []
    for ent in doc_ents(doc):
        cuts = [k for k in range(ent.start, ent.end) if doc[k].text == ";"]
        if not cuts:
            out.append(ent)
            continue
        a = ent.start
        for k in cuts + [ent.end]:
            if k > a:
                out.append(Span(doc, a, k, label=ent.label_))
            a = k + 1
    return out


def _collect(doc, gaz: Gazetteer) -> list[_Mention]:
    mentions: list[_Mention] = []
    taken = [False] * len(doc)
    blocked = [False] * len(doc)      # inside PERSON entities and similar: never a toponym
    org_tokens = [False] * len(doc)
    org_inner = [False] * len(doc)
    ents = _split_ents(doc)
    # the words of people's names: in "Huntsville Fire Chief Ann Poe" only those after its last title or place
    # noun, and none of "Alexandria Police" (a town's body the parser took for a person)
    person_words = set()
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2:
            q = max((k for k in range(e.start, e.end) if doc[k].lower_ in _TITLE_WORDS), default=e.start - 1)
            person_words |= {doc[k].lower_ for k in range(q + 1, e.end) if doc[k].lower_ not in _PLACE_NOUNS}
    soft = [False] * len(doc)         # a place name the parser took for a person or an organisation
    for ent in ents:
        if ent.label_ == "PERSON" and (len(ent) > 1 and _place_context(doc, ent.start, ent.end)
                                       or _settlement_context(doc, ent.start, ent.end)) \
                and any(not c.alt or c.population >= 20_000 for c in gaz.lookup(ent.text)[:5]):
            soft[ent.start] = True          # "in Khan Younis" taken for a person's name
            continue
        if ent.label_ == "PERSON":
            lead = ent.start
            rest = [t for t in ent[1:]]
            looks_place = ent[0].lower_ not in person_words or len(ent) == 1 and ent.text.lower() not in person_words
            if rest and not all(t.lower_ in _PLACE_NOUNS or t.lower_ in _PROPER_KINDS or t.text in ("’s", "'s")
                                for t in rest):       # ("Bama Town")
                looks_place = False
            if looks_place and len(ent) == 1 and ent[0].lower_ in person_words:
                looks_place = False
            kind_named = bool(rest) and all(t.lower_ in _PROPER_KINDS for t in rest)     # "Bama Town"
            if kind_named:
                looks_place = True
            elif looks_place and not _place_context(doc, ent.start, ent.end):
                # a lone name the parser called a person: a place if it is not used like a person's name
                prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
                looks_place = len(ent) == 1 and ent[0].lower_ not in _STOP and prev not in _TITLES \
                    and nxt not in _SAY_AFTER and ent[0].lower_ not in person_words and any(
                        c.feature in ("country", "admin1") and not c.alt or c.feature == "city" and (
                            not c.alt and c.population >= 20_000 or c.population >= 300_000)
                        for c in gaz.lookup(ent.text)[:5])
            # "Rapides Parish Fire District 2" read as a person: the parish leads a body's name
            county_end = next((k + 1 for k in range(ent.start + 1, min(ent.end, ent.start + 4))
                               if doc[k].lower_ in ("parish", "county") and doc[k].text[:1].isupper()
                               and any(c.feature == "admin2" for c in gaz.lookup(doc[ent.start:k + 1].text))), 0)
            if rest and _country_named(doc, ent, gaz) or ent.start < 60 and _dateline(doc, ent.start, ent.end):
                county_end = ent.end      # "Sri Lanka's former president", "CLINTON —" read as a person
            for k in range(ent.start, ent.end):
                if looks_place and k == lead or k < county_end:
                    soft[k] = k == ent.start
                else:
                    blocked[k] = True
            continue
        if ent.label_ in ("WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE", "DATE") and not (
                ent.label_ != "DATE" and ent[-1].text[:1].isupper() and ent[-1].lower_ not in _EVENT_HEADS
                and _settlement_context(doc, ent.start, ent.end)):
            # ("Aleppo" read as a language, "Manbij" as a product: the words around it decide)
            for k in range(ent.start, ent.end):
                blocked[k] = True
        elif ent.label_ == "ORG":
            for k in range(ent.start, ent.end):
                org_tokens[k] = True
            lead = _strip_the(doc, ent.start, ent.end)
            for k in range(max(lead + 1, ent.end - 1), ent.end):
                if doc[k - 1].lower_ not in ("of", "in", "for", "-", "and") and not doc[k - 1].is_punct:
                    org_inner[k] = True       # "Taco Bell": only an organisation's leading words or "of X" are places
            if (len(ent) == 1 or ent[1].lower_ in _PLACE_NOUNS) and _place_context(doc, ent.start, ent.end):
                soft[ent.start] = True
            if _is_dateline_agency(doc, ent):
                for k in range(ent.start, ent.end):
                    blocked[k] = True
        if ent.label_ in PLACE_LABELS or ent.label_ == "NORP":
            i = _strip_the(doc, ent.start, ent.end)
            j = ent.end
            while j > i and doc[j - 1].is_punct and doc[j - 1].text not in (".",):
                j -= 1
            if i >= j:
                continue
            # trailing possessive
            if doc[j - 1].text in ("'s", "’s"):
                j -= 1
                if i >= j:
                    continue
            cut = next((k for k in range(i + 1, j) if doc[k].lower_ in ("in", "near") and k < j - 1
                        or doc[k].lower_ in _CALENDAR), None)      # ("Ejule in Ofu", "South Saturday")
            if cut is not None:
                j = cut       # "Ejule in Ofu" read as one name: the first place (the other is found on its own)
            span = doc[i:j]
            text = span.text
            if not any(t.text[:1].isupper() for t in span) or doc[i].lower_ in _ORG_PREFIXES \
                    or all(t.lower_ in _CALENDAR or t.is_punct for t in span):
                continue      # "the united city", "Jabhat Al-Nusra", "11 A.M.": no place named
            shown = None
            if ent.label_ == "NORP":
                cands = gaz.lookup(text)
                if not any(c.demonym for c in cands):
                    region = demonym_region(text, gaz)      # "Minnesotans": a people of a state by its name
                    if region is None:
                        continue
                    shown, text = text, region
            if ent.label_ == "GPE" and text.lower() in _REPORT_AGENCIES:
                continue
            if j < len(doc) and doc[j].text in ("$", "dollars", "dollar") \
                    or doc[i].text.endswith("$"):
                continue      # "US $1,000,000", "US$ 3 million": money
            if j - i == 1 and doc[i].lower_ in _NOT_PLACES:
                continue
            if j - i == 1 and ent.label_ in ("GPE", "LOC"):
                # a lone name that behaves like a person: "coach Ripley", "Petrova said", a surname used elsewhere
                prev = doc[i - 1].lower_ if i > 0 else ""
                nxt = doc[j].lower_ if j < len(doc) else ""
                lone = doc[i].lower_
                if prev in _TITLES or lone in person_words or (nxt in _SAY_AFTER and not any(
                        c.feature in ("country", "admin1") or c.population >= 100_000 for c in gaz.lookup(text)[:3])):
                    continue
            if ent.label_ in PLACE_LABELS and not gaz.lookup(text) and not region_candidates(text, gaz):
                inner = inner_place(doc, i, j, gaz, person_words)
                if inner is not None:     # "Northeast Georgia", "the Henderson County Jail": resolved as the known
                    shown = text          # place in it; the mention keeps its words (an event's site stays a site)
                    text = doc[inner[0]:inner[1]].text
            if text.endswith(".") and not gaz.lookup(text) and gaz.lookup(text[:-1]):
                text = text[:-1]
                j_end = span.start_char + len(text)
            else:
                j_end = span.end_char
            m = _Mention(text, span.start_char, j_end, i, j, "ner", ent.label_)
            m.shown = shown
            mentions.append(m)
            for k in range(i, j):
                taken[k] = True
    # gazetteer matches on capitalised words the parser did not mark
    n = len(doc)
    strings = doc.vocab.strings
    texts = [strings[o] for o in doc.to_array("ORTH").tolist()] if n else []     # (no Token object per word)
    lowers = [x.lower() for x in texts]
    caps = [bool(x) and x[0].isupper() and any(c.isalpha() for c in x) for x in texts]
    k = 0
    while k < n:
        stop = lowers[k] in _STOP and not (k < 60 and _dateline(doc, k, k + 1))     # (but "CLINTON —")
        if taken[k] or blocked[k] or org_inner[k] or not caps[k] \
                or stop and not (k + 1 < n and caps[k + 1]):
            k += 1
            continue
        best = None
        for L in (4, 3, 2, 1):
            j = k + L
            if j > n or not caps[j - 1] or any(taken[x] or blocked[x] for x in range(k, j)):
                continue
            if not all(caps[x] or lowers[x] in ("of", "-", "'s") for x in range(k, j)):
                continue
            if L == 1 and (stop or len(texts[k]) < 3):
                continue
            text = doc[k:j].text if L > 1 else texts[k]
            if L > 1 and lowers[k] in _LEAD_PREPS and gaz.lookup(doc[k + 1:j].text):
                continue      # "In Dura, police ...": the preposition opening the sentence is no part of the name
                #               (not "Indura" in Belarus); but "In Amenas" is a name of its own
            cands = gaz.lookup(text)
            if cands:
                best = (j, text, cands)
                break
        if best is None:
            k += 1
            continue
        j, text, cands = best
        m = _Mention(text, doc[k].idx, doc[j - 1].idx + len(doc[j - 1].text), k, j, "gaz",
                     "SOFT" if soft[k] else "ORG" if org_tokens[k] else "")
        m.demonym_only = all(c.demonym for c in cands)
        mentions.append(m)
        for x in range(k, j):
            taken[x] = True
        k = j
    # names the gazetteer does not know, in words that make them places: "in Kobane", "the village of Tsatsan-Yurt",
    # "Srisakorn district" (kept without coordinates: they can still be an event's location)
    spans = [(ent.start, ent.end) for ent in ents
             if ent.label_ in ("ORG", "PERSON", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LANGUAGE")
             and sum(1 for t in ent if not t.is_punct and t.lower_ != "the") <= (
                 6 if ent[-1].lower_ in _FACILITY_NAMES else 4)]      # ("the Marj Al-Sultan Military Airport")
    # and names the small parser took for a number or a date ("near the town of Sirmeen", "killed in Mayadeen")
    spans += [(ent.start, ent.end) for ent in ents if ent.label_ in _NUMERIC_LABELS and len(ent) <= 3
              and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in _CALENDAR
                      for t in ent)]
    # and capitalised words the parser left unlabelled ("the village of Demsare")
    k = 0
    while k < n:
        quoted = k > 0 and texts[k - 1] in _GLUE_QUOTES and not doc[k - 1].whitespace_
        if caps[k] and not doc[k].ent_type_ and not taken[k] and not blocked[k] and lowers[k] not in _STOP \
                and lowers[k] not in _CALENDAR and (doc[k].pos_ == "PROPN" or quoted and doc[k].is_alpha):
            if k >= 2 and texts[k - 1] == "-" and lowers[k - 2] in _ARTICLES and not taken[k - 2]:
                k -= 2        # "al-Bab", "el-Arish"
            elif quoted:
                k -= 1        # "‘Ibta", "‘Ayn ‘Issa": an ayn written as a quote mark
            j = k + 1
            while j < n and j - k < 5 and not doc[j].ent_type_ and lowers[j] not in _CALENDAR \
                    and (caps[j] or (lowers[j] in ("-", "al", "el") or texts[j] in _GLUE_QUOTES
                                     and not doc[j].whitespace_) and j + 1 < n and caps[j + 1]):
                j += 1
            spans.append((k, j))
            k = j
        else:
            k += 1
    # a gazetteer match that starts a site's name ("Badr" of "bombed the Badr Mosque"): the whole name
    for m in [m for m in mentions if m.source == "gaz"]:
        j = m.tok_end
        while j < n and j - m.tok_end < 3 and caps[j] and not doc[j].ent_type_ and lowers[j] not in _FACILITY_NAMES:
            j += 1
        if j < n and lowers[j] in _FACILITY_NAMES and caps[j] and not doc[j].ent_type_:
            spans.append((m.tok_start, j + 1))
    spans = [(i, next((k for k in range(i, j) if lowers[k] in _CALENDAR), j)) for i, j in spans]   # "X Tuesday"
    spans = [(i, j) for i, j in (_trim(doc, i, j) for i, j in spans)
             if i < j and caps[j - 1] and lowers[j - 1] not in _EVENT_HEADS      # not "the Six-Day War"
             and not all(lowers[k] in _SETTLEMENT_NOUNS or lowers[k] in _PROPER_KINDS for k in range(i, j))]
    #                                                                            nor a bare "Town" or "District"
    # gazetteer matches by first token (they never share a token): the ones inside a span are found in its own
    # tokens, not by a pass over every mention of the document for each span (200,000 characters: 2.2 s)
    gaz_at = {m.tok_start: m for m in mentions if m.source == "gaz"}

    def gaz_inside(i: int, j: int) -> list[_Mention]:
        return [m for k in range(i, j) if (m := gaz_at.get(k)) is not None and m.tok_end <= j]

    for i, j in spans:
        if i < j and j - i >= 2 and lowers[j - 1] in _FACILITY_NAMES and _facility_context(doc, i, j):
            # "shelled al-Yarmouk Hospital", "at the Tishreen Power Plant": a site, kept without coordinates;
            # gazetteer matches on its words ("Yarmouk") give way to it
            # (a town's name inside it, "Lancaster General Hospital", stays a place mention of its own)
            inner = gaz_inside(i, j)
            if not any(taken[k] for k in range(i, j) if not any(m.tok_start <= k < m.tok_end for m in inner)):
                m = _Mention(doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(texts[j - 1]), i, j, "ctx", "FAC")
                m.unresolved_only = True
                mentions.append(m)
                for k in range(i, j):
                    taken[k] = True
                continue
        # a gazetteer match on a word of a longer name ("Ain" of "the village of Ain Arab") gives way to it
        inner = [m for m in gaz_inside(i, j) if m.tok_end - m.tok_start < j - i]
        inner_ids = {k for m in inner for k in range(m.tok_start, m.tok_end)}
        if i >= j or any(taken[k] and k not in inner_ids
                         or blocked[k] and not doc[k].ent_type_ in ("NORP", "LANGUAGE", "WORK_OF_ART", "EVENT",
                                                                    "PRODUCT", "PERSON") + _NUMERIC_LABELS
                         for k in range(i, j)):
            continue
        if any(lowers[x.tok_end - 1] in ("parish", "county") and j - x.tok_end and not lowers[j - 1] in (
                "parish", "county") for x in inner):
            continue      # "Rapides Parish Fire District 2": the parish, named at the head of a body's name
        if inner and not (_settlement_context(doc, i, j, strict=True)
                          or any(texts[k] == "-" or texts[k] in _GLUE_QUOTES for k in range(i, j))
                          and _settlement_context(doc, i, j)):
            continue      # (but "in Doron-Baga", "in Al-Iman": a hyphenated name whole)
        if any(lowers[k] in _ORG_WORDS for k in range(i, j)) or texts[i].isupper() and len(texts[i]) <= 5:
            continue
        known = gaz.lookup(doc[i:j].text)
        if doc[i].ent_type_ == "NORP" and known:
            continue
        label = doc[i].ent_type_
        if label in ("NORP", "LANGUAGE") and all(c.demonym for c in known) \
                and not (not known and j - i > 1 and i > 0 and doc[i - 1].lower_ == "of"
                         and _settlement_context(doc, i, j, strict=True)) \
                and not (not known and j - i == 1 and doc[i].pos_ == "PROPN" and j < n
                         and lowers[j] in _SETTLEMENT_NOUNS and _settlement_context(doc, i, j, strict=True)):
            continue      # ("Shiite", "Kurdish"; but "the village of Ain Arab" names a place)
        if i > 0 and doc[i - 1].lower_ in _TITLES:
            continue
        named = _toponym_prefix(doc, i, j)
        # a person's name only in place words, unless it starts like a place ("al-Bab", not "al-Assad's")
        arabic = j - i >= 3 and lowers[i] in _ARTICLES and texts[i + 1] == "-" \
            and not (j < n and lowers[j] in ("'s", "’s"))
        # or where it stands right after "in", "near", ... and is nowhere else used as a person's name
        # ("a raid in Qaim", "near Serzhen Yurt")
        if label == "PERSON" and not arabic and _after_locative(doc, i) and not (
                j < n and (lowers[j] in ("'s", "’s") or lowers[j] in _SAY_AFTER)):
            own = {lowers[k] for k in range(i, j)}
            arabic = not any(own & {t.lower_ for t in e} for e in ents
                             if e.label_ == "PERSON" and (e.end <= i or e.start >= j))
        if named or _settlement_context(doc, i, j, strict=label in ("NORP", "LANGUAGE")
                                        or label == "PERSON" and not arabic) \
                or label != "LANGUAGE" and _site_modifier(doc, i, j, unknown=not known) \
                or _held_object(doc, i, j) and (label in ("", "GPE", "PRODUCT") or label == "ORG" and arabic
                                                and _held_object(doc, i, j, True)
                                                or label == "PERSON" and _held_object(doc, i, j, True)
                                                and (j - i == 1 or doc[i:j].root.head.lemma_ not in _PERSON_TOO)):
            m = _Mention(doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(texts[j - 1]), i, j, "ctx", "LOC")
            for x in inner:
                mentions.remove(x)
                gaz_at.pop(x.tok_start, None)
            mentions.append(m)
            for k in range(i, j):
                taken[k] = True
    # lists: "the villages of Ain Zara, Tajoura and Qasr Bin Ghashir", "Nkolo, Mbanga and Tiko"
    place_tok = {}
    for m in mentions:
        # anchors: names made places by their context, and names the parser itself called places
        if not m.demonym_only and (m.source == "ctx" or m.source == "ner" and m.label in PLACE_LABELS
                                   or _settlement_context(doc, m.tok_start, m.tok_end, strict=True)):
            for k in range(m.tok_start, m.tok_end):
                place_tok[k] = m
    for i, j in spans:
        inner = []
        if i < j and lowers[j - 1] in _FACILITY_NAMES:
            inner = [m for m in mentions if m.source == "gaz" and i <= m.tok_start and m.tok_end <= j]
        elif i < j and any(lowers[k] in _ORG_WORDS for k in range(i, j)):
            continue
        if i >= j or any(taken[k] and not any(m.tok_start <= k < m.tok_end for m in inner) for k in range(i, j)) \
                or doc[i].ent_type_ in ("NORP", "LANGUAGE") or texts[i].isupper() and len(texts[i]) <= 5:
            continue
        if i > 0 and doc[i - 1].lower_ in _TITLES:
            continue
        span_ids = set(range(i, j))
        anchors = []
        for k in range(i, j):
            t = doc[k]
            if t.dep_ == "conj" and t.head.i in place_tok and t.head.i not in span_ids:
                anchors.append(place_tok[t.head.i])
            for c in t.children:
                if c.dep_ == "conj" and c.i in place_tok:
                    anchors.append(place_tok[c.i])
        linked = next((a for a in anchors if a.source == "ctx"), anchors[0] if anchors else None)
        # a person's name beside a place ("Brown and Jordan") only when the list is one of places by its words
        if linked is not None and doc[i].ent_type_ in ("PERSON", "ORG") and linked.source != "ctx":
            linked = None     # ("Turkey and the United Nations": actors side by side)
        if linked is not None:
            m = _Mention(doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(texts[j - 1]), i, j, "ctx", "LOC")
            mentions.append(m)
            for k in range(i, j):
                taken[k] = True
                place_tok[k] = m
    mentions.sort(key=lambda m: m.start)

    def county(i, j, kind):
        m = _Mention(doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(texts[j - 1]), i, j, "ctx", "LOC")
        m.kind, m.county_hint = kind, True
        return m
    def located(i, j):
        return _Mention(doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(texts[j - 1]), i, j, "ctx", "LOC")
    # "the village of Dabbous" read as an adjective, "the key town of Ma'arzaf" as a date: the words make it a place
    mentions = noun_named_places(doc, gaz, mentions, located)
    # "the Al-Khalidiya District" read as a firm, "the Tiyas airbase" as a people: a name that ends in its kind
    mentions = kind_named_places(doc, gaz, mentions, located)
    # "the Kaleh and Qusour districts": every name listed before a plural word for their kind
    mentions = plural_kind_places(doc, gaz, mentions, located)
    # "sent reinforcements to Al-Bab", "between Bobi and Tororo": known towns the parser called something else
    mentions = locative_towns(doc, gaz, mentions, ents, located)
    return kind_lists(doc, mentions, county)      # "Hall, Polk and Lee counties"


_LEAD_PREPS = ("in", "at", "near", "from", "to", "on", "of", "into", "outside", "inside")
_NUMERIC_LABELS = ("CARDINAL", "DATE", "TIME", "ORDINAL", "QUANTITY")
_GLUE_QUOTES = ("‘", "’", "'", "`")
_EVENT_HEADS = _WORDS["event_heads"]
_ARTICLES = _WORDS["articles"]
_PERSON_TOO = _WORDS["person_too_verbs"]      # ground-only verbs a person is sometimes the object of
_TITLE_WORDS = _PLACE_NOUNS | _TITLES | _WORDS["town_officials"]      # words before a person's name in a title
