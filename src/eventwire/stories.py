"""One story, many copies: exact duplicates, near-duplicate stories, and the aggregation rule.

Three things live here, each small and independent of the database:

* ``content_hash(text)`` -- the exact-duplicate key.  The text is normalised (Unicode NFKC,
  lower case, every run of whitespace made one space, ends stripped) and hashed with SHA-1.
  Two records with the same hash are the same article; the pipeline need not code the
  second one (``Store.known_hashes()`` gives hash -> first document id).
* ``StoryIndex`` -- near-duplicates (the same wire story lightly edited by another outlet)
  grouped into stories with MinHash signatures over word 3-grams and an LSH index from
  ``datasketch``.  A document joins the story of the most similar earlier document whose
  estimated Jaccard similarity is at least ``threshold``; otherwise it starts a new story
  whose id is its own document id.  The store persists the signatures so that later runs
  keep grouping with earlier stories.
* The aggregation rule (``event_key``, ``outlet_of``, ``event_id``, ``aggregate_mentions``):
  mentions with the same source code, target code, CAMEO code, day and place (geonameid, or
  none) are one event.  NumMentions counts mentions and the other tellings of their acts folded
  into them (``tellings``), NumArticles distinct documents,
  NumSources distinct outlets.  ``Store.aggregate()`` applies the same rule in SQL; the
  Python version here serves callers without a database (the Spark runner) and the tests
  that check both agree.
"""
from __future__ import annotations

import hashlib
import json
import re
import struct
import unicodedata
from typing import Any, Iterable, Mapping, Optional
from urllib.parse import urlsplit

import numpy as np

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_UNPACK32 = struct.Struct("<I").unpack_from     # (the first 4 bytes of a digest)


# --------------------------------------------------------------------------- exact duplicates

def normalise_text(text: Optional[str]) -> str:
    """NFKC, lower case, whitespace runs collapsed to one space, stripped."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    return _WS.sub(" ", text).strip().lower()


def exact_hash(text: Optional[str]) -> Optional[str]:
    """SHA-1 (hex) of the text exactly as given; None for an empty or blank text. Two documents share it only
    when every character is the same, so one's character offsets are right for the other (content_hash, which
    folds case and white space, is for counting copies of a story, not for reusing one copy's results)."""
    if not text or not text.strip():
        return None
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(text: Optional[str]) -> Optional[str]:
    """SHA-1 (hex) of the normalised text; None for an empty or blank text."""
    norm = normalise_text(text)
    if not norm:
        return None
    return hashlib.sha1(norm.encode("utf-8", "replace")).hexdigest()


# --------------------------------------------------------------------------- outlets

def outlet_of(source: Optional[str] = None, url: Optional[str] = None, doc_id: Optional[str] = None) -> Optional[str]:
    """The outlet a document counts for in NumSources.

    ``document.source`` (trimmed, lower case) when given; else the URL's host (lower case,
    a leading ``www.`` dropped); else ``doc:<document id>`` -- an unknown outlet counts as an
    outlet of its own, so it can never merge with another unknown one.
    """
    if source and source.strip():
        return _WS.sub(" ", source.strip().lower())
    if url and url.strip():
        try:
            host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname
        except ValueError:
            host = None
        if host and not _WS.search(host) and "." in host:
            host = host.lower()
            return host[4:] if host.startswith("www.") else host
    if doc_id is not None:
        return f"doc:{doc_id}"
    return None


# --------------------------------------------------------------------------- near duplicates

def shingles(text: Optional[str], k: int = 3) -> set[str]:
    """Word k-grams of the normalised text (all words as one shingle when fewer than k)."""
    words = _WORD.findall(normalise_text(text))
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


class StoryIndex:
    """Groups near-duplicate documents into stories (MinHash over word 3-grams + LSH).

    >>> idx = StoryIndex()
    >>> idx.assign("a", "Troops shelled the northern town of Kafr Nabl on Sunday, killing four.")
    'a'

    ``assign(doc_id, text)`` returns the story id (the id of the story's first document).
    Assigning an id twice returns its first story (reruns are stable).  ``rows()`` and
    ``add()`` let the store persist and reload the index.
    """

    def __init__(self, threshold: float = 0.5, num_perm: int = 128, k: int = 3, seed: int = 1,
                 max_indexed_per_story: int = 8):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.k = k
        self.seed = seed
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._story: dict[str, str] = {}          # doc id -> story id
        self._sig: dict[str, np.ndarray] = {}     # doc id -> hash values (uint32)
        self.scheme = "affine32"                  # datasketch 2.x MinHash scheme the signatures use
        self._new: list[str] = []                 # doc ids added since the last take_new()
        # only the first few members of a story go into the LSH index: a story with hundreds of
        # copies would otherwise make every new copy compare against all of them
        self.max_indexed_per_story = max_indexed_per_story
        self._indexed: dict[str, int] = {}        # story id -> members in the LSH index

    def __len__(self) -> int:
        return len(self._story)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._story

    def story_of(self, doc_id: str) -> Optional[str]:
        return self._story.get(doc_id)

    def signature(self, text: Optional[str]):
        """The MinHash of a text, or None when it has no words."""
        from datasketch import MinHash

        sh = shingles(text, self.k)
        if not sh:
            return None
        # datasketch's own 32-bit SHA-1 hash of each shingle (hashfunc.sha1_hash32: the first 4 bytes of the digest,
        # little-endian), taken here in one pass rather than through a Python call per shingle; the MinHash gets the
        # hash values themselves (`int`), so the signature is the very one update_batch of the bytes gives
        sha1, unpack = hashlib.sha1, _UNPACK32
        m = MinHash(num_perm=self.num_perm, seed=self.seed, scheme=self.scheme, hashfunc=int)
        m.update_batch([unpack(sha1(s.encode("utf-8", "replace")).digest())[0] for s in sh])
        return m

    def similar(self, text: Optional[str]) -> list[tuple[str, str, float]]:
        """(doc id, story id, estimated Jaccard) of indexed documents near ``text``, best first."""
        m = self.signature(text)
        return self._candidates(m) if m is not None else []

    def _candidates(self, m) -> list[tuple[str, str, float]]:
        keys = list(self._lsh.query(m))
        if not keys:
            return []
        sims = (np.stack([self._sig[k] for k in keys]) == m.hashvalues).mean(axis=1)
        out = [(k, self._story[k], float(s)) for k, s in zip(keys, sims) if s >= self.threshold]
        out.sort(key=lambda t: (-t[2], t[0]))
        return out

    def assign(self, doc_id: str, text: Optional[str], story_id: Optional[str] = None) -> str:
        """Story id for ``doc_id`` (joining the closest earlier story, else a new one)."""
        if doc_id in self._story:
            return self._story[doc_id]
        m = self.signature(text)
        if story_id is None:
            story_id = doc_id
            if m is not None:
                cands = self._candidates(m)
                if cands:
                    story_id = cands[0][1]
        self._story[doc_id] = story_id
        if m is not None:
            self._insert(doc_id, story_id, m.hashvalues)
        self._new.append(doc_id)
        return story_id

    def _insert(self, doc_id: str, story_id: str, hashvalues: np.ndarray) -> None:
        from datasketch import LeanMinHash

        hv = np.asarray(hashvalues, dtype=np.uint32)
        self._sig[doc_id] = hv
        if self._indexed.get(story_id, 0) < self.max_indexed_per_story:
            self._indexed[story_id] = self._indexed.get(story_id, 0) + 1
            self._lsh.insert(doc_id, LeanMinHash(seed=self.seed, hashvalues=hv, scheme=self.scheme),
                             check_duplication=False)

    # -- persistence ------------------------------------------------------------------
    def add(self, doc_id: str, story_id: str, signature: Optional[bytes]) -> None:
        """Load one stored row (signature as returned by ``rows()``; None for no words)."""
        if doc_id in self._story:
            return
        self._story[doc_id] = story_id
        if signature:
            hv = np.frombuffer(signature, dtype=np.uint32)
            if len(hv) == self.num_perm:
                self._insert(doc_id, story_id, hv)

    def row(self, doc_id: str) -> tuple[str, str, Optional[bytes]]:
        """(doc id, story id, signature bytes): the MinHash values (affine32 scheme) as uint32 bytes."""
        hv = self._sig.get(doc_id)
        return doc_id, self._story[doc_id], (hv.tobytes() if hv is not None else None)

    def rows(self) -> Iterable[tuple[str, str, Optional[bytes]]]:
        for doc_id in self._story:
            yield self.row(doc_id)

    def take_new(self) -> list[str]:
        """Doc ids assigned since the last call (what the store still has to persist)."""
        new, self._new = self._new, []
        return new

    def forget_new(self, doc_ids: Iterable[str]) -> None:
        """Undo assignments that were never persisted (a batch that rolled back)."""
        for d in doc_ids:
            story = self._story.pop(d, None)
            if self._sig.pop(d, None) is not None:
                try:
                    self._lsh.remove(d)
                except (KeyError, ValueError):
                    continue                      # it was never in the LSH index (story full)
                self._indexed[story] = self._indexed.get(story, 1) - 1


# --------------------------------------------------------------------------- aggregation rule

def event_day(value: Any) -> Optional[str]:
    """'YYYY-MM-DD' from a date, datetime or ISO string (month/year precision kept as the 1st)."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    s = str(value).strip()
    m = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", s)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2) or "1", m.group(3) or "1"
    try:
        import datetime as _dt
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def event_key(source_code: Optional[str], target_code: Optional[str], cameo: Optional[str],
              date: Any, geonameid: Optional[str]) -> str:
    """The aggregation key: source code | target code | CAMEO | day | geonameid ('' for none)."""
    return "|".join(str(x) if x is not None else "" for x in
                    (source_code, target_code, cameo, event_day(date), geonameid))


def event_id(key: str) -> int:
    """Stable 60-bit integer id of an event key (the first 15 hex digits of its MD5).

    ``Store.aggregate`` computes the same number in SQL, so ids survive rebuilds and agree
    between the database and the Python rule.
    """
    return int(hashlib.md5(key.encode("utf-8")).hexdigest()[:15], 16)


def tellings(mention: Mapping[str, Any]) -> int:
    """How many tellings a mention stands for: itself and the other tellings of its act folded into it by
    coding/retold.py (``mentions`` of an Event, ``told_again`` of a stored row: a list or its JSON)."""
    told = mention.get("told_again", mention.get("mentions"))
    if isinstance(told, str):
        try:
            told = json.loads(told)
        except ValueError:
            told = None
    return 1 + (len(told) if isinstance(told, list) else 0)


def aggregate_mentions(mentions: Iterable[Mapping[str, Any]],
                       documents: Mapping[str, Mapping[str, Any]]) -> list[dict]:
    """The aggregation rule in plain Python.

    ``mentions``: dicts with at least doc_id, source_code, target_code, cameo, date, geonameid
    (and optionally goldstein, confidence).  ``documents``: doc id -> dict with outlet (or
    source/url), story_id, date.  Returns one dict per event with event_id, key fields,
    num_mentions, num_articles, num_sources, num_stories, first_seen, last_seen and
    mean goldstein, sorted by event_id.
    """
    groups: dict[str, dict] = {}
    for m in mentions:
        key = event_key(m.get("source_code"), m.get("target_code"), m.get("cameo"), m.get("date"), m.get("geonameid"))
        g = groups.get(key)
        if g is None:
            g = groups[key] = {
                "event_id": event_id(key), "source_code": m.get("source_code"), "target_code": m.get("target_code"),
                "cameo": m.get("cameo"), "date": event_day(m.get("date")), "geonameid": m.get("geonameid"),
                "_docs": set(), "_outlets": set(), "_stories": set(), "_gold": [], "_seen": [], "num_mentions": 0,
            }
        g["num_mentions"] += tellings(m)
        doc_id = m.get("doc_id")
        doc = documents.get(doc_id, {}) if doc_id is not None else {}
        g["_docs"].add(doc_id)
        g["_outlets"].add(doc.get("outlet") or outlet_of(doc.get("source"), doc.get("url"), doc_id))
        g["_stories"].add(doc.get("story_id") or doc_id)
        if m.get("goldstein") is not None:
            g["_gold"].append(float(m["goldstein"]))
        seen = event_day(doc.get("date"))
        if seen:
            g["_seen"].append(seen)
    out = []
    for g in groups.values():
        g["num_articles"] = len(g.pop("_docs"))
        g["num_sources"] = len(g.pop("_outlets"))
        g["num_stories"] = len(g.pop("_stories"))
        gold = g.pop("_gold")
        g["goldstein"] = round(sum(gold) / len(gold), 3) if gold else None
        seen = g.pop("_seen")
        g["first_seen"] = min(seen) if seen else None
        g["last_seen"] = max(seen) if seen else None
        out.append(g)
    out.sort(key=lambda g: g["event_id"])
    return out


# --------------------------------------------------------------------------- document tone

# A deliberately small tone lexicon the project wrote (not GDELT's): words that mark a news
# text as conflictual/negative or cooperative/positive.  Tone = (positive - negative) /
# words * 100, the same scale as GDELT's AvgTone but far cruder; see docs/STORAGE.md.
_NEGATIVE = frozenset("""
attack attacked attacks bomb bombed bombing bombings kill killed killing kills dead death deaths die died
wound wounded injure injured injuries violence violent clash clashes clashed fight fighting fought war wars
crisis threat threaten threatened threatens condemn condemned condemns accuse accused accuses protest protests
riot riots arrest arrested detain detained shelling shelled massacre terror terrorist terrorists hostage
sanction sanctions reject rejected rejects refuse refused denounce denounced fear fears victim victims
destroy destroyed damage damaged collapse fail failed failure corrupt corruption crackdown abuse abuses
""".split())
_POSITIVE = frozenset("""
agree agreed agreement agreements peace peaceful cooperate cooperation cooperative support supported supports
praise praised welcome welcomed welcomes congratulate congratulated congratulations aid assistance help helped
deal deals accord treaty ceasefire truce reconcile reconciliation friendly friendship partner partnership
progress success successful improve improved stability stable release released resolve resolved hope hopes
thank thanked gratitude celebrate celebrated benefit benefits commend commended mutual constructive
""".split())


def tone(text: Optional[str]) -> tuple[Optional[float], int]:
    """(tone, word count) of a text; tone None when it has no words."""
    words = _WORD.findall(normalise_text(text))
    if not words:
        return None, 0
    pos = sum(1 for w in words if w in _POSITIVE)
    neg = sum(1 for w in words if w in _NEGATIVE)
    return round((pos - neg) / len(words) * 100.0, 3), len(words)
