"""The typed records passed along the pipeline.

ingest -> Document -> nlp -> coding -> Event (with Actor, Place) -> knowledge -> Result -> store/export.
Every record has ``to_dict()`` giving exactly the JSON shape of the output contract
(see README, "Output format").
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
import json
from typing import Any, Optional

# Document statuses.  "ok" is the state of a readable document before coding;
# after coding a Result carries "coded", "skipped" or "failed".
OK, CODED, SKIPPED, FAILED = "ok", "coded", "skipped", "failed"


@dataclass
class Document:
    """One input record, whatever it came from (JSONL line, text file, HTML page, feed item, WARC record)."""
    id: str
    text: str
    date: Optional[str] = None          # story date, ISO "YYYY-MM-DD", when known
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None        # outlet / publisher
    status: str = OK                    # OK, or SKIPPED / FAILED when ingest already knows it cannot be coded
    reason: Optional[str] = None        # why skipped / failed
    origin: Optional[str] = None        # where it came from: "file.jsonl:12", "page.html", "crawl.warc.gz#3"
    meta: dict[str, Any] = field(default_factory=dict)  # anything else the input carried (kept, never dropped)

    def to_dict(self) -> dict:
        return asdict(self)

    # (the records below build their dicts by hand: dataclasses.asdict deep-copies and is slow in the hot path)


@dataclass
class Actor:
    code: Optional[str]                 # CAMEO-style: country + sector(s), e.g. "IRNGOV"; IGO/NSA codes for groups
    country: Optional[str] = None       # ISO3
    sector: Optional[str] = None        # "GOV", "MIL", "PTY", "REB", ...
    name: Optional[str] = None          # canonical name, where known
    entity: Optional[str] = None        # stable id of a known actor (person, group, organisation)
    text: Optional[str] = None          # the mention it was resolved from
    start: Optional[int] = None         # char offsets of that mention in Document.text
    end: Optional[int] = None
    why: Optional[str] = None           # how it was resolved (explanation)
    kind: Optional[str] = None          # "country", "capital", "person", "igo", "group", "party", "sector" (when known)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("code", "country", "sector", "name", "entity", "text", "start", "end", "why")}

    @classmethod
    def national(cls, country: Optional[str], sector: Optional[str] = None, **fields) -> "Actor":
        """A country's actor, or one of its sectors: the code is the country then the sector ("KENGOV"; "KEN" with
        no sector; the bare sector where the country is None). The one way to build one from a country and a sector."""
        return cls(code=(country or "") + (sector or ""), country=country, sector=sector, **fields)

    def home(self, by_code: bool = True) -> str:
        """The actor's country; with `by_code`, where it has none, its code's first three letters (a title's "KENGOV"
        may carry no country field; two bare sectors or two groups of one prefix then read as one side). "" when
        neither says one."""
        return self.country or ((self.code or "")[:3] if by_code else "")


@dataclass
class Place:
    text: str
    start: int
    end: int
    name: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None       # ISO3
    geonameid: Optional[str] = None
    feature: Optional[str] = None       # "city", "admin1", "country", ...
    admin1: Optional[str] = None        # the first-level region's name ("Ankara Province"); None where unknown
    demonym: bool = False               # "Turkish" counted as a place mention of its country
    precision: Optional[str] = None     # for event locations: "clause", "sentence", "dateline", "article"
    admin1_code: Optional[str] = None   # its GeoNames admin1 code "CC.code" ("TR.68", "US.TX")
    why: Optional[str] = None           # why this reading of the name was chosen (knowledge/place_why.py)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in PLACE_FIELDS}


PLACE_FIELDS = ("text", "start", "end", "name", "lat", "lon", "country", "geonameid", "feature", "admin1",
                "admin1_code", "demonym", "precision", "why")


@dataclass
class Count:
    type: str                           # killed, injured, displaced, arrested, kidnapped, missing, protesters, refugees
    value: int
    qualifier: str = "exact"            # exact, at least, more than, about, up to
    text: str = ""
    start: int = 0
    end: int = 0
    sentence: Optional[int] = None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("type", "value", "qualifier", "text", "start", "end", "sentence")}


@dataclass
class Event:
    source: Optional[Actor]
    target: Optional[Actor]
    cameo: str                          # 2-4 digit string, leading zero kept
    plover_type: Optional[str] = None
    plover_mode: Optional[str] = None
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    sentence: int = 0                   # 0-based sentence index
    trigger_text: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    location: Optional[Place] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    confidence: float = 0.5
    pattern: Optional[str] = None       # lexicon entry id that coded it
    rule: Optional[str] = None          # the clause rule that fired (explanation)
    modality: str = "asserted"          # asserted, intent, negated, hypothetical, reported
    sentence_text: Optional[str] = None
    counts: list[Count] = field(default_factory=list)
    trigger_token: Optional[int] = field(default=None, repr=False)   # token index of the trigger in the parse (not output)
    # token indexes of the act in the parse: predicate, anchor, light verb, and those of mentions merged into it (not output)
    act_tokens: tuple = field(default=(), repr=False)
    purpose_of: Optional[int] = field(default=None, repr=False)      # the governor's token when the act is its purpose
    intent_of: Optional[int] = field(default=None, repr=False)       # the intention head's token when the act is announced
    incident: Optional[str] = None      # id of the incident this act is a mention of (coding/incidents.py), per document
    # the other tellings of this act in the document, folded into it (coding/retold.py): sentence, evidence, code,
    # actors, counts, and why they are one act
    mentions: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "sentence": self.sentence,
            "evidence": {"text": self.trigger_text, "start": self.trigger_start, "end": self.trigger_end},
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "confidence": round(self.confidence, 3),
            "pattern": self.pattern,
            "rule": self.rule,
            "modality": self.modality,
            "sentence_text": self.sentence_text,
            "counts": [c.to_dict() for c in self.counts],
            "incident": self.incident,
            "mentions": list(self.mentions),
        }


def jsonable_id(value):
    """An id as given, for the output record: JSON values as they are, anything else as its text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        return repr(value)


@dataclass
class Result:
    """What coding one Document gives: the per-record output line."""
    document: Document
    status: str = CODED
    reason: Optional[str] = None
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)   # char spans of sentences
    date: Optional[str] = None          # story date used (metadata or dateline)
    date_why: Optional[str] = None      # where the story date came from, or why there is none (knowledge/dates.py)
    seconds: float = 0.0
    # acts the coder found with no actor on either side ("clashes erupted in X"): not events of the output (no event
    # without an actor, issue 14), kept here for inspection and tests; not written out
    unattributed: list[Event] = field(default_factory=list)
    # acts of material conflict grouped into incidents, each with its tolls counted once (coding/incidents.py)
    incidents: list = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.document.id

    def to_dict(self) -> dict:
        d = {"id": self.document.id, "status": self.status}
        if self.status != CODED or self.reason:
            d["reason"] = self.reason
        d["date"] = self.date
        if self.date_why and self.date_why != "the record's date":   # null with its reason, or read from the text
            d["date_why"] = self.date_why
        meta = self.document.meta or {}
        if meta.get("date_warning"):            # an input date that could not be read: say so, keep what was given
            d["date_warning"] = meta["date_warning"]
            if meta.get("date_raw") is not None:
                d["date_raw"] = meta["date_raw"]
        if meta.get("id_warning"):              # the id given could not be used as it is: say so, keep what was given
            d["id_warning"] = meta["id_warning"]
            d["id_raw"] = jsonable_id(meta.get("id_raw"))
        if meta.get("truncated"):               # only the first part was coded (--max-chars): say how long it was
            d["truncated_from"] = meta["truncated"]
        d["events"] = [e.to_dict() for e in self.events]
        d["places"] = [p.to_dict() for p in self.places]
        d["counts"] = [c.to_dict() for c in self.counts]
        d["incidents"] = [i.to_dict() for i in self.incidents]
        return d
