"""Checks of the codes an analyst gives in a correction, against the packaged tables.

* A CAMEO code must be one of the ontology's codes (``data/ontology/cameo.tsv``: ``051``, ``190``, ``1823``).
* An actor code follows the actor files' grammar (docs/DATA.md): a country's ISO3 code (``data/actors/countries.tsv``)
  followed by up to three sector codes (``IRN``, ``IRNGOV``, ``SYRMILREB``), sectors alone for an actor with no
  country (``CVL``), or the code of a known organisation, group or party (``IGOUNO``, ``IMGINSISI``), from the
  packaged actor files and the user's own (``--actors`` / eventwire.toml).

``check_cameo`` and ``check_actor`` return the normalised code or raise ``CodeError`` with a one-line message.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Iterable, Optional

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"


class CodeError(ValueError):
    """A code that is not in the tables; the message says what is wanted."""


def _tsv(path: Path) -> tuple[list[str], list[dict]]:
    header: list[str] = []
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return [], []
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header:
            header = [c.lower() for c in cells]
            continue
        rows.append(dict(zip(header, cells)))
    return header, rows


@functools.lru_cache(maxsize=8)
def vocabulary(extra_files: tuple = ()) -> dict:
    """{"countries": {iso3: name}, "sectors": {code: example term}, "orgs": {code: name}} from the actor files."""
    countries: dict[str, str] = {}
    sectors: dict[str, str] = {}
    orgs: dict[str, str] = {}
    files = [DATA_DIR / "countries.tsv", DATA_DIR / "sectors.tsv", DATA_DIR / "igos.tsv", DATA_DIR / "groups.tsv",
             DATA_DIR / "parties.tsv"] + sorted((DATA_DIR / "people").glob("*.tsv")) + [Path(f) for f in extra_files]
    for path in files:
        header, rows = _tsv(path)
        h = set(header)
        for r in rows:
            if "iso3" in h:
                iso = r.get("iso3", "").upper()
                if re.fullmatch(r"[A-Z]{3}", iso):
                    countries.setdefault(iso, r.get("name") or iso)
                continue
            for key in ("sector", "kind"):
                v = (r.get(key) or "").upper()
                if re.fullmatch(r"[A-Z]{3}", v):
                    sectors.setdefault(v, r.get("term") or r.get("name") or v)
            code = (r.get("code") or "").upper()
            if re.fullmatch(r"[A-Z]{3,15}", code):
                orgs.setdefault(code, r.get("name") or r.get("entity") or code)
    for s in ("ELI", "CVL", "GOV", "MIL", "IGO", "NGO", "IMG"):
        sectors.setdefault(s, s)
    return {"countries": countries, "sectors": sectors, "orgs": orgs}


def _user_actor_files() -> tuple:
    try:
        from eventwire import config
        return tuple(config.get("actors", []) or [])
    except ValueError:
        return ()


CAMEO_HINT = "a CAMEO code of the ontology (e.g. 042, 051, 190, 1823)"
ACTOR_HINT = ("an actor code is a country's ISO3 code plus sectors (IRN, IRNGOV, SYRMIL), sectors alone (CVL), "
              "or a known organisation code (IGOUNO, IMGINSISI)")


def check_cameo(code, what: str = "cameo") -> str:
    from eventwire.ontology import _norm, is_known
    c = _norm(str(code or "").strip())
    if not is_known(c):
        raise CodeError(f"bad {what} {str(code)!r}: not {CAMEO_HINT}")
    return c


def split_actor(code: str, extra_files: Iterable[str] = ()) -> tuple[Optional[str], list[str], Optional[str]]:
    """(country, sectors, organisation code) of a valid actor code; raises CodeError."""
    voc = vocabulary(tuple(extra_files) or _user_actor_files())
    c = code.strip().upper()
    if c in voc["orgs"]:
        return None, [], c
    if not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3}){0,3}", c):
        raise CodeError(f"bad actor code {code!r}: {ACTOR_HINT}")
    chunks = [c[i:i + 3] for i in range(0, len(c), 3)]
    country = chunks[0] if chunks[0] in voc["countries"] else None
    rest = chunks[1:] if country else chunks
    bad = [s for s in rest if s not in voc["sectors"]]
    if bad:
        where = "a country or sector" if not country and bad[0] == chunks[0] else "a sector code"
        raise CodeError(f"bad actor code {code!r}: {bad[0]} is not {where}; {ACTOR_HINT}")
    return country, rest, None


def check_actor(code, what: str = "actor", extra_files: Iterable[str] = ()) -> str:
    """The upper-cased code, or CodeError naming ``what`` (``--source``, ``source``)."""
    if not isinstance(code, str) or not code.strip():
        raise CodeError(f"bad {what}: empty; {ACTOR_HINT}")
    try:
        split_actor(code, extra_files)
    except CodeError as exc:
        raise CodeError(str(exc).replace("bad actor code", f"bad {what}", 1)) from None
    return code.strip().upper()


def build_actor(country: Optional[str], sectors: Iterable[str] = ()) -> str:
    """The code of a country plus sectors (the dashboard's form): ``build_actor("IRQ", ["GOV"]) == "IRQGOV"``."""
    code = (country or "").strip().upper() + "".join(s.strip().upper() for s in sectors if s and s.strip())
    return check_actor(code)


def actor_columns(code: Optional[str]) -> dict:
    """code, country, sector of an actor (for the mention's columns); all None for no actor."""
    if code is None:
        return {"code": None, "country": None, "sector": None}
    country, sectors, org = split_actor(code)
    if org:
        country = org[:3] if org[:3] in vocabulary(_user_actor_files())["countries"] else None
        sector = org[3:6] if country and len(org) >= 6 else None
        return {"code": org, "country": country, "sector": sector}
    return {"code": code.upper(), "country": country, "sector": sectors[0] if sectors else None}
