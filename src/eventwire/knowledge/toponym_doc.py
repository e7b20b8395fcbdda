"""Toponym resolution, the document's own geography: what the rest of the article says about where a name lies.

places.py resolves each name against the whole article; this module reads the words that tie one name to a
region or a country right beside it, and the article-wide facts a lone name can lean on:

  * containment: "Hyderabad, the capital of Sindh province", "Cottonport, a town in Avoyelles Parish",
    "a bombing near Hyderabad in southern Sindh" (`_containment`): the region or country the name lies in;
  * a region named with its kind: "Sindh province", "Kano State" resolve as the region "Sindh", "Kano"
    (`region_candidates`);
  * the countries the article's other places lie in (`doc_countries`, computed once per document): a known
    city's name at the start of a sentence, which the parser often takes for an organisation ("Karachi was
    calm"), is a place where the article is about that city's country (`sentence_initial_city`);
  * the dateline's place ("TEHRAN, June 26 (IRNA) -", `dateline_place`).
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwire.model import Place
from eventwire.knowledge.gazetteer import Candidate, Gazetteer
from eventwire.knowledge.place_words import _AREA_WORDS, _NAMED_AFTER, _PROVINCE_WORDS, _SETTLEMENT_NOUNS, _WORDS

_DETS = ("a", "an", "the")
# words between "X, a" and "of"/"in": "the provincial capital of", "a small farming town in"
_APPOS_HEADS = _SETTLEMENT_NOUNS | _NAMED_AFTER | _PROVINCE_WORDS | {"capital", "parish", "county"}
_REGION_KINDS = _PROVINCE_WORDS | {"parish", "county", "district"}
_CONTAINERS = ("admin1", "admin2", "country")


def region_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """ "Sindh province", "Kano State", "Rapides parish": the region named before its kind word, where the
    gazetteer does not know the whole name."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in _REGION_KINDS:
        return []
    kind = words[-1].lower()
    want = ("admin2",) if kind in ("parish", "county") else ("admin1", "admin2", "region")
    return [c for c in gaz.lookup(" ".join(words[:-1])) if c.feature in want and not c.demonym]


def _container(doc, k: int, by_tok: dict, gaz: Gazetteer) -> Optional[Candidate]:
    """The region or country named at token k ("Sindh", "Sindh province", "Louisiana"), or None."""
    n = len(doc)
    if k >= n or not doc[k].text[:1].isupper():
        return None
    m = by_tok.get(k)
    if m is not None:
        text = m.text
    else:
        j = k
        while j < n and j - k < 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        text = doc[k:j].text
    cs = [c for c in gaz.lookup(text) if c.feature in _CONTAINERS and not c.demonym and not c.alt]
    if not cs:
        cs = [c for c in region_candidates(text, gaz) if c.feature in _CONTAINERS and not c.alt]
    if not cs or len({(c.country, c.region if c.feature != "country" else None) for c in cs}) > 1:
        return None       # ("Georgia": a state or a country; no help)
    return cs[0]


def _skip(doc, k: int, words) -> int:
    n = len(doc)
    while k < n and (doc[k].is_space or doc[k].lower_ in _DETS or doc[k].lower_ in words):
        k += 1
    return k


def _containment(doc, m, by_tok: dict, gaz: Gazetteer) -> Optional[Candidate]:
    """The region or country the words right after the name put it in: "X, the capital of Y", "X, a town in
    (southern) Y", "X in (the) (northern) Y"."""
    n = len(doc)
    j = m.tok_end
    while j < n and doc[j].is_space:
        j += 1
    if j >= n:
        return None
    if doc[j].text == ",":
        k, heads = j + 1, 0
        while k < n and k - j < 8 and (doc[k].lower_ in _DETS or doc[k].lower_ in _APPOS_HEADS
                                       or doc[k].lower_ in _AREA_WORDS
                                       or doc[k].pos_ == "ADJ" and not doc[k].text[:1].isupper()):
            heads += doc[k].lower_ in _APPOS_HEADS
            k += 1
        if not heads or k >= n or doc[k].lower_ not in ("of", "in"):
            return None
        return _container(doc, _skip(doc, k + 1, _AREA_WORDS), by_tok, gaz)
    if doc[j].lower_ == "in":
        return _container(doc, _skip(doc, j + 1, _AREA_WORDS), by_tok, gaz)
    return None


def annotate_containment(doc, mentions, gaz: Gazetteer) -> None:
    """Set each mention's `within` from "X, the capital of Y" and "X in Y" where "X, Y" has not set it."""
    by_tok = {m.tok_start: m for m in mentions}
    for m in mentions:
        if m.tok_start < 60 and _dateline(doc, m.tok_start, m.tok_end):
            m.dateline = True
            break
    for m in mentions:
        if m.within is not None:
            continue
        w = _containment(doc, m, by_tok, gaz)
        if w is not None and not (w.feature == "country" and norm_eq(w.name, m.text)):
            m.within = w


def _dateline(doc, i: int, j: int) -> bool:
    """An upper-case name at the start of the text or of a line (or after a headline's full stop), before a
    dash or a comma: "MANSFIELD --", "TEHRAN, June 26 (IRNA) -"."""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    start = k < 0 or doc[k].text in (".", "!", "?") or "\n" in doc[k].text_with_ws or doc[k].is_space
    return start and j < len(doc) and doc[j].text in (",", "-", "--", "—", "–", "(") \
        and doc[i:j].text.isupper() and len(doc[i:j].text) > 2


def norm_eq(a: str, b: str) -> bool:
    return a.lower().strip() == b.lower().strip()


def doc_countries(mentions, gaz: Gazetteer, labels) -> set[str]:
    """The countries of the places the parser itself called places (each name's first candidate), once per
    document."""
    out: set[str] = set()
    seen: set[str] = set()
    for m in mentions:
        if m.source != "ner" or m.label not in labels or m.text in seen:
            continue
        seen.add(m.text)
        cs = gaz.lookup(m.text)
        if cs and cs[0].country:
            out.add(cs[0].country)
    return out


_ORG_AFTER = _WORDS["org_words"]


def sentence_initial_city(doc, m, cs: list[Candidate], countries: set[str]) -> bool:
    """A one-name organisation at the start of a sentence that is a known city of a country the article's other
    places lie in ("Karachi was calm on Tuesday" in a story about Pakistan)."""
    i, j = m.tok_start, m.tok_end
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in ('"', "“", "‘", "'")):
        k -= 1
    if not (doc[i].is_sent_start or k < 0 or doc[k].text in (".", "!", "?", "\n")):
        return False
    if j < len(doc) and (doc[j].lower_ in _ORG_AFTER or doc[j].lower_ in ("'s", "’s") or doc[j].text[:1].isupper()):
        return False
    return any(c.feature == "city" and not c.alt and c.population >= 50_000 and c.country in countries
               for c in cs[:3])


NAMED_REGION_W, NAMED_REGION_MAX = 0.75, 2.5      # per mention of a state or country the article names
DATELINE_W = 1.0


def doc_regions(mentions, chosen: dict) -> tuple[dict, dict]:
    """The article's own geography after a first resolution: ({country: weight}, {(country, admin1): weight}) from
    the states and countries it names (each mention counts: "Georgia" named four times is what the story is about)
    and its dateline's place."""
    countries: dict[str, float] = {}
    admin1: dict[tuple, float] = {}
    for m in mentions:
        c = chosen.get(id(m))
        if c is None or c.demonym and c.feature == "country":
            continue
        w = DATELINE_W if getattr(m, "dateline", False) else 0.0
        if c.feature in ("admin1", "country"):
            w += NAMED_REGION_W
        if not w:
            continue
        if c.country:
            countries[c.country] = min(NAMED_REGION_MAX, countries.get(c.country, 0) + w)
        if c.feature != "country" and c.region:
            admin1[(c.country, c.region)] = min(NAMED_REGION_MAX, admin1.get((c.country, c.region), 0) + w)
    return countries, admin1


_PLURAL_KINDS = {"counties": "County", "parishes": "Parish"}


def kind_lists(doc, mentions: list, make) -> list:
    """ "Hall, Polk and Lee counties", "Dodge, Olmsted, Blue Earth and Wabasha counties": each name of the
    list is the county of that name, whatever the parser called it. Returns the mentions with those names
    (made by make(i, j, kind)) in place of any mention overlapping them."""
    from eventwire.nlp import word_positions
    spans: list[tuple[int, int, str]] = []
    # (only the plural kind words: the document's other words are not looked at)
    for p in word_positions(doc, _PLURAL_KINDS):
        if p < 1:
            continue
        kind = _PLURAL_KINDS[doc[p].lower_]
        found, k = [], p - 1
        while k >= 0:
            j, i = k + 1, k
            while i >= 0 and j - i <= 3 and doc[i].text[:1].isupper() and doc[i].is_alpha \
                    and doc[i].lower_ not in ("and", "or"):
                i -= 1
            i += 1
            if i >= j:
                break
            found.append((i, j))
            k = i - 1
            sep = False
            if k >= 0 and doc[k].text == ",":
                k, sep = k - 1, True
            if k >= 0 and doc[k].lower_ in ("and", "or"):
                k, sep = k - 1, True
                if k >= 0 and doc[k].text == ",":
                    k -= 1
            if not sep:
                break
        if len(found) >= 2:
            spans += [(i, j, kind) for i, j in found]
    if not spans:
        return mentions
    out = [m for m in mentions if not any(m.tok_start < j and i < m.tok_end for i, j, _ in spans)]
    out += [make(i, j, kind) for i, j, kind in spans]
    out.sort(key=lambda m: m.start)
    return out


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
