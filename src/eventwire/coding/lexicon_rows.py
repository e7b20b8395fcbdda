"""The lexicon's rows and files (split out of coding/lexicon.py, which matches clauses against them): `Entry`, one
row of ``data/lexicon/NN_<root>.tsv``; reading a TSV file with a header line; the small memo the lexicon keeps its
answers in."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

@dataclass(frozen=True)
class Entry:
    id: str
    pos: str                      # "V" or "N"
    lemma: str
    particle: str | None
    object: frozenset[str] | None
    prep: str | None
    target: str                   # "dobj" | "prep" | "none"
    cameo: str
    example: str
    file: str = ""
    line: int = 0
    arg_tests: tuple = ()         # (slot, value) pairs of the object alternatives that test an argument's kind

    @functools.cached_property
    def subj_tests(self) -> tuple:
        """The row's tests of the subject's kind (`subj:@state`): conditions, not alternatives (worked out once a
        row: the matcher asks for every candidate row of every verb)."""
        return tuple(t for t in self.arg_tests if t[0] == "subj")

    @functools.cached_property
    def subj_alts(self) -> frozenset:
        return frozenset(f"subj:{w}" for _, w in self.subj_tests)

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def is_block(self) -> bool:
        """A non-event row (cameo ``-``): this use of the lemma codes nothing."""
        return self.cameo == "-"

    def specificity(self) -> int:
        return (4 if self.particle else 0) + (2 if self.object else 0) + (1 if self.prep else 0)


def _opt(v: str) -> str | None:
    v = v.strip()
    return None if v in ("", "-") else v


_WS_RUN = re.compile(r"\s+")
_MEMO_SIZE = 100_000          # answers kept per words before the memo starts again


def _memo(memo: dict, key, compute):
    """The answer kept in `memo` for `key`, else `compute()` kept there (the memo starts again past _MEMO_SIZE)."""
    got = memo.get(key)
    if got is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        got = memo[key] = compute()
    return got


@functools.lru_cache(maxsize=65536)
def _norm_lemma(s: str) -> str:
    return _WS_RUN.sub("-", s.strip().lower())


def _read_tsv(path: Path, problems: list[str]):
    """Yield (line_no, {column: value}) for data lines; header names the columns."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{path}:0: cannot read: {e}")
        return
    header = None
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip().lower() for c in cells]
            continue
        if len(cells) != len(header):
            problems.append(f"{path}:{n}: expected {len(header)} columns, got {len(cells)}")
            continue
        yield n, dict(zip(header, cells))


def pattern_word(pattern, whole: bool = False) -> str:
    """The word of a lexicon pattern, without a noun pattern's "n-" ("190.n-attack" -> "attack"); its first part
    before any "-" ("0874.surrender-to" -> "surrender") unless `whole`."""
    word = (pattern or "").partition(".")[2]
    word = word[2:] if word.startswith("n-") else word
    return word if whole else word.split("-")[0]
