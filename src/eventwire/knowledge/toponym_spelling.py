"""Toponym resolution, names the gazetteer writes another way: an Arabic name written with its article ("Al-Raqqa",
"al-Tall", "Al-Salamiyah") where GeoNames writes the article as it is spoken ("Ar Raqqah", "At Tall", "As
Salamiyah") or not at all ("Nasiriyah"). places.py's `_resolve` asks `article_candidates` for a name no exact lookup
finds: the name without its article, looked up again, keeping only the towns and regions that are plainly the
same name (their own name written with an article too, or a place of a country where names take the Arabic
article), never a namesake elsewhere ("Al-Taji" is no town in China, "Al-Zara" none in Turkey).
"""
from __future__ import annotations

import re
from dataclasses import replace

from eventwire.knowledge.gazetteer import Candidate, Gazetteer, norm
from eventwire.knowledge.place_words import _WORDS

_ARTICLE_COUNTRIES = frozenset(c.upper() for c in _WORDS["article_countries"])
# the Arabic article as English text writes it, and as GeoNames writes it before sun letters
_ARTICLE = re.compile(r"^(?:al|el|ul|as|ash|ad|ar|at|az|an|adh|ath|ed|es|et|er|ez)(?:[-\s]+['‘’`]*|['‘’`]+)(?=\w)", re.I)


def strip_article(text: str) -> str:
    """The name without a leading Arabic article ("Al-Raqqa" -> "Raqqa"); the name itself where it has none."""
    return _ARTICLE.sub("", text.strip(), count=1)


def article_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The places a name written with an Arabic article names when the gazetteer spells the article otherwise or
    leaves it out; [] where the name has no article or nothing plainly the same is found. Marked alt (a weaker
    match than a name as written)."""
    bare = strip_article(text)
    if bare == text.strip() or len(bare) < 3:
        return []
    out = []
    for c in gaz.lookup(bare):
        if c.demonym or c.feature not in ("city", "admin1", "admin2"):
            continue
        own, want = _key(c.name), _key(bare)
        same = _key(strip_article(c.name)) == want or own == want
        if same and (own != _key(strip_article(c.name)) or c.country in _ARTICLE_COUNTRIES):
            out.append(replace(c, alt=True))
    return out


def _key(name: str) -> str:
    return norm(name).replace("'", "")      # ("'Amarah": an ayn written as a quote mark, or not at all)
