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
