"""Hyphened words in text that comes tokenised, with a space on each side of the hyphen ("announced a cease - fire",
"the rebel - held town", "the Saudi - led coalition"), as corpora that were split into words before they reached us
give them. The parser reads "cease - fire" as two words and a dash, so the lexicon's "cease-fire" never matches and
"announced a weeklong cease - fire with the Taliban" is no event; "rebel - held" is no holder's mark. The parser is
given a copy with each such word written whole, padded with spaces after it to the same length ("cease - fire" ->
"cease-fire  "), so every offset after it is the same (as spaced_numbers.py does for "42 . 5").

Only text that is tokenised is touched: a space before a comma or a full stop after a word (" , ", "word ."), which
text written the usual way never has. Only a word, " - " and a word whose first part is a `left` word of
data/nlp/spaced_hyphens.tsv ("cease", "anti", "pro") or whose second part is a `right` word ("held", "led",
"backed", "fire") is joined: a dash between clauses ("south - resulting from") is left alone. Both parts are in
lower case: a name in a hyphened word ("pro - Taliban", "Hamas - run", "Saudi - led") is left as it is, as the actor
lists read those spaced already, and a mention that ends in it is not cut short by the padding."""
from __future__ import annotations

import functools
import re
from importlib import resources

_TOKENISED = re.compile(r"\w [,.] |\w \.$")
_PAIR = re.compile(r"(?<![\w-])([a-z]+) - ([a-z]+)(?![\w-])")


@functools.lru_cache(maxsize=1)
def _parts() -> tuple:
    left, right = set(), set()
    header = False
    with resources.files("eventwire").joinpath("data/nlp/spaced_hyphens.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not header:
                header = True
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            if len(cells) >= 2:
                (left if cells[1] == "left" else right if cells[1] == "right" else set()).add(cells[0].lower())
    return frozenset(left), frozenset(right)


def _joined(m: re.Match) -> str:
    left, right = _parts()
    a, b = m.group(1), m.group(2)
    if a.lower() not in left and b.lower() not in right:
        return m.group(0)
    return a + "-" + b + "  "


def joined_hyphens(text: str) -> str:
    """`text` with each hyphened word a tokeniser split at its hyphen written whole, padded with spaces after it to
    the same length (offsets unchanged); text that is not tokenised is returned as it is."""
    if " - " not in text or not _TOKENISED.search(text):
        return text
    return _PAIR.sub(_joined, text)
