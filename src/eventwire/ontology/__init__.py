"""CAMEO and PLOVER tables, read once from ``data/ontology/``.

>>> cameo("051").name
'Praise or endorse'
>>> cameo("1831").plover_type
'ASSAULT'

Unknown codes fall back to their nearest known parent (4 -> 3 -> 2 digits) for Goldstein,
quad class and PLOVER; a code with no known parent gives None (``require`` raises instead).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ontology"

__all__ = [
    "CameoCode", "PloverType", "cameo", "require", "lookup", "is_known", "all_codes", "plover_types",
    "root_of", "quad_class_of_root", "DATA_DIR",
]


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    description: str
    exact: bool = True  # False when this record was derived from a parent code

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class PloverType:
    name: str
    definition: str
    modes: dict  # mode -> definition


def root_of(code: str) -> str:
    return str(code)[:2]


def quad_class_of_root(root: str | int) -> int:
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"CAMEO root out of range: {root!r}")
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def _rows(path: Path):
    """Yield (line_number, fields) for data lines of a TSV file with a header."""
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            yield n, line.split("\t")


def _opt(v: str) -> str | None:
    v = v.strip()
    return None if v in ("", "-") else v


@functools.cache
def _table() -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    path = DATA_DIR / "cameo.tsv"
    for n, f in _rows(path):
        if len(f) < 7:
            raise ValueError(f"{path}:{n}: expected 7 columns, got {len(f)}")
        code = f[0].strip()
        out[code] = CameoCode(code, f[1].strip(), float(f[2]), int(f[3]), _opt(f[4]), _opt(f[5]), f[6].strip())
    return out


def _norm(code) -> str:
    c = str(code).strip()
    if c.isdigit() and len(c) == 1:
        c = "0" + c
    return c


def lookup(code) -> CameoCode | None:
    """Like :func:`cameo` but returns None for codes with no known parent or malformed codes."""
    c = _norm(code)
    if not c.isdigit() or not 2 <= len(c) <= 4:
        return None
    t = _table()
    if c in t:
        return t[c]
    for k in (3, 2):
        p = c[:k]
        if len(p) < len(c) and p in t:
            par = t[p]
            return CameoCode(c, par.name, par.goldstein, par.quad_class, par.plover_type, par.plover_mode,
                             par.description, exact=False)
    return None


def cameo(code) -> CameoCode | None:
    """The record for a CAMEO code (``"051"``, ``"1831"``); unknown sub-codes inherit from their
    parent (``exact=False``). Returns None for a code with no known parent or a malformed code,
    so bad input never raises."""
    return lookup(code)


def require(code) -> CameoCode:
    """Like :func:`cameo` but raises ``KeyError`` for unknown codes."""
    rec = lookup(code)
    if rec is None:
        raise KeyError(f"unknown CAMEO code: {code!r}")
    return rec


def is_known(code) -> bool:
    """True only for codes listed in the table (no parent fallback)."""
    return _norm(code) in _table()


def all_codes() -> list[CameoCode]:
    return list(_table().values())


@functools.cache
def _plover() -> dict[str, PloverType]:
    path = DATA_DIR / "plover.tsv"
    defs: dict[str, str] = {}
    modes: dict[str, dict] = {}
    for n, f in _rows(path):
        if len(f) < 3:
            raise ValueError(f"{path}:{n}: expected 3 columns, got {len(f)}")
        t, m, d = f[0].strip(), _opt(f[1]), f[2].strip()
        modes.setdefault(t, {})
        if m is None:
            defs[t] = d
        else:
            modes[t][m] = d
    return {t: PloverType(t, defs.get(t, ""), modes[t]) for t in modes}


def plover_types() -> dict[str, PloverType]:
    """PLOVER type name -> PloverType(name, definition, modes={mode: definition})."""
    return dict(_plover())
