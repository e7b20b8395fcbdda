"""Reading the coding word lists in data/coding/ (TSV, `#` comments, one header line): one reader for every stage."""
from __future__ import annotations

import functools
from importlib import resources
from typing import Iterator


def coding_table(name: str) -> Iterator[list[str]]:
    """Rows (lists of stripped cells) of data/coding/NAME, without comments, blank lines and the header line."""
    header_seen = False
    with resources.files("eventwire").joinpath("data/coding", name).open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not header_seen:
                header_seen = True
                continue
            yield [c.strip() for c in line.rstrip("\n").split("\t")]


@functools.cache
def kind_sets(name: str) -> dict:
    """data/coding/NAME read as (kind, value, ...) rows: kind -> the frozenset of its values."""
    out: dict = {}
    for kind, value, *_ in coding_table(name):
        out.setdefault(kind, set()).add(value)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def word_kind_sets(name: str) -> dict:
    """data/coding/NAME read as (word, kind, ...) rows, the word first: kind -> the frozenset of its words,
    lower-cased (read once per process: callers must not change the dict)."""
    out: dict = {}
    for word, kind, *_ in coding_table(name):
        out.setdefault(kind, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=None)
def aux_words(*names: str) -> frozenset:
    """The auxiliaries of the named sets of data/coding/auxiliaries.tsv, together ("future", "would": what is to come
    or would come); a name the table lacks is an error, not an empty set."""
    sets = {row[0]: frozenset(row[1].split()) for row in coding_table("auxiliaries.tsv")}
    missing = [n for n in names if n not in sets]
    if missing:
        raise KeyError(f"auxiliaries.tsv has no set {missing[0]!r}")
    return frozenset().union(*(sets[n] for n in names))
