"""Reading the coding word lists in data/coding/ (TSV, `#` comments, one header line): one reader for every stage."""
from __future__ import annotations

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
