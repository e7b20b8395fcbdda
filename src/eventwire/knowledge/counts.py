"""Counts: how many were killed, injured, displaced, arrested, kidnapped, missing; protesters, refugees.

    find_counts(doc) -> [Count(type="killed", value=350000, qualifier="more than",
                               text="claimed the lives of over 350,000 people", start=..., end=..., sentence=9), ...]

Compiled patterns over each sentence: "killed 8 people", "8 people were killed", "the death toll rose to 40",
"left 12 dead", "claimed the lives of over 350,000", "injured 1.9 million others", "dozens of protesters",
and fractions of a population ("uprooted almost a third of the nation's population of roughly 18 million").
Numbers are normalised ("1.9 million" -> 1900000, "a dozen" -> 12, "dozens" -> 24 at least).
"""
from __future__ import annotations

import re
from typing import Optional

from eventwire.model import Count

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "m": 1_000_000,
          "mn": 1_000_000, "bn": 1_000_000_000, "k": 1000}
# vague amounts: value, qualifier
_VAGUE = {"dozens": (24, "at least"), "scores": (40, "at least"), "hundreds": (200, "at least"),
          "thousands": (2000, "at least"), "tens of thousands": (20000, "at least"),
          "hundreds of thousands": (200000, "at least"), "millions": (2_000_000, "at least"),
          "a dozen": (12, "about"), "a handful": (5, "about"), "several": (3, "at least"),
          "a few": (3, "about"), "a score": (20, "about"), "a hundred": (100, "about"),
          "a thousand": (1000, "about"), "half a dozen": (6, "about"), "a few thousand": (3000, "about"),
          "several thousand": (3000, "at least"), "a few hundred": (300, "about"), "several hundred": (300, "at least"),
          "several dozen": (36, "at least"), "a few dozen": (36, "about"), "many thousands": (5000, "at least"),
          "a couple of": (2, "about"), "a couple": (2, "about")}
_FRACTIONS = {"half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
              "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
              "one-quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75, "a fifth": 0.2,
              "one fifth": 0.2, "a tenth": 0.1}
_QUALS = [("at least", "at least"), ("no fewer than", "at least"), ("no less than", "at least"),
          ("a minimum of", "at least"), ("more than", "more than"), ("over", "more than"),
          ("upwards of", "more than"), ("in excess of", "more than"), ("nearly", "about"), ("almost", "about"),
          ("about", "about"), ("around", "about"), ("some", "about"), ("approximately", "about"),
          ("roughly", "about"), ("an estimated", "about"), ("estimated", "about"), ("close to", "about"),
          ("an approximate", "about"), ("up to", "up to"), ("as many as", "up to"), ("fewer than", "up to"),
          ("less than", "up to"), ("under", "up to")]

_QUAL_RX = "|".join(re.escape(q) for q, _ in sorted(_QUALS, key=lambda x: -len(x[0])))
_WORDNUM = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS) + r"))?|" + "|".join(_UNITS) + r")"
            r"(?:\s+(?:hundred|thousand|million)(?:\s+(?:and\s+)?(?:" + "|".join(list(_TENS) + list(_UNITS)) + r"))?)?")
_DIGNUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_VAGUE_RX = "|".join(re.escape(v) for v in sorted(_VAGUE, key=len, reverse=True))
# a number with its optional qualifier; group names: q (qualifier), n (number)
NUM = (rf"(?:(?P<q>{_QUAL_RX})\s+)?(?P<n>(?:{_DIGNUM})(?:\s*(?:million|billion|thousand|hundred|mn|bn|m|k)\b)?"
       rf"|(?:{_VAGUE_RX})(?:\s+of)?|{_WORDNUM})")

_WHO = (r"(?:people|persons|civilians|soldiers|troops|policemen|police officers|officers|militants|fighters|"
        r"rebels|insurgents|children|women|men|students|workers|protesters|demonstrators|villagers|residents|"
        r"pilgrims|migrants|refugees|passengers|miners|others|members|prisoners|worshippers|guards|servicemen|"
        r"officials|journalists|farmers|tourists|fishermen|individuals|family members|suspects|detainees|bodies)")
_ADJ = r"(?:(?!(?:and|or|but|dead|killed|wounded|injured|who|which|that|were|was|in|at|on)\b)[A-Za-z'’-]+\s+){0,3}?"           # "Palestinian", "unarmed", "more" ...
_BE = r"(?:(?:were|was|are|is|have been|has been|had been|been|being|got|reportedly|also|all|later|allegedly|"\
      r"reported|believed to have been|feared|confirmed)\s+){0,3}"

_TYPES = {
    "killed": {
        "after": r"killed|dead|died|slain|murdered|massacred|executed|shot dead|beheaded|lost their lives|perished|"
                 r"were killed|deaths|fatalities|casualties|drowned",
        "verb": r"killed|killing|kills|kill|slew|slaying|murdered|massacred|executed|claimed the lives of|"
                r"claiming the lives of|claims the lives of|taken the lives of|took the lives of|left|leaving",
        "verb_after": {"left": "dead", "leaving": "dead"},
    },
    "injured": {
        "after": r"injured|wounded|hurt|injuries|were injured|were wounded",
        "verb": r"injured|injuring|injures|wounded|wounding|wounds|hurt|hurting|maimed|left|leaving",
        "verb_after": {"left": "injured|wounded", "leaving": "injured|wounded"},
    },
    "displaced": {
        "after": r"displaced|uprooted|made homeless|forced from their homes|forced to flee|fled their homes|evacuated",
        "verb": r"displaced|displacing|displaces|uprooted|uprooting|forced|forcing|driven out|evacuated|evacuating",
        "verb_after": {"forced": "to flee|from their homes|out", "forcing": "to flee|from their homes|out"},
    },
    "arrested": {
        "after": r"arrested|detained|taken into custody|rounded up|apprehended|jailed|arrests|detentions",
        "verb": r"arrested|arresting|arrests|detained|detaining|detains|rounded up|apprehended|jailed|took into custody",
    },
    "kidnapped": {
        "after": r"kidnapped|abducted|taken hostage|held hostage|hostages|seized",
        "verb": r"kidnapped|kidnapping|kidnaps|abducted|abducting|abducts|took hostage|taken hostage",
    },
    "missing": {
        "after": r"missing|unaccounted for|remain missing|still missing",
        "verb": r"(?!x)x",
    },
    "protesters": {
        "after": r"protesters|protestors|demonstrators|marchers|people (?:marched|rallied|protested|demonstrated)|"
                 r"rallied|marched|protested|demonstrated",
        "verb": r"(?!x)x",
    },
    "refugees": {
        "after": r"refugees|asylum seekers|fled|have fled|had fled|crossed into",
        "verb": r"(?!x)x",
    },
}

_DEATH_TOLL = re.compile(rf"\b(?:death toll|toll|number of (?:the )?dead|number of deaths|number killed)\b[^.;]{{0,40}}?"
                         rf"\b(?:rose|risen|rises|climbed|reached|stands|stood|jumped|increased|hit|is|was|of|at|to)\s+"
                         rf"(?:to\s+|at\s+)?{NUM}", re.I)
_FRACTION = re.compile(r"\b(?P<verb>displaced|displacing|uprooted|killed|forced)\s+(?:(?P<fq>" + _QUAL_RX + r")\s+)?"
                       r"(?P<frac>" + "|".join(re.escape(f) for f in sorted(_FRACTIONS, key=len, reverse=True)) +
                       r")\s+(?:of\s+)?(?:[A-Za-z'’-]+\s+){0,5}?"
                       r"population\s+of\s+(?:(?P<q>" + _QUAL_RX + r")\s+)?(?P<n>" + _DIGNUM +
                       r")(?:\s*(?P<scale>million|billion|thousand))?", re.I)


def _keywords(typ: str) -> "re.Pattern":
    spec = _TYPES[typ]
    words = set()
    for alt in (spec["after"] + "|" + spec["verb"]).split("|"):
        w = re.sub(r"\(\?[^)]*\)", "", alt).strip()
        w = re.split(r"[\s(]", w)[0] if w else ""
        if w and w.isalpha() and w.lower() not in ("were", "had", "have", "x", "people", "still", "remain", "made"):
            words.add(w[:5])
    return re.compile(r"\b(?:" + "|".join(sorted(words)) + r")", re.I)


_FRACTION_KW = re.compile(r"population", re.I)
_TOLL_KW = re.compile(r"\b(?:toll|number)\b", re.I)


def _compile():
    out = []
    for typ, spec in _TYPES.items():
        after = spec["after"]
        # "8 people were killed", "at least 22 dead", "dozens of protesters"
        rx_after = re.compile(rf"\b{NUM}\s+(?:of\s+)?(?:the\s+)?{_ADJ}(?:{_WHO}\s+)?(?:who\s+)?{_BE}(?:{after})\b", re.I)
        kw = _keywords(typ)
        out.append((typ, rx_after, "after", kw))
        # "killed 8 people", "claimed the lives of over 350,000 people", "injured 1.9 million others"
        rx_verb = re.compile(rf"\b(?P<v>{spec['verb']})\s+(?:an?\s+estimated\s+)?{NUM}(?P<rest>\s+(?:{_ADJ}{_WHO}|{_WHO})"
                             rf"(?:\s+(?P<tail>[a-z ]{{2,30}}))?|\s+(?P<tail2>dead|injured|wounded|to flee|out)\b|(?=[\s,.;]))",
                             re.I)
        out.append((typ, rx_verb, "verb", kw))
    return out


_PATTERNS = _compile()
_QUAL_MAP = dict(_QUALS)
_BAD_AFTER_NUM = re.compile(r"^\s*(?:-|\s)?(?:year|years|yr|month|months|day|days|hours|minutes|percent|%|per cent|"
                            r"km|miles|kilometers|kilometres|meters|metres|feet|a\.m\.|p\.m\.|am\b|pm\b|o'clock|times|"
                            r"dollars|\$|euros|pounds|tons|tonnes)", re.I)


# more people than any toll, crowd or exodus ever counted: a figure above this is no count of people ("killed
# 1,000,000,000,000,000 people", a run of 400 digits), and it could not be stored (the store's tolls are 32-bit)
MAX_COUNT = 1_000_000_000


def parse_number(s: str) -> Optional[tuple[int, Optional[str]]]:
    """"1.9 million" -> (1900000, None); "dozens" -> (24, "at least"); "twenty-five" -> (25, None); None for no
    number, or for a figure over MAX_COUNT."""
    n = _parse_number(s)
    return n if n is None or n[0] <= MAX_COUNT else None


def _parse_number(s: str) -> Optional[tuple[int, Optional[str]]]:
    t = " ".join(s.lower().replace("-", " ").split())
    t = re.sub(r"\s+of$", "", t)
    if t in _VAGUE:
        return _VAGUE[t]
    if t.replace(" ", "-") in _VAGUE:
        return _VAGUE[t.replace(" ", "-")]
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*(million|billion|thousand|hundred|mn|bn|m|k)?", t)
    if m:
        try:
            v = float(m.group(1).replace(",", ""))
        except ValueError:
            return None
        if m.group(2):
            v *= _SCALE[m.group(2)]
        if not v <= MAX_COUNT:          # (also infinity: a run of 400 digits reads as float("inf"))
            return MAX_COUNT + 1, None
        return int(round(v)), None
    total = cur = 0
    seen = False
    for w in t.replace(" and ", " ").split():
        if w in _UNITS:
            cur += _UNITS[w]; seen = True
        elif w in _TENS:
            cur += _TENS[w]; seen = True
        elif w == "hundred":
            cur = (cur or 1) * 100; seen = True
        elif w in ("thousand", "million", "billion"):
            total += (cur or 1) * _SCALE[w]; cur = 0; seen = True
        elif w in ("a", "an"):
            cur += 1
        else:
            return None
    return (total + cur, None) if seen else None


def _sentences(doc):
    try:
        return list(doc.sents)
    except ValueError:
        return [doc[:]]


_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                          r"fifty|hundred|thousand|million|dozen|dozens|scores|several|half|third|quarter)\b", re.I)
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """Whether any character of `text` is a digit (str.isdigit), without a Python loop over an ASCII text."""
    if _ASCII_DIGIT.search(text):
        return True
    return not text.isascii() and any(ch.isdigit() for ch in text)


def find_counts(doc) -> list[Count]:
    """Casualty and crowd counts in a parsed document (offsets are document char offsets)."""
    out: list[Count] = []
    try:
        sents = _sentences(doc)
    except Exception:
        return out
    from eventwire.nlp import doc_text
    dtext = doc_text(doc)
    for si, sent in enumerate(sents):
        text = dtext[sent.start_char:sent.end_char]       # (Span.text, with no join of its tokens)
        if not _has_digit(text) and not _NUMBER_WORD.search(text):
            continue
        base = sent.start_char
        found: list[Count] = []
        for m in (_FRACTION.finditer(text) if _FRACTION_KW.search(text) else ()):
            n = parse_number(m.group("n") + (" " + m.group("scale") if m.group("scale") else ""))
            if not n:
                continue
            value = int(round(n[0] * _FRACTIONS[m.group("frac").lower()]))
            q = m.group("q") or m.group("fq")
            typ = "killed" if m.group("verb").lower() == "killed" else "displaced"
            found.append(Count(typ, value, _QUAL_MAP.get(q.lower(), "about") if q else "about", m.group(0),
                               base + m.start(), base + m.end(), si))
        for m in (_DEATH_TOLL.finditer(text) if _TOLL_KW.search(text) else ()):
            c = _make("killed", m, text, base, si)
            if c:
                found.append(c)
        kw_hits: dict = {}        # (a type's two patterns share its keywords: searched once per sentence)
        for typ, rx, kind, kw in _PATTERNS:
            hit = kw_hits.get(kw)
            if hit is None:
                hit = kw_hits[kw] = kw.search(text) is not None
            if not hit:
                continue
            for m in rx.finditer(text):
                end = None
                if kind == "verb":
                    v = m.group("v").lower()
                    need = _TYPES[typ].get("verb_after", {}).get(v)
                    tname = "tail" if m.group("tail") is not None else "tail2" if m.group("tail2") is not None else None
                    if need:
                        tail = (m.group(tname) or "") if tname else ""
                        mm = re.match(rf"(?:{need})\b", tail)
                        if not mm:
                            continue
                        end = m.start(tname) + mm.end()
                    elif tname == "tail":
                        end = m.start("tail")
                c = _make(typ, m, text, base, si, end)
                if c:
                    found.append(c)
        out.extend(_dedupe(found))
    return out


def _make(typ: str, m, text: str, base: int, si: int, end: Optional[int] = None) -> Optional[Count]:
    ntext = m.group("n")
    if _BAD_AFTER_NUM.match(text[m.end("n"):m.end("n") + 12]):
        return None
    if re.fullmatch(r"(?:1[89]|20)\d\d", ntext.strip()):     # a year, not a count
        return None
    n = parse_number(ntext)
    if not n or n[0] <= 0:
        return None
    value, vq = n
    q = m.group("q")
    qual = _QUAL_MAP.get(q.lower(), "exact") if q else (vq or "exact")
    end = m.end() if end is None else end
    span = text[m.start():end].rstrip(" ,.;")
    return Count(typ, value, qual, span, base + m.start(), base + m.start() + len(span), si)


def _dedupe(found: list[Count]) -> list[Count]:
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Count] = []
    for c in found:
        clash = False
        for k in kept:
            if k.start < c.end and c.start < k.end:
                if k.type == c.type or k.value == c.value:
                    clash = True
                    break
        if not clash:
            kept.append(c)
    return kept
