"""Toponym recognition: find the names of places in a parsed document (the first stage of places.py's find_places).

Mentions come from the parser's named entities (GPE, LOC, FAC, NORP for demonyms) and from gazetteer matches on
capitalised words the parser missed; names the parser called a person, an organisation or nothing become places
where the words around them make them places ("the town of X", "in X", "overran X", "at the X Power Plant").
`_collect` returns the mentions unresolved; places.py resolves them and event_location.py picks an event's place.
"""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.gazetteer import Candidate, Gazetteer
from eventwire.knowledge.place_words import (
    _AREA_WORDS, _ATTACK_NOUNS, _BATTLE_NOUNS, _CALENDAR, _DIRECTION_HEADS, _FACILITY_WORDS, _GROUND_ONLY_VERBS,
    _HELD_VERBS, _NAMED_AFTER, _PART_NOUNS, _PLACE_HEADS, _SAY_AFTER, _SETTLEMENT_NOUNS, _TERRITORY_VERBS, _TITLES,
    _WORDS)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# words that are capitalised place-like tokens but are not places on their own
_STOP = _WORDS["stop"]
_ORG_PREFIXES = _WORDS["org_prefixes"]
_ORG_WORDS = _WORDS["org_words"] | _ORG_PREFIXES
_NOT_PLACES = _WORDS["not_places"]
_REPORT_AGENCIES = _WORDS["report_agencies"]
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
    if prev is not None and prev.lower_ in ("on", "against") and prev.head.lemma_ in _ATTACK_NOUNS \
            or prev is not None and prev.lower_ in ("for", "of") and prev.head.lemma_.lower() in _BATTLE_NOUNS:
        return True       # "attacks on Aleppo", "the assault on Taqsis", "the battle for Manbij"
    k = ip
    while k >= 0 and (doc[k].lower_ in _AREA_WORDS or doc[k].ent_type_ == "NORP" and doc[k].pos_ == "ADJ"):
        k = _pv(doc, k)
    return k >= 0 and doc[k].lower_ in _LOCATIVE


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
_PERSON_OF = _WORDS["person_of"]
_COMMUNITIES = _WORDS["communities"]
_GLUE_QUOTES = ("‘", "’", "'", "`")
_EVENT_HEADS = _WORDS["event_heads"]


# first words of Arabic, Persian and Turkic place names ("Kafr Laha", "Tal Rifaat", "Deir Hafer", "Khan Touman")
_TOPONYM_PREFIXES = _WORDS["toponym_prefixes"]


# the last words of every named site that can be where something happened: street and building words
# (_FACILITY_WORDS) and the rest ("the Tishreen Power Plant", "Rasha Hill")
_FACILITY_NAMES = _FACILITY_WORDS | _WORDS["facility_sites"]


_AREA_NOUNS = _PART_NOUNS | _SETTLEMENT_NOUNS | {"parts"}    # "in a remote part of southern Panama"


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
    """Does the name at i follow "in", "near", "inside", "outside" or "around" (past "the" and words such as
    "northern"), or "the battle for", "an attack on"?"""
    k = _pv(doc, i)
    while k >= 0 and doc[k].lower_ in _AREA_WORDS:
        k = _pv(doc, k)
    if k >= 0 and doc[k].lower_ in ("in", "near", "inside", "outside", "around"):
        return True
    # "the battle for X", "their attack on X", "airstrikes on X"
    return k >= 1 and doc[k].lower_ in ("for", "on", "of") and doc[k - 1].lemma_.lower() in _BATTLE_NOUNS


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
            elif t.dep_ == "poss" and t.head.dep_ in ("dobj", "nsubjpass") and (
                    t.head.lower_ in _PLACE_HEADS or t.head.lemma_.lower() in _PLACE_HEADS
                    or t.head.lower_ in _DIRECTION_HEADS or t.head.lower_ in _EDGE_NOUNS):
                t = t.head    # "patrolled Hyderabad's streets", "X's streets were patrolled", "X's perimeter"
            v = t.head
            ok = t.dep_ in ("dobj", "npadvmod") and v.lemma_ in verbs \
                or t.dep_ == "nsubjpass" and v.lemma_ in (verbs if any_passive else _GROUND_ONLY_VERBS)
            if ok and v.lemma_ not in _GROUND_ONLY_VERBS and _names_a_place(v.children):
                return False
            return ok
    return False


_PERSON_TOO = _WORDS["person_too_verbs"]      # ground-only verbs a person is sometimes the object of
