"""Toponym resolution, one transliterated name written the way another writer spells it: "Tell Rifaat" for
GeoNames' "Tall Rif'at", "Dair Hafer" for "Dayr Hafir", "Sheikh Miskeen" for "Shaykh Miskin", "Qoryoley" for
"Qoryooley", "Lashkargah" for "Lashkar Gah". places.py's `_resolve` asks `variant_candidates` for a name that no
exact lookup, no region lookup and no article lookup finds.

The gazetteer's spelling-blind key (gazetteer.skeleton: consonants only) gathers the towns that might be the name;
a town is kept only when its own name and the name as written give the same *variant key*, a key that
keeps the vowels but reads the usual transliteration choices as one (variant_key below; the word and ending
spellings are data, data/places/spelling_variants.tsv). Guards: a name of fewer than five letters in its key, a
name with a digit, an English word ("Pentagon", "Eucalyptus") and a name that is already an English word once
written together never take a variant; the towns found are marked alt (weaker than a name as written) and
go on to the ordinary scoring with the rest of the text's places.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import replace
from pathlib import Path

from eventwire.knowledge.gazetteer import Candidate, Gazetteer, norm
from eventwire.knowledge.truecase import _read_english

_DATA = Path(__file__).resolve().parent.parent / "data" / "places" / "spelling_variants.tsv"
_SPLIT = re.compile(r"[\s\-.]+")
_MARKS = re.compile(r"['’‘`ʿʾ]")         # an ayn or a hamza written as a quote mark: part of the word ("Rif'at")
_DOUBLE = re.compile(r"(.)\1+")
MIN_KEY = 5
JOINED_MIN = 8


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict, dict, list, list, frozenset]:
    words, articles, endings, inner, countries = {}, {}, [], [], set()
    with open(_DATA, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for r in rows:
            kind, spelt, read = r["kind"], r["spelling"].strip().lower(), (r["reads_as"] or "").strip().lower()
            if kind == "word":
                words[spelt] = read
            elif kind == "article":
                articles[spelt] = read
            elif kind == "ending":
                endings.append((spelt, read))
            elif kind == "inner":
                inner.append((spelt, read))
            elif kind == "country":
                countries.add(spelt.upper())
    endings.sort(key=lambda x: -len(x[0]))
    return words, articles, endings, inner, frozenset(countries)


@functools.lru_cache(maxsize=1)
def _english() -> frozenset:
    return _read_english()[0]          # the lower-case English words (data/case/english_words.tsv)


@functools.lru_cache(maxsize=65536)
def variant_key(name: str, joined: bool = False) -> str:
    """A key two transliterations of one name share: articles dropped, apostrophes and hyphens gone, the usual
    word spellings ('tell', 'tal' -> 'tal'; 'deir', 'dair' -> 'dayr') and endings ('-iyeh', '-iyah' -> '-iya')
    read as one, 'ou'/'oo' as 'u', 'ee' as 'i', doubled letters single; words apart as written, or run together
    (`joined`: "Lashkar Gah" as "Lashkargah"). "" for a name without letters."""
    words, articles, _, _, _ = _table()
    out = []
    for w in _SPLIT.split(_MARKS.sub("", norm(name))):
        w = "".join(ch for ch in w if ch.isalpha())
        if w and w not in articles:
            out.append(words.get(w, w))
    return "".join(_spelling(w) for w in ["".join(out)]) if joined else " ".join(_spelling(w) for w in out)


def _spelling(w: str) -> str:
    """One word's ending and letters read as one spelling."""
    _, _, endings, inner, _ = _table()
    for spelt, read in endings:
        if w.endswith(spelt) and len(w) > len(spelt) + 2:
            w = w[: len(w) - len(spelt)] + read
            break
    for spelt, read in inner:
        w = w.replace(spelt, read)
    return _DOUBLE.sub(r"\1", w)


def _trusted(text: str) -> bool:
    """A name worth reading as another spelling: letters enough, no digit, not an English word."""
    if any(ch.isdigit() for ch in text):
        return False
    key = variant_key(text).replace(" ", "")
    if len(key) < MIN_KEY:
        return False
    eng = _english()
    plain = [w for w in _SPLIT.split(norm(text)) if w]
    # "Pentagon", "Eucalyptus": an English word, never a town's other spelling
    return "".join(plain) not in eng and " ".join(plain) not in eng


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name: the same variant key, word for word; or run together ("Lashkargah" / "Lashkar
    Gah") where the key is long enough not to meet another name's words by chance ("Man Sur" is no "Mansur")."""
    ka, kb = variant_key(a), variant_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    joined = variant_key(a, True)
    return len(joined) >= JOINED_MIN and joined == variant_key(b, True)


def variant_candidates(text: str, gaz: Gazetteer, countries=None) -> list[Candidate]:
    """The towns whose own name is this one written another way (see the module's note), in `countries` where
    the text is about some; where it names none, a name of two words or more, and only towns of one country, a
    country whose names come to English transliterated (data/places/spelling_variants.tsv, kind 'country'). [] where none is, or where the name is no
    transliteration to trust. Marked alt, largest first."""
    if not _trusted(text):
        return []
    out = []
    for c in gaz.lookup_skeleton(text):
        if c.demonym or c.feature != "city" or countries and c.country not in countries:
            continue
        if same_name(text, c.name):         # the town's own name (the name table has no index by town)
            out.append(replace(c, alt=True))
    # with no country to go by, a name of two words or more ("Tel Abyad"), one country's towns only: a single
    # word ("Mansour") is as often a person's name or a namesake town elsewhere
    if not countries and (len(variant_key(text).split()) < 2 or len({c.country for c in out}) != 1
                          or out[0].country not in _table()[4]):
        return []
    return out

