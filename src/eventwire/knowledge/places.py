"""Toponyms: find place names in a parsed document, resolve them to coordinates, and pick where an event happened.

    places = find_places(doc, context_countries=("IRQ",))
    loc = event_location(doc, trigger_token_index, places, dateline_place, article_focus(doc, places))

Mentions come from the parser's named entities (GPE, LOC, FAC, NORP for demonyms) and from gazetteer matches on
capitalised words the parser missed.  Each distinct name is resolved once per document by scoring its
gazetteer candidates: population, the kind of place (countries and states before towns), the countries the
article is about, other places the text names (a town near the other towns, in the state the text names),
"X, Y" ("Alexandria, La.") and "the city of X" patterns.
"""
from __future__ import annotations

import difflib
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional, Sequence

from eventwire.model import Place
from eventwire.knowledge.gazetteer import Candidate, Gazetteer, default_gazetteer, km, norm


def _load_words() -> dict[str, frozenset]:
    """{list: words} from data/places/words.tsv."""
    words: dict[str, set] = {}
    with open(Path(__file__).resolve().parent.parent / "data" / "places" / "words.tsv", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line == "list\tword":
                continue
            name, word = line.split("\t", 1)
            words.setdefault(name, set()).add(word)
    return {k: frozenset(v) for k, v in words.items()}


_WORDS = _load_words()

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# words that are capitalised place-like tokens but are not places on their own
_STOP = _WORDS["stop"]
_TITLES = _WORDS["titles"]
_NON_LOCATIVE_PREPS = _WORDS["non_locative_preps"]
_SETTLEMENT_NOUNS = _WORDS["settlement_nouns"]
_ORG_PREFIXES = _WORDS["org_prefixes"]
_ORG_WORDS = _WORDS["org_words"] | _ORG_PREFIXES
# buildings and bodies named like towns that stand for an institution
_NOT_PLACE_NAMES = _WORDS["not_place_names"]
_NOT_PLACES = _WORDS["not_places"]
_SAY_AFTER = _WORDS["say_after"]
_REPORT_AGENCIES = _WORDS["report_agencies"]
_FEATURE_PRIOR = {"country": 4.0, "admin1": 3.0, "city": 0.0, "admin2": 1.0, "region": 3.0, "continent": 4.0}
# words after a name that show the name is a place used in an organisation's or official's name
_PLACE_NOUNS = _WORDS["place_nouns"]


def _cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


class _Mention:
    __slots__ = ("text", "start", "end", "tok_start", "tok_end", "source", "label", "demonym_only", "within",
                 "city_hint", "county_hint", "region_too", "province_hint", "unresolved_only")

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


def _place_context(doc, i: int, j: int) -> bool:
    """Words around a capitalised name that show it is a place: "in X", "of X", "X man", "X Police"."""
    if j - i >= 2 and doc[i + 1].lower_ in _PLACE_NOUNS:
        return True
    # a dateline: "KABUL, May 3 (AP) -", "MANSFIELD --" at the start of the text or of a line
    if (i == 0 or doc[i - 1].is_space or doc[i - 1].text_with_ws.endswith("\n")) and j < len(doc) \
            and doc[j].text in (",", "-", "--", "—", "–", "(") and doc[i:j].text.isupper():
        return True
    if j < len(doc) and doc[j].lower_ in _PLACE_NOUNS:
        return True
    if j + 1 < len(doc) and doc[j].text in (",", "-") and doc[j + 1].lower_ in ("based", "area"):
        return True
    k = i - 1
    while k >= 0 and doc[k].lower_ in ("the", "a", "an", "downtown", "north", "south", "east", "west", "nearby"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("in", "of", "to", "from", "at", "near", "outside", "across", "around",
                                        "into", "toward", "towards", "visit", "visited", "visiting")


# words between a locative preposition and a name: "in the southern Iraqi city", "near central Kabul"
_AREA_WORDS = _WORDS["area_words"]
_SETTLEMENT_AFTER = _WORDS["settlement_after"]
_LOCATIVE = _WORDS["locative"]


def _pv(doc, k: int) -> int:
    """Index of the nearest token before k that is not white space (-1 if none)."""
    k -= 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k


def _nx(doc, k: int) -> int:
    """Index of the nearest token at or after k that is not white space (len(doc) if none)."""
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k


def _settlement_context(doc, i: int, j: int, strict: bool = False) -> bool:
    """Words that make the capitalised name doc[i:j] a place whatever the parser called it: "the town of X",
    "the X district", "X, a village", "in (the northern) X", "attacks on X"."""
    n = len(doc)
    jn = _nx(doc, j)
    nxt = doc[jn].lower_ if jn < n else ""
    ip = _pv(doc, i)
    prev = doc[ip] if ip >= 0 else None
    # only a whole capitalised name: not "Columbia" of "at Columbia University" nor "Mitchell Bridge Road",
    # "Wal-Mart", "Grant/Wilkin", "Section 2AA", "at McDonald's"
    if jn < n and _cap(doc[jn]) and nxt not in _PROPER_KINDS and doc[jn].ent_type_ not in ("DATE", "TIME") \
            and nxt not in _CALENDAR \
            or prev is not None and _cap(prev) and prev.lower_ not in _LOCATIVE and not prev.is_sent_start:
        return False
    if prev is not None and prev.text in ("-", "/", "&") \
            or jn < n and (nxt in ("-", "/", "&") or doc[jn].text[:1].isdigit()
                           or nxt == "of" and jn + 1 < n and _cap(doc[jn + 1])
                           and doc[j - 1].lower_ not in _PROPER_KINDS):      # (but "the X District of Y")
        return False
    if nxt in ("'s", "’s") and prev is not None and prev.lower_ == "at":
        return False
    jn2 = _nx(doc, jn + 1)
    if nxt in _SETTLEMENT_AFTER and not (jn2 < n and (doc[jn2].lower_ in _ORG_WORDS or _cap(doc[jn2])
                                                      and doc[jn2].lower_ not in ("of", "in"))) \
            and not (doc[i].ent_type_ == "NORP" and j - i == 1 and (doc[i].pos_ != "PROPN" or not strict
                                                                    or doc[i].lower_ in _COMMUNITIES)):
        return True       # (but "the Shiite city": an adjective; a people's name is a place only by strict words)
    if jn2 + 1 < n and nxt == "," and doc[jn2].lower_ in ("a", "the") and doc[jn2 + 1].lower_ in _SETTLEMENT_NOUNS:
        return True       # "Furqlus, a town on the highway"
    if prev is not None and prev.lower_ in _NAMED_AFTER:
        return True       # "the capital Colombo", "oil city Port Harcourt"
    if prev is not None and prev.text == ",":
        ip2 = _pv(doc, ip)
        if ip2 >= 0 and doc[ip2].lower_ in _NAMED_AFTER:
            return True   # "in the capital, Colombo"
    if prev is not None and (prev.lower_ in ("called", "named") or prev.lower_ == "as" and ip >= 1
                             and doc[_pv(doc, ip)].lower_ == "known"):
        k = _pv(doc, ip) if prev.lower_ != "as" else _pv(doc, _pv(doc, ip))
        if k >= 0 and (doc[k].lower_ in _SETTLEMENT_NOUNS or doc[k].lower_ in _PLACE_HEADS
                       or doc[k].lower_ in _NAMED_KINDS or doc[k].text == ","):
            return True   # "an area known as El Tablazo", "a place called Teiba", "a peak, called Tiger Hill"
    ipo = ip
    while ipo >= 0 and doc[ipo].lower_ in _AREA_WORDS and doc[ipo].lower_ != "the":
        ipo = _pv(doc, ipo)       # "the outskirts of eastern Ghouta"
    if ipo != ip and ipo >= 0 and doc[ipo].lower_ == "of":
        ip, prev = ipo, doc[ipo]
    if prev is not None and prev.lower_ in ("of", ":", "like", "including"):
        ip2 = _pv(doc, ip)
        if ip2 >= 0 and (doc[ip2].lower_ in _SETTLEMENT_NOUNS or doc[ip2].lower_ in _DIRECTION_WORDS
                         or prev.lower_ == "of" and doc[ip2].lower_ in _OF_KINDS):
            return True   # "the village of X", "east of X", "the outskirts of X", "four villages: X, Y",
            #               "the Indian state of X", "the Greek island of X"
    if strict:      # a word the parser took for a language or a people: only "the town of X" / "X, a town"
        return False
    if prev is not None and prev.lower_ in ("on", "against") and prev.head.lemma_ in _ATTACK_NOUNS:
        return True       # "attacks on Aleppo", "the assault on Taqsis"
    k = ip
    while k >= 0 and (doc[k].lower_ in _AREA_WORDS or doc[k].ent_type_ == "NORP" and doc[k].pos_ == "ADJ"):
        k = _pv(doc, k)
    return k >= 0 and doc[k].lower_ in _LOCATIVE


# verbs whose object is ground held or crossed: "patrolled Harare", "stormed Kobane"
_HELD_VERBS = _WORDS["held_verbs"]
# nouns a place's name follows directly: "the capital(,) Colombo", "the port city Port Harcourt"
_NAMED_AFTER = _WORDS["named_after"]
# capitalised kinds that end a place's name ("Kokrajhar District", "Daraa Governorate")
_PROPER_KINDS = _WORDS["proper_kinds"]
_DIRECTION_WORDS = _WORDS["direction_words"]
_OF_KINDS = _WORDS["province_words"] | _WORDS["of_kinds"]
_NAMED_KINDS = _WORDS["named_kinds"]
_EDGE_NOUNS = _WORDS["edge_nouns"]


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


def _collect(doc, gaz: Gazetteer) -> list[_Mention]:
    mentions: list[_Mention] = []
    taken = [False] * len(doc)
    blocked = [False] * len(doc)      # inside PERSON entities and similar: never a toponym
    org_tokens = [False] * len(doc)
    org_inner = [False] * len(doc)
    ents = doc.ents
    person_words = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) >= 2 for t in e
                    if t.lower_ not in _PLACE_NOUNS}
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
            for k in range(ent.start, ent.end):
                if looks_place and k == lead:
                    soft[k] = True
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
            if ent.label_ == "NORP":
                cands = gaz.lookup(text)
                if not any(c.demonym for c in cands):
                    continue
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
            if text.endswith(".") and not gaz.lookup(text) and gaz.lookup(text[:-1]):
                text = text[:-1]
                j_end = span.start_char + len(text)
            else:
                j_end = span.end_char
            m = _Mention(text, span.start_char, j_end, i, j, "ner", ent.label_)
            mentions.append(m)
            for k in range(i, j):
                taken[k] = True
    # gazetteer matches on capitalised words the parser did not mark
    n = len(doc)
    texts = [t.text for t in doc]
    lowers = [x.lower() for x in texts]
    caps = [bool(x) and x[0].isupper() and any(c.isalpha() for c in x) for x in texts]
    k = 0
    while k < n:
        if taken[k] or blocked[k] or org_inner[k] or not caps[k] \
                or lowers[k] in _STOP and not (k + 1 < n and caps[k + 1]):
            k += 1
            continue
        best = None
        for L in (4, 3, 2, 1):
            j = k + L
            if j > n or not caps[j - 1] or any(taken[x] or blocked[x] for x in range(k, j)):
                continue
            if not all(caps[x] or lowers[x] in ("of", "-", "'s") for x in range(k, j)):
                continue
            if L == 1 and (lowers[k] in _STOP or len(texts[k]) < 3):
                continue
            text = doc[k:j].text if L > 1 else texts[k]
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
    spans = [(i, next((k for k in range(i, j) if lowers[k] in _CALENDAR), j)) for i, j in spans]   # "X Tuesday"
    spans = [(i, j) for i, j in (_trim(doc, i, j) for i, j in spans)
             if i < j and caps[j - 1] and lowers[j - 1] not in _EVENT_HEADS      # not "the Six-Day War"
             and not all(lowers[k] in _SETTLEMENT_NOUNS or lowers[k] in _PROPER_KINDS for k in range(i, j))]
    #                                                                            nor a bare "Town" or "District"
    for i, j in spans:
        if i < j and j - i >= 2 and lowers[j - 1] in _FACILITY_NAMES and _facility_context(doc, i, j):
            # "shelled al-Yarmouk Hospital", "at the Tishreen Power Plant": a site, kept without coordinates;
            # gazetteer matches on its words ("Yarmouk") give way to it
            # (a town's name inside it, "Lancaster General Hospital", stays a place mention of its own)
            inner = [m for m in mentions if m.source == "gaz" and i <= m.tok_start and m.tok_end <= j]
            if not any(taken[k] for k in range(i, j) if not any(m.tok_start <= k < m.tok_end for m in inner)):
                m = _Mention(doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(texts[j - 1]), i, j, "ctx", "FAC")
                m.unresolved_only = True
                mentions.append(m)
                for k in range(i, j):
                    taken[k] = True
                continue
        # a gazetteer match on a word of a longer name ("Ain" of "the village of Ain Arab") gives way to it
        inner = [m for m in mentions if m.source == "gaz" and i <= m.tok_start and m.tok_end <= j
                 and m.tok_end - m.tok_start < j - i]
        inner_ids = {k for m in inner for k in range(m.tok_start, m.tok_end)}
        if i >= j or any(taken[k] and k not in inner_ids
                         or blocked[k] and not doc[k].ent_type_ in ("NORP", "LANGUAGE", "WORK_OF_ART", "EVENT",
                                                                    "PRODUCT", "PERSON") + _NUMERIC_LABELS
                         for k in range(i, j)):
            continue
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
            mentions.append(m)
            for k in range(i, j):
                taken[k] = True
    # lists: "the villages of Khirbet Suda, Kafrnan and Harsh Tiseen", "Demsare, Wunamokoh and Dikajam"
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
    return mentions


_NUMERIC_LABELS = ("CARDINAL", "DATE", "TIME", "ORDINAL", "QUANTITY")
_CALENDAR = _WORDS["calendar"]
_PERSON_OF = _WORDS["person_of"]
_COMMUNITIES = _WORDS["communities"]
_GLUE_QUOTES = ("‘", "’", "'", "`")
_EVENT_HEADS = _WORDS["event_heads"]


# first words of Arabic, Persian and Turkic place names ("Kafr Laha", "Tal Rifaat", "Deir Hafer", "Khan Touman")
_TOPONYM_PREFIXES = _WORDS["toponym_prefixes"]


# last words of the names of streets and buildings (a street or building gives way to the town it stands in)
_FACILITY_WORDS = _WORDS["facility_words"]
_SITE_NOUNS = _WORDS["site_nouns"]
# ... and of every named site that can be where something happened ("the Tishreen Power Plant", "Rasha Hill")
_FACILITY_NAMES = _FACILITY_WORDS | _WORDS["facility_sites"]


def _ent_end(doc, ent) -> int:
    """An entity's end without a trailing weekday or possessive ("Harare Saturday", "Hyderabad's")."""
    j = ent.end
    while j > ent.start + 1 and (doc[j - 1].lower_ in _CALENDAR or doc[j - 1].lower_ in ("'s", "’s")):
        j -= 1
    return j


def _person_use(doc, i: int, j: int) -> bool:
    """Is the one-word name at i used like a person's: taken by a verb that has a place of its own ("captured
    Ocalan in Kenya", "captured Henao on Jan. 10 in southern Panama"), or "in support of X"?"""
    if j - i != 1:
        return False
    t = doc[i]
    if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" \
            and _names_a_place(list(t.head.children) + list(t.children)
                               + [c for v in t.head.children if v.dep_ == "conj" and v.pos_ == "VERB"
                                  for c in v.children]):
        return True       # (also "Ocalan was captured and jailed in Turkey")
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _PERSON_OF


def _names_a_place(children) -> bool:
    """Is one of these tokens "in", "near", "at" or "outside" with a proper name (not a date) as its object?"""
    def proper(g):
        return g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME")
    return any(c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "outside")
               and any(g.dep_ == "pobj" and (proper(g) or g.lower_ in _AREA_NOUNS and any(
                   o.lower_ == "of" and any(x.dep_ == "pobj" and proper(x) for x in o.children)
                   for o in g.children)) for g in c.children) for c in children)


def _after_locative(doc, i: int) -> bool:
    """Does the name at i follow "in", "near", "inside" or "outside" (past "the" and words such as "northern")?"""
    k = _pv(doc, i)
    while k >= 0 and doc[k].lower_ in _AREA_WORDS:
        k = _pv(doc, k)
    return k >= 0 and doc[k].lower_ in ("in", "near", "inside", "outside")


def _facility_context(doc, i: int, j: int) -> bool:
    """ "at the Tishreen Power Plant", "stormed the Kindi Hospital", "an attack on the Heart Hospital"."""
    n = len(doc)
    if j < n and (_cap(doc[j]) or doc[j].lower_ in ("'s", "’s")):
        return False
    k = i - 1
    while k >= 0 and doc[k].lower_ in _AREA_WORDS:
        k -= 1
    if k >= 0 and (doc[k].lower_ in _LOCATIVE or doc[k].lower_ in ("on", "against")
                   and doc[k].head.lemma_ in _ATTACK_NOUNS):
        return True
    if k >= 1 and doc[k].lower_ == "of":
        k2 = k - 1
        while k2 >= 0 and doc[k2].lower_ in _AREA_WORDS and doc[k2].lower_ not in _DIRECTION_HEADS:
            k2 -= 1
        if k2 >= 0 and (doc[k2].lower_ in _DIRECTION_HEADS or doc[k2].lower_ in _DIRECTION_WORDS
                        or doc[k2].lower_ in _EDGE_NOUNS):
            return True   # "the outskirts of the Kuweires Military Airport", "north of the Tishreen Dam"
    return _held_object(doc, i, j) or k >= 0 and doc[k].lemma_ in _HELD_VERBS | _TERRITORY_VERBS


_ARTICLES = _WORDS["articles"]
_OWNER_NOUNS = _WORDS["owner_nouns"]
_DWELLINGS = _WORDS["dwellings"]


def _site_modifier(doc, i: int, j: int, unknown: bool = False) -> bool:
    """The name before a place noun where something happened: "bombed the Tarmiyah pumping station",
    "outside his Freetown home", "captured the Al-Dahr hill". A name the gazetteer does not know (unknown) before
    "offices" or "headquarters" is the firm or group that owns them ("raided Uber offices")."""
    h = None
    for k in range(i, j):
        if not (i <= doc[k].head.i < j) or doc[k].head.i == k:
            h = doc[k]
            break
    if h is None or h.dep_ != "compound":
        return False
    noun = h.head
    while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.i > noun.i:
        noun = noun.head
    if _cap(noun) or noun.lower_ not in _PLACE_HEADS and noun.lower_ not in _FACILITY_NAMES \
            or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
            or unknown and noun.lower_ in _OWNER_NOUNS:
        return False      # "at a Shell gas station": a brand
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_ in _HELD_VERBS | _TERRITORY_VERBS:
        return True
    return noun.dep_ == "pobj" and (noun.head.lower_ in _LOCATIVE or noun.head.lower_ in ("on", "against")
                                    and noun.head.head.lemma_ in _ATTACK_NOUNS)


def _toponym_prefix(doc, i: int, j: int) -> bool:
    return j - i >= 2 and doc[i].lower_.strip("-") in _TOPONYM_PREFIXES and _cap(doc[i + 1]) \
        and doc[i + 1].lower_ not in _ORG_WORDS


def _held_object(doc, i: int, j: int, ground_only: bool = False, any_passive: bool = False) -> bool:
    """The object of a verb that takes ground: "captured Kasumbalesa", "Utah Beach was captured" (ground_only:
    a verb nobody does to a person: "overran X", "shelled X"). "X was captured" is as often a man as a town: the
    passive needs a verb nobody does to a person unless any_passive (the name is a known town). And a verb that
    also takes persons, with a place of its own ("captured Qadeer in the city of Gujranwala"), took a person."""
    verbs = _GROUND_ONLY_VERBS if ground_only else _HELD_VERBS
    for k in range(i, j):
        t = doc[k]
        if not (i <= t.head.i < j) or t.head.i == t.i:
            if t.dep_ == "compound" and t.head.lower_ in _CALENDAR and t.head.dep_ == "npadvmod":
                t = t.head    # "patrolled Harare Saturday" read as one noun
            elif t.dep_ == "poss" and t.head.dep_ == "dobj" and (t.head.lower_ in _PLACE_HEADS
                                                                  or t.head.lower_ in _DIRECTION_HEADS):
                t = t.head    # "patrolled Hyderabad's streets"
            v = t.head
            ok = t.dep_ in ("dobj", "npadvmod") and v.lemma_ in verbs \
                or t.dep_ == "nsubjpass" and v.lemma_ in (verbs if any_passive else _GROUND_ONLY_VERBS)
            if ok and v.lemma_ not in _GROUND_ONLY_VERBS and _names_a_place(v.children):
                return False
            return ok
    return False


_GROUND_ONLY_VERBS = _WORDS["ground_only_verbs"]
_PERSON_TOO = _WORDS["person_too_verbs"]      # ground-only verbs a person is sometimes the object of


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


_PROVINCE_WORDS = _WORDS["province_words"]


def _point_ok(c: Candidate) -> bool:
    return c.lat is not None and c.lon is not None


def _score(c: Candidate, m: _Mention, ctx_countries: dict, ctx_admin1: dict, anchors: list[Candidate],
           support: Optional[tuple] = None) -> float:
    s = 0.0
    if support is not None:
        # other names in the text that could lie in the same state / country ("Paris" with "Henry County", "Tenn.")
        region_names, country_names, key = support
        if c.admin1 and c.feature in ("city", "admin2", "admin1"):
            n = len(region_names.get((c.country, c.admin1), _EMPTY) - {key})
            s += min(SUPPORT_REGION_MAX, SUPPORT_REGION * n)
        if c.country:
            n = len(country_names.get(c.country, _EMPTY) - {key})
            s += min(SUPPORT_COUNTRY_MAX, SUPPORT_COUNTRY * n)
    s += math.log10((c.population or 0) + 10) * POP_W if c.feature in ("city", "admin2") else 4.0
    s += _FEATURE_PRIOR.get(c.feature, 0.0)
    if c.feature == "city" and c.population >= 500_000 and not c.alt and m.region_too:
        s += 3.5          # a big city beats the region of the same name ("Washington", "New York")
    if c.alt:
        s -= 2.0
    if c.demonym:
        s += 0.5 if m.demonym_only or m.label == "NORP" else -1.0
    if c.feature == "admin2":
        s += 4.0 if m.county_hint else -6.0
    if m.province_hint:
        s += 6.0 if c.feature == "admin1" else -3.0
    if m.city_hint:
        s += 2.0 if c.feature == "city" else -2.0
    if c.country and c.country in ctx_countries:
        s += min(CTX_COUNTRY_MAX, 1.5 + ctx_countries[c.country])
    if c.admin1 and (c.country, c.admin1) in ctx_admin1 and c.feature in ("city", "admin2"):
        s += min(3.0, 1.5 + ctx_admin1[(c.country, c.admin1)])
    if m.within is not None:
        w = m.within
        if w.feature == "country":
            s += 6.0 if c.country == w.country else -6.0
        else:
            s += 6.0 if (c.country == w.country and c.admin1 == w.admin1) else -6.0
    if anchors and _point_ok(c) and c.feature == "city":
        d = min(km(c.lat, c.lon, a.lat, a.lon) for a in anchors if _point_ok(a) and a.feature == "city") \
            if any(a.feature == "city" and _point_ok(a) for a in anchors) else 1e9
        if d < 50:
            s += 2.0
        elif d < 200:
            s += 1.0
    return s


POP_W = 1.0
CTX_COUNTRY_MAX = 2.0
SUPPORT_TOP = 15
_EMPTY: frozenset = frozenset()
SUPPORT_REGION, SUPPORT_REGION_MAX = 1.5, 4.5
SUPPORT_COUNTRY, SUPPORT_COUNTRY_MAX = 0.6, 2.0


def _resolve(mentions: list[_Mention], gaz: Gazetteer, context_countries: Iterable[str]) -> dict[int, Candidate]:
    cands_of = {id(m): [] if m.unresolved_only else gaz.lookup(m.text) for m in mentions}
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
            if c.feature in ("admin1", "admin2", "city") and c.admin1:
                ctx_admin1[(c.country, c.admin1)] = ctx_admin1.get((c.country, c.admin1), 0) + 0.5
            if c.feature == "city":
                anchors.append(c)
    region_names: dict[tuple, set] = {}
    country_names: dict[str, set] = {}
    for m in mentions:
        key = norm(m.text)
        for c in cands_of[id(m)][:SUPPORT_TOP]:
            if c.alt:
                continue
            if c.admin1 and c.feature != "country":
                region_names.setdefault((c.country, c.admin1), set()).add(key)
            if c.country:
                country_names.setdefault(c.country, set()).add(key)
    chosen: dict[int, Candidate] = {}
    by_name: dict[str, Candidate] = {}
    # pass 2: score every candidate; the same name resolves the same way throughout the document
    for m in mentions:
        cs = cands_of[id(m)]
        if not cs:
            continue
        key = norm(m.text)
        if key in by_name and m.within is None:
            chosen[id(m)] = by_name[key]
            continue
        sup = (region_names, country_names, key)
        best = max(cs, key=lambda c: _score(c, m, ctx_countries, ctx_admin1, anchors, sup))
        if m.source in ("ner", "ctx") and best.alt and best.population < 20_000 and best.feature == "city":
            continue        # only a minor town's alternate spelling: leave it unresolved
        chosen[id(m)] = best
        by_name.setdefault(key, best)
        if best.feature == "city":
            anchors.append(best)
        if best.country:
            ctx_countries[best.country] = ctx_countries.get(best.country, 0) + 0.25
    # pass 3: names no exact lookup finds, spelt another way ("Khan Touman" / "Khan Tuman"): only towns in the
    # countries the text is about, nearest the places already resolved
    for m in mentions:
        if id(m) in chosen or cands_of[id(m)] or m.unresolved_only or not ctx_countries:
            continue
        key = norm(m.text)
        if key in by_name:
            chosen[id(m)] = by_name[key]
            continue
        if any(ch.isdigit() for ch in m.text) or m.label == "FAC":
            continue
        cs = [c for c in gaz.lookup_skeleton(m.text) if c.feature == "city" and c.country in ctx_countries
              and c.country not in _ENGLISH_NAMED and _point_ok(c) and _spelling_close(m.text, c.name)]
        if not cs:
            continue

        def near(c):
            ds = [km(c.lat, c.lon, a.lat, a.lon) for a in anchors if _point_ok(a)]
            return min(ds) if ds else 1e9
        best = min(cs, key=lambda c: (-ctx_countries[c.country], near(c), -c.population))
        if anchors and near(best) > 300:
            continue          # a namesake far from every other place the text names
        chosen[id(m)] = best
        by_name[key] = best
    return chosen


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
            same = [x for x in cities if x.country == c.country and x.admin1 == c.admin1]
            if same:
                same.sort(key=lambda x: x.population)
                lat = sorted(x.lat for x in same)[len(same) // 2]
                lon = sorted(x.lon for x in same)[len(same) // 2]
                c = replace(c, lat=lat, lon=lon)
            else:
                st = gaz.admin1_point(c.country, c.admin1) if c.admin1 else None
                if st:
                    c = replace(c, lat=st.lat, lon=st.lon)
        out[k] = c
    return out


def find_places(doc, context_countries: Sequence[str] = (), gazetteer: Optional[Gazetteer] = None) -> list[Place]:
    """Place mentions in a parsed document, resolved; unresolved names are kept with lat/lon None."""
    try:
        gaz = gazetteer or default_gazetteer()
    except Exception:       # no gazetteer could be built: recognise nothing rather than fail the document
        return []
    mentions = _collect(doc, gaz)
    if not mentions:
        return []
    _annotate(doc, mentions, gaz)
    # gazetteer-only matches inside organisation names and lone ambiguous words need support elsewhere
    known = {norm(m.text) for m in mentions if m.source == "ner"}
    rejected = set()
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
            if doc[m.tok_start].ent_type_ == "PERSON" and m.tok_end + 1 < len(doc) and doc[m.tok_end].lower_ in ("'s", "’s") \
                    and _np_head(doc[m.tok_end - 1].head).lower_ in _DWELLINGS \
                    and not (top.feature in ("country", "admin1") or top.population >= 100_000):
                rejected.add(id(m))      # "in Anderson's apartment": whose home, not where
                continue
            strong = (top.feature in ("country", "admin1") and not top.alt) or top.demonym and not top.alt \
                or top.feature == "admin2" and m.county_hint
            if not (strong or norm(m.text) in known
                    or (top.feature == "city" and top.population >= 100_000 and not top.alt and m.label != "ORG")
                    or (m.label == "SOFT" and any(c.feature == "city" and c.population >= 5000 and not c.alt
                                                  for c in cs))
                    or (m.label != "ORG" and m.tok_start > 0
                        and doc[m.tok_start - 1].lower_ in ("in", "at", "near", "outside", "into")
                        and any(c.feature == "city" and c.population >= 1000 and not c.alt for c in cs))
                    or (m.label == "ORG" and any(e.start == m.tok_start and _ent_end(doc, e) == m.tok_end
                                                 for e in doc.ents)
                        and (_held_object(doc, m.tok_start, m.tok_end)
                             and any(c.feature == "city" and (c.population >= 100_000 and not c.alt
                                                              or c.population >= 300_000) for c in cs[:3])
                             or _held_object(doc, m.tok_start, m.tok_end, True)
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
    chosen = _fill_admin2(_resolve(mentions, gaz, context_countries), gaz)
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
            out.append(Place(text=m.text, start=m.start, end=m.end, name=m.text))
            continue
        out.append(Place(text=m.text, start=m.start, end=m.end, name=c.name, lat=c.lat, lon=c.lon, country=c.country,
                         geonameid=c.geonameid, feature=c.feature, admin1=c.admin1 if c.feature != "country" else None,
                         demonym=bool(c.demonym and m.text.lower() != c.name.lower())))
    return out


# ---------------------------------------------------------------------------------------------------------
# where an event happened

_STRONG_PREPS = _WORDS["strong_preps"]
_REPORT_LEMMAS = _WORDS["report_lemmas"]
_CLAUSE_BREAK = {"ccomp", "parataxis", "relcl", "csubj", "advcl", "acl"}


def _place_tokens(doc, places: Sequence[Place]) -> list[tuple[Place, int, int]]:
    key = tuple((p.start, p.end, p.demonym) for p in places)
    cache = doc.user_data.get("eventwire.place_tokens")
    if cache is not None and cache[0] == key:
        return cache[1]
    out = _place_tokens_uncached(doc, places)
    doc.user_data["eventwire.place_tokens"] = (key, out)
    return out


def _place_tokens_uncached(doc, places: Sequence[Place]) -> list[tuple[Place, int, int]]:
    out = []
    for p in places:
        if p.demonym:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append((p, span.start, span.end))
    return out


def _head_in_span(doc, i: int, j: int):
    for t in doc[i:j]:
        if (not (i <= t.head.i < j) or t.head.i == t.i) and not t.is_punct:
            return t
    for t in doc[i:j]:
        if not (i <= t.head.i < j) or t.head.i == t.i:
            return t
    return doc[i]


def _governing_prep(tok):
    """The preposition a place hangs from (through 'the city of', compounds and appositions), or None."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("compound", "amod", "nmod", "appos", "conj", "poss") and t.head.i != t.i:
            t = t.head
            continue
        if t.head.lower_ in ("called", "named") and t.head.dep_ in ("acl", "relcl") and t.dep_ != "pobj":
            t = t.head.head       # "a peak called Tiger Hill": the peak
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lower_ == "known" \
                and t.head.head.dep_ in ("acl", "relcl"):
            t = t.head.head.head  # "an area known as El Tablazo": the area
            continue
        if t.dep_ == "pobj":
            p = t.head
            if p.lower_ == "of" and p.head.lower_ in _DIRECTION_HEADS and p.head.dep_ in ("advmod", "npadvmod"):
                return p              # "raids north of Baghdad": the direction phrase itself
            if p.lower_ == "of" and p.head.pos_ in ("NOUN", "PROPN"):
                t = p.head            # "the city of X", "the outskirts of X"
                continue
            if p.lower_ == "to" and p.head.lower_ in _WAY_NOUNS and p.head.dep_ == "pobj":
                t = p.head            # "at the entrance to Bethlehem", "on the road to Ariel"
                continue
            return p
        return None
    return None


def _is_report(tok) -> bool:
    return tok.lemma_.lower() in _REPORT_LEMMAS


def _clause_root(trigger):
    """Walk up from the trigger to the verb whose clause it belongs to, stopping below reporting verbs."""
    t = trigger
    for _ in range(8):
        if t.dep_ in ("ROOT", "ccomp", "parataxis", "relcl", "csubj") or t.head.i == t.i:
            return t
        h = t.head
        if _is_report(h) and t.dep_ in ("advcl", "xcomp", "conj", "dobj"):
            return t
        if t.dep_ in ("xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod", "acl",
                      "advcl", "conj", "npadvmod", "agent", "oprd", "acomp", "aux", "auxpass"):
            t = h
            continue
        return t
    return t


def _subtree_ids(tok, stop_deps=_CLAUSE_BREAK, skip=None) -> set[int]:
    out = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in stop_deps and c.i != tok.i:
                continue
            if skip is not None and c.i == skip:
                continue
            stack.append(c)
    return out


_PLACE_HEADS = _WORDS["place_heads"]
_DIRECTION_HEADS = _WORDS["direction_heads"]
_PERSON_HEADS = _WORDS["person_heads"]
_TERRITORY_VERBS = _WORDS["territory_verbs"]


def _subject_ids(trig) -> set[int]:
    out: set[int] = set()
    for c in trig.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out |= {t.i for t in c.subtree}
    return out


def _place_score(doc, trig, h, p, tier, report_ids):
    """How strongly the place whose head token is h locates the event triggered by trig (higher is better)."""
    if h.dep_ == "compound" and h.head.lower_ in _CALENDAR and h.head.i == h.i + 1:
        h = h.head            # "patrolled downtown Caracas Wednesday": the parser made the place a weekday's word
    prep = _governing_prep(h)
    attach = 0.0
    if prep is not None:
        pl = prep.lower_
        if pl in _STRONG_PREPS:
            attach = 2.0
        elif pl == "to" and prep.head.lower_ in ("close", "next", "near", "adjacent", "nearby") \
                or pl == "from" and prep.head.lower_ == "far" and any(c.lower_ == "not" for c in prep.head.children):
            attach = 2.0      # "close to Jaffna", "not far from Grozny"
        elif pl in ("to", "toward", "towards", "into", "from") and prep.head.i == trig.i \
                and trig.lemma_ in _MOTION_VERBS:
            attach = 0.6      # "flew to Basra", "troops were dispatched to Kandahar", "marched from Geneva" (+1 below:
            #                   the trigger's own)
        elif pl in ("including", "like") and trig.lemma_ in _TERRITORY_VERBS and _held_np(prep.head, trig):
            attach = 1.2      # "captured key towns in North Kivu, including Kanyabayonga": the towns themselves
        elif pl in ("on", "against") and prep.head.lemma_ in _ATTACK_NOUNS:
            attach = 2.0      # "an attack on Mbuta village", "airstrikes on Raqqa"
        elif pl in ("on", "over", "across", "through", "inside", "outside", "into", "from", "to", "toward",
                    "towards", "of", "between"):
            attach = 0.6 if pl in ("on", "over", "into", "through") else 0.3
        else:
            attach = 0.0
        ph = prep.head
        if pl not in _NON_LOCATIVE_PREPS and (ph.i == trig.i or ph.i == trig.head.i
                                              and trig.dep_ in ("xcomp", "dobj", "conj")):
            attach += 1.0
        # "Moussa, 28, of Kafr Tsurif": a person's home town, not where the event was
        if pl == "of" and ph.ent_type_ == "PERSON" or pl in ("of", "from") and ph.pos_ == "PROPN":
            attach = 0.1
        if pl == "of" and ph.lower_ in _DIRECTION_HEADS:
            # "north of Baghdad", "on the outskirts of Aleppo"; but "Jolo, 940 kilometers south of Manila": a
            # distance makes the place a landmark to measure from
            attach = 0.3 if any(t.lower_ in _DISTANCE_UNITS for t in doc[max(0, ph.i - 4):ph.i]) else 2.0
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _PERSON_HEADS:
            attach = -1.0     # "the governments of Iraq and Syria", "the people of Gaza": actors
    else:
        t = h
        for _ in range(6):
            if t.dep_ in ("compound", "amod", "nmod", "appos", "conj") and t.head.i != t.i:
                t = t.head
            elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
                t = t.head.head
            else:
                break
        if t.i != h.i and t.lower_ in _OWNED_SITES and p.feature == "country":
            attach = -1.0     # "the US embassy", "British bases": whose, not where
        elif t.i != h.i and t.lower_ in _PLACE_HEADS or (h.i > 0 and doc[h.i - 1].tag_ == "PRP$" and t.i != h.i):
            attach = 1.0      # "her Reshimbagh residence", "a Kabul hotel", "the streets of Srinagar"
        elif h.dep_ in ("npadvmod",) and h.head.i == trig.i:
            attach = 1.5      # "patrolled Harare Saturday" style adverbial place
        elif t.dep_ in ("dobj", "nsubjpass") and t.head.i == trig.i and trig.lemma_ in _TERRITORY_VERBS:
            # "stormed the town", "Eastern Slavonia was captured", "patrolling Kabul's streets"
            attach = 1.2 if (p.feature or "city") in ("city", "admin2", None) or t.i != h.i else 0.8
        elif t.dep_ in ("dobj", "nsubjpass") and t.head.i != trig.i and t.head.lemma_ in _GROUND_ONLY_VERBS \
                and t.head.lemma_ != "evacuate":
            attach = 1.0      # "captured ... as he tried to flee northern Italy": ground in a linked clause
        elif h.dep_ == "poss" and h.head.dep_ in ("dobj", "pobj") and (
                h.head.head.i == trig.i and trig.lemma_ in _TERRITORY_VERBS
                or h.head.dep_ == "pobj" and h.head.head.lower_ in _STRONG_PREPS):
            attach = 1.0      # "patrolling Iraq's northern skies", "in Congo's east"
        elif h.dep_ == "poss" and trig.lemma_ in _TERRITORY_VERBS and h.head.lower_ in _PLACE_HEADS | _PART_NOUNS \
                and _held_np(h.head, trig):
            attach = 1.0      # "patrolled the streets of Freetown's west end", "captured 70 percent of Bosnia's
            #                   territory", "Somalia's waters are patrolled": the ground itself
        elif h.dep_ == "compound" and h.head.lower_ in _LOCAL_AGENTS and h.head.dep_ in ("nsubj", "nsubjpass") \
                and h.head.head.i == trig.i and p.feature not in ("country", "admin1", "continent", "region"):
            attach = 1.3      # "Dallas police shot ...", "Basra protesters marched": a town's own people acting
            #                   (less the subject's 0.7 below: 0.6, enough only where nothing better is named)
        elif h.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "compound", "amod") and t.i == h.i or \
                h.dep_ in ("compound", "amod") and t.lower_ in _PERSON_HEADS:
            attach = -1.0     # a country or city as an actor: "Iran condemned", "attacked Iraq", "US soldiers"
        else:
            attach = 0.4      # some other attachment (lists, appositions): too weak on its own
    if prep is not None and attach > 0.3 and prep.lower_ not in _STRONG_PREPS and _under_topic(prep, trig):
        attach = 0.3          # "protested in Berlin against the raids on Yugoslavia": what it was about, not where
    if h.dep_ == "poss" and prep is not None:
        attach -= 0.5         # "in Congo's capital, Kinshasa": the capital is the place
    top = _np_head(h)
    if top.i != h.i and top.lower_ in _OWNED_SITES and p.feature == "country":
        attach = -1.0         # "outside the US embassy", "at British bases": whose, not where
    # inside the subject of the event: weaker than the event's own modifiers (but "Baghdad was bombed",
    # "Idlib province has been struck": the passive subject of a verb that acts on ground is the place)
    if tier == 0 and h.i in _subject_ids(trig) and not (
            trig.lemma_ in _TERRITORY_VERBS and any(c.dep_ == "nsubjpass" and h.i in {t.i for t in c.subtree}
                                                    and c.lower_ not in _PERSON_HEADS for c in trig.children)
            and attach > 0):
        attach -= 0.7
    feat = {"city": 0.9, "admin2": 0.8, "admin1": 0.5, "country": 0.2, "continent": 0.0, "region": 0.3}.get(
        p.feature or "", 0.9)
    dist = abs(h.i - trig.i)
    return -2.0 * tier + attach + feat - 0.02 * dist, attach


def _on_the_way(doc, trig, h, clause: set) -> bool:
    """Is the place at h the ground a victim or convoy was crossing when the event happened: "through X" (or
    "along", "across") after a verb of travel in a clause hung on the event's clause ("as he drove through X",
    "while travelling through X", "a man travelling through X was shot")?"""
    prep = _governing_prep(h)
    if prep is None or prep.lower_ not in ("through", "along", "across"):
        return False
    v = prep.head
    if v.pos_ not in ("VERB", "AUX") or v.lemma_ not in _TRAVEL_VERBS or v.dep_ not in ("advcl", "acl", "relcl"):
        return False
    return v.head.i in clause or v.head.head.i in clause and v.head.dep_ in ("nsubj", "nsubjpass", "dobj")


def _is_held(h) -> bool:
    """Is the place at h (or the noun it names) the object, or passive subject, of a verb that takes ground?"""
    t = _np_head(h)
    # (a bare name after a verb that also takes persons may be a man: "captured Qadeer in Gujranwala")
    return t.dep_ == "dobj" and t.head.lemma_ in _TERRITORY_VERBS and (
        t.i != h.i or t.head.lemma_ not in _HELD_VERBS or t.head.lemma_ in _GROUND_ONLY_VERBS)


def _under_topic(prep, trig) -> bool:
    """Does the phrase holding a place hang, below the event, from "against", "over", "about" and the like (what
    a protest or a statement was about)? ("against the air raids on Yugoslavia", "over the genocide in Krajina")"""
    t = prep.head
    for _ in range(8):
        if t.i == trig.i or t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in _TOPIC_PREPS:
            return True
        t = t.head
    return False


def _held_np(tok, trig) -> bool:
    """Is tok (through "of" phrases: "70 percent of X's territory") the object, or passive subject, of trig?"""
    t = tok
    for _ in range(4):
        if t.dep_ in ("dobj", "nsubjpass") and t.head.i == trig.i:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            t = t.head.head
            continue
        return False
    return False


def article_focus(doc, places: Sequence[Place], min_sentences: int = 3) -> Optional[Place]:
    """The place an article is about: the town or region it names most (at least twice, and more than any other),
    in an article of at least min_sentences sentences; None where there is no clear one."""
    try:
        if sum(1 for _ in doc.sents) < min_sentences:
            return None
    except ValueError:
        return None
    counts: dict[str, int] = {}
    first: dict[str, Place] = {}
    for p in places:
        if p.demonym or p.lat is None or p.feature not in ("city", "admin1", "admin2") or not p.geonameid:
            continue
        counts[p.geonameid] = counts.get(p.geonameid, 0) + 1
        first.setdefault(p.geonameid, p)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    gid, n = ranked[0]
    if n < 2 or len(ranked) > 1 and ranked[1][1] == n:
        return None
    return first[gid]


def _according_phrases(doc, sent) -> list[set[int]]:
    """Token ids of each "according to ..." phrase in the sentence (computed once per sentence)."""
    cache = doc.user_data.setdefault("eventwire.according", {})
    hit = cache.get(sent.start)
    if hit is None:
        hit = cache[sent.start] = [{x.i for x in t.subtree} for t in sent if t.lower_ == "according"]
    return hit


def event_location(doc, trigger_token_index: int, places: Sequence[Place],
                   dateline_place: Optional[Place] = None, focus: Optional[Place] = None) -> Optional[Place]:
    """The place an event happened: its own clause, then its sentence, then the dateline, then the article's
    focus (see article_focus); else None. The returned place's `precision` says which."""
    try:
        if trigger_token_index is None or not (0 <= trigger_token_index < len(doc)):
            return replace(dateline_place, precision="dateline") if dateline_place else \
                replace(focus, precision="article") if focus else None
        trig = doc[trigger_token_index]
        sent = trig.sent
        in_sent = [(p, i, j) for p, i, j in _place_tokens(doc, places) if sent.start <= i < sent.end]
        if in_sent:
            root = _clause_root(trig)
            own = _subtree_ids(trig)
            clause = _subtree_ids(root)
            # reporting verbs above the event keep their own places ("said in Tehran")
            report_ids: set[int] = set()
            for anc in [trig] + list(trig.ancestors):
                if _is_report(anc) and anc.i != trig.i:
                    for c in anc.children:
                        if c.dep_ in ("prep", "npadvmod", "nsubj", "agent"):
                            if c.dep_ == "prep" and c.i < anc.i and c.left_edge.i == sent.start:
                                continue      # "In Jericho, officials said soldiers shot ...": the scene, fronted
                            ids = _subtree_ids(c)
                            if trig.i not in ids:      # "said in a meeting in Tehran": the meeting keeps Tehran
                                report_ids |= ids
            for ids in _according_phrases(doc, sent):      # "according to a source in Aleppo"
                if trig.i not in ids:
                    report_ids |= ids
            scored = []
            local = []        # "police in Ramadi said the blast killed four": a local source's town, a last resort
            for p, i, j in in_sent:
                h = _head_in_span(doc, i, j)
                if h.i in report_ids:
                    prep = _governing_prep(h)
                    if prep is not None and prep.lower_ == "in" and prep.head.lower_ in _LOCAL_SOURCES \
                            and prep.head.dep_ in ("nsubj", "appos") and _is_report(prep.head.head) or \
                            prep is not None and prep.head.dep_ == "appos" and prep.head.head.dep_ == "nsubj" \
                            and prep.lower_ == "in" and prep.head.lower_ in _LOCAL_SOURCES:
                        local.append(p)       # (not "according to a source in X": those speak from afar too)
                    continue
                tier = 0 if h.i in own else 1 if h.i in clause else 2
                if tier == 2 and _on_the_way(doc, trig, h, clause):
                    tier = 1      # "was shot as he drove through Dobrinja", "a man travelling through X was shot"
                s, attach = _place_score(doc, trig, h, p, tier, report_ids)
                scored.append((s, tier, attach, p, h))
            # the best-scoring place that locates the event well enough (an actor named in the clause, "Damascus
            # said", scores high but locates nothing)
            for s, tier, attach, p, _h in _most_specific(doc, scored):
                if tier < 2 and attach >= MIN_ATTACH_CLAUSE:
                    return replace(p, precision="clause")
                if tier == 2 and attach >= MIN_ATTACH_SENTENCE:
                    return replace(p, precision="sentence")
            if local:
                return replace(local[0], precision="sentence")
        if dateline_place is not None:
            return replace(dateline_place, precision="dateline")
        if focus is not None:
            return replace(focus, precision="article")
        return None
    except Exception:
        return replace(dateline_place, precision="dateline") if dateline_place else None


_OWNED_SITES = _WORDS["owned_sites"]
_FEATURE_RANK = {"city": 0, None: 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}
_CONTAINER_AFTER = _WORDS["container_after"]


def _np_head(tok):
    t = tok
    for step in range(6):
        if t.dep_ in ("compound", "amod", "nmod", "conj") and t.head.i != t.i:
            t = t.head
        elif (step == 0 or t.dep_ == "conj") and t.dep_ == "pobj" and t.head.lower_ == "of" \
                and t.head.head.lower_ in _SETTLEMENT_NOUNS:
            t = t.head.head       # "the towns of X, Y and Z" (the name itself, not "X state of ...")
        else:
            break
    return t


def _rank(p: Place, h=None) -> float:
    if _facility(p, h):
        return 0.5        # a street or building: after the town it stands in
    if p.lat is None and h is not None:
        guess = _unknown_rank(p, h)
        if guess is not None:
            return guess
        top = _np_head(h)
        if top.lower_ in _SETTLEMENT_NOUNS or h.dep_ == "pobj" and h.head.lower_ == "of" \
                and h.head.head.lower_ in _SETTLEMENT_NOUNS:
            return -1     # "Sontyo village", "the village of Abadam": a village the gazetteer does not know
    if h is not None and p.feature in ("city", None) and _np_head(h).i != h.i and _np_head(h).lower_ in _PART_NOUNS:
        top = _np_head(h)
        if p.lat is not None and top.lower_ in _ADMIN_PARTS and not any(
                c.dep_ == "prep" and c.lower_ in ("in", "of") for c in top.children):
            return 1      # "Bharatpur district", "the Kailali area": the district a known town names, not a quarter
        return -0.5       # "the Aziziyah district" (of a city named beside it): a part of a town
    return _FEATURE_RANK.get(p.feature, 0)


def _contained(doc, x_head, y_head) -> bool:
    """Is the place at y_head named only to situate the place at x_head? ("Hawija, a town near Kirkuk",
    "Sontyo village in Wukari", "In Dura, south of Baghdad")."""
    top = _np_head(x_head)
    if top.i != x_head.i and top.lower_ not in _SETTLEMENT_NOUNS and top.lower_ not in _PLACE_HEADS:
        return False
    t = x_head
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "conj":
            return False        # "in Ranipur Town, Khairpur District": listed beside, not inside
        t = t.head
    t = y_head
    for _ in range(12):
        if t.i == top.i:
            return True
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        if t.i == y_head.i and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == top.i \
                and top.i != x_head.i:
            return False        # "the Los Angeles suburb of Rosemead": the of-phrase names the suburb
        t = t.head
    return False


def _follows_in(doc, x_head, y_head) -> bool:
    """Does the "in" phrase holding the place at y_head come right after the noun phrase of the place at x_head
    ("Zamalka in the East Ghouta", "Talacogon town, also in Augusan del Sur"), whatever the parser hung it on?"""
    prep = _governing_prep(y_head)
    if prep is None or prep.lower_ != "in" or prep.i <= x_head.i:
        return False
    top = _np_head(x_head)
    t = x_head
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ not in _SETTLEMENT_NOUNS | _HOLD_NOUNS:
        return False            # "north of Baghdad in Samarra": Baghdad only measures; "the house of X in Y"
    if x_head.ent_type_ not in ("GPE", "LOC", "FAC") and top.lower_ not in _SETTLEMENT_NOUNS:
        return False            # "captured Qadeer in Gujranwala": a name that may be a man's
    end = max(top.i, x_head.i)
    k = end + 1
    while k < prep.i and (doc[k].is_punct or doc[k].lower_ in ("also", "town", "city", "village", "area")):
        k += 1
    return k == prep.i and prep.head.i != x_head.i


_PART_NOUNS = _WORDS["part_nouns"]
_AREA_NOUNS = _PART_NOUNS | _SETTLEMENT_NOUNS | {"parts"}    # "in a remote part of southern Panama"
_ADMIN_PARTS = _WORDS["admin_parts"]
_HOLD_NOUNS = _WORDS["hold_nouns"]
_DISTANCE_UNITS = _WORDS["distance_units"]
_WAY_NOUNS = _WORDS["way_nouns"]
_TRAVEL_VERBS = _WORDS["travel_verbs"]
_TOPIC_PREPS = _WORDS["topic_preps"]
_LOCAL_AGENTS = _WORDS["local_agents"]
_LOCAL_SOURCES = _WORDS["local_sources"]


def _facility(p: Place, h=None) -> bool:
    """A street or a building: the gold sets and users want the town it stands in. With the name's head token h,
    a name the gazetteer does not know also counts when the noun it names is a site ("the Sadriya market",
    "the Green Zone", "Joseph's Tomb")."""
    words = p.text.split()
    last = words[-1].lower() if words else ""
    if p.feature in ("country", "admin1"):
        return False
    if last in _FACILITY_WORDS or p.lat is None and (last in _SITE_NOUNS or words[0].lower() in _SITE_NOUNS):
        return True
    if p.lat is None and h is not None:
        top = _np_head(h)
        return top.i != h.i and (top.lower_ in _FACILITY_WORDS or top.lower_ in _SITE_NOUNS)
    return False


def _unknown_rank(p: Place, h) -> Optional[float]:
    """How large a place the gazetteer does not know is, from its own words: "Bolivar province" and "the region
    of Madgalena" are provinces; None if nothing says."""
    words = p.text.lower().split()
    if words and words[-1] in _PROVINCE_WORDS:
        return 2
    if h is not None and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _PROVINCE_WORDS:
        return 2
    return None


def _most_specific(doc, scored: list) -> list:
    """Order candidate event places best first: a place named to situate another gives way to it, and among the
    places that clearly locate the event in its own clause the most specific (a town before its province) wins."""
    if not scored:
        return scored
    drop = set()
    for a, x in enumerate(scored):
        for b, y in enumerate(scored):
            if a == b or b in drop or a in drop:
                continue
            xh, yh = x[4], y[4]
            if x[2] <= 0:
                continue          # "the US embassy in Dar es Salaam": an owner, not a place that contains
            if _contained(doc, xh, yh) and not (_facility(x[3], xh) and not _facility(y[3], yh)):
                drop.add(b)
                continue
            if _follows_in(doc, xh, yh) and not _facility(x[3], xh) and _rank(x[3], xh) <= _rank(y[3], yh) \
                    and x[2] >= SPECIFIC_ATTACH:
                drop.add(b)       # "patrolling Bayana in Bharatpur district": the parser hung "in" on the verb
                continue
            # "the Los Angeles suburb of Rosemead" (the of-phrase names it) vs "the Arawa area of Gombe" (the
            # name before the noun names it): the smaller one
            top = _np_head(xh)
            if top.i != xh.i and top.lower_ in _SETTLEMENT_NOUNS and yh.dep_ == "pobj" and yh.head.lower_ == "of" \
                    and yh.head.head.i == top.i:
                nxt = doc[yh.i + 1].lower_ if yh.i + 1 < len(doc) else ""
                if nxt in _CONTAINER_AFTER or _rank(y[3], yh) > _rank(x[3], xh):
                    drop.add(b)
                elif _rank(x[3], xh) > _rank(y[3], yh):
                    drop.add(a)           # "the Niger village of Abadam"
                elif (x[3].lat is None) != (y[3].lat is None):
                    # a name the gazetteer does not know is the smaller place: "the Arawa area of Gombe",
                    # "the south Baghdad neighbourhood of Zafaraniya"
                    drop.add(b if x[3].lat is None else a)
                elif top.lower_ in _PART_NOUNS:
                    drop.add(b)
                else:
                    drop.add(a)
                continue
            # "In Dura, south of Baghdad": a direction from a place just named
            prep = _governing_prep(yh)
            if prep is not None and prep.lower_ == "of" and prep.head.lower_ in _DIRECTION_HEADS \
                    and xh.i < prep.head.i and prep.head.i - xh.i <= 4 and x[1] <= y[1] and x[2] >= 1.0:
                drop.add(b)
    kept = [x for k, x in enumerate(scored) if k not in drop]
    kept.sort(key=lambda x: -x[0])
    # a street or building named with its town ("Tbilisi's Rustaveli Avenue", "the Town Hall in downtown
    # Colombo"): the town
    if kept and _facility(kept[0][3], kept[0][4]):
        fh = kept[0][4]
        top = _np_head(fh)
        sub = {t.i for t in top.subtree}
        towns = [x for x in kept[1:] if not _facility(x[3], x[4]) and x[4].i in sub and x[2] > -0.5
                 and x[3].feature not in ("country",)]
        if towns:
            kept.remove(towns[0])
            kept.insert(0, towns[0])
    strong = [x for x in kept if x[1] <= 1 and x[2] >= SPECIFIC_ATTACH]
    if len(strong) > 1:
        # ties go to the ground the event takes ("stormed Najarah in eastern Aleppo")
        best = min(strong, key=lambda x: (_rank(x[3], x[4]), not _is_held(x[4]), -x[0]))
        kept.remove(best)
        kept.insert(0, best)
    return kept


SPECIFIC_ATTACH = 1.0
_MOTION_VERBS = _WORDS["motion_verbs"]
_ATTACK_NOUNS = _WORDS["attack_nouns"]
MIN_ATTACH_CLAUSE = 0.55
MIN_ATTACH_SENTENCE = 1.0


_DATELINE = re.compile(r"^\s*((?:[A-Z][A-Za-z.'\-]*\s?){1,4}?(?:,\s*[A-Z][A-Za-z.']*(?:\s[A-Z][A-Za-z.']*)?)?)"
                       r"\s*(?:,|\(|-{1,2}|—|–)")


_DATELINE_UPPER = re.compile(r"(?:^|[\n.]\s*|\d{4}\s+)([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Z][A-Za-z.' ]{1,25})?\s*"
                             r"(?:--|—|–|-|\(|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")


def dateline_place(doc, places: Sequence[Place]) -> Optional[Place]:
    """The place of a dateline ("TEHRAN, June 26 (IRNA) -", "MANSFIELD --") near the top of the text."""
    text = doc[:min(len(doc), 80)].text[:300]
    m = _DATELINE.match(text)
    if m:
        for p in places:
            if m.start(1) <= p.start <= m.start(1) + 1 and p.lat is not None:
                return p
    # an upper-case dateline after a headline or byline: "... March 24, 2009 MANSFIELD -- ..."
    m = _DATELINE_UPPER.search(text)
    if m:
        for p in places:
            if m.start(1) <= p.start < m.end(1) + 1 and p.lat is not None:
                return p
    return None
