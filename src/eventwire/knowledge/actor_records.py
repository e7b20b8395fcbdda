"""Actor knowledge, the data stage: text normalisation, the record types, and reading the actor tables.

Normalisation is one char in, one char out (``norm_text``), so that alias-match offsets are offsets into the
original text; ``Cand``/``Role``/``Person``/``Org`` are what ``ActorKB`` (knowledge/actors.py) holds; ``_read_tsv``,
``file_kind``, ``pluralize`` and ``_variants`` turn the TSV files (docs/DATA.md) into aliases.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

# ---------------------------------------------------------------------------------------------
# normalisation (one char in, one char out, so offsets survive)

_CHARMAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\t": " ", "\n": " ", "\r": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
}


def _fold_char(c: str) -> str:
    m = _CHARMAP.get(c)
    if m is not None:
        return m
    if c.isascii():
        return c.lower()
    d = unicodedata.normalize("NFKD", c)
    base = d[0] if d else c
    low = base.lower()
    if len(low) != 1:
        low = c.lower() if len(c.lower()) == 1 else c
    return low


_FOLD_CACHE: dict[str, str] = {}
_FOLD_TABLE: dict[int, str] = {}       # the same by code point, for str.translate


def norm_text(text: str) -> str:
    """Lower-cased, accent-folded copy of ``text`` with the same length (each character by ``_fold_char``, kept in a
    table the whole text is translated with at once: a story's text, not a loop per character)."""
    if text.isascii():
        return text.lower().translate(_ASCII_TABLE)
    table = _FOLD_TABLE
    for c in set(text):
        if ord(c) not in table:
            table[ord(c)] = _FOLD_CACHE[c] = _fold_char(c)
    return text.translate(table)


_ASCII_TABLE = str.maketrans({"`": "'", "\t": " ", "\n": " ", "\r": " "})


def norm_alias(alias: str) -> str:
    return re.sub(r"\s+", " ", norm_text(alias.strip()))


def _date_key(d: Optional[str], end: bool = False) -> Optional[str]:
    """'2016' -> '2016-01-01' (or '2016-12-31' for an end); '-'/None -> None."""
    if not d or d == "-":
        return None
    d = d.strip()
    if re.fullmatch(r"\d{4}", d):
        return d + ("-12-31" if end else "-01-01")
    if re.fullmatch(r"\d{4}-\d{2}", d):
        return d + ("-31" if end else "-01")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return d
    m = re.match(r"(\d{4}-\d{2}-\d{2})", d)
    return m.group(1) if m else None


# ---------------------------------------------------------------------------------------------
# records

# candidate kinds, best first when the same alias names several things
KIND_RANK = {"person": 0, "party": 1, "group": 1, "igo": 1, "country": 2, "seat": 3, "capital": 3,
             "demonym": 4, "people": 4, "stop": 8, "sector": 9}

# Phrases that contain a country, demonym or capital but name no actor; matched like aliases so that the
# longest match swallows them, then dropped ("Latin American" is not the USA, "New Mexico" not Mexico).
STOP_PHRASES = """Latin American|Latin Americans|South American|South Americans|Central American|Central Americans|
North American|North Americans|African American|African Americans|African-American|African-Americans|
Native American|Native Americans|Asian American|Asian Americans|Arab American|Arab Americans|Mexican American|
Mexican Americans|Irish American|Italian American|Pan-American|Pan American|Anglo-American|
New Mexico|New Guinea|New South Wales|New England|New Jersey|New Caledonia|New Delhi Television|
Indian Ocean|Indian subcontinent|Indian Country|Indian reservation|West Indian|West Indies|East Indies|
Persian Gulf|Gulf of Oman|Sea of Japan|East China Sea|South China Sea|Gulf of Mexico|Irish Sea|Arabian Sea|
Panama Canal|Panama Papers|Washington state|Washington State|Paris climate|Paris Agreement|Paris agreement|
Paris accord|Paris Accord|Minsk agreements|Minsk accords|Minsk Agreements|Camp David|Oslo Accords|Oslo accords|
Korean Peninsula|Korean peninsula|Korean War|Chinese New Year|Russian roulette|Swiss franc|Swiss francs|French fries|Turkish lira|Mexican peso|Indian rupee|
Russian rouble|Russian ruble|Chinese yuan|Japanese yen|British pound|Egyptian pound|Iraqi dinar|Iranian rial|
Syrian pound|Saudi riyal|American dollar|Canadian dollar|Australian dollar|Hong Kong dollar|US dollar|U.S. dollar|
American Express|American Airlines|British Airways|Qatar Airways|Emirates airline|Turkish Airlines|Kenya Airways|
Ethiopian Airlines|Saudi Aramco|China Daily|Russia Today|Jerusalem Post|Tehran Times|Japan Times|Korea Herald|
Washington Post|Washington Times|Kuwait Times|Gulf News|Gulf Times|Arab News|Bangkok Post|
Israel Hayom|Times of India|Times of Israel|Kyiv Independent|Kyiv Post|Moscow Times|Saudi Gazette|Syrian Observatory"""
STOP_PHRASES = [x.strip() for x in STOP_PHRASES.replace("\n", "").split("|") if x.strip()]
NAME_KINDS = {"person", "party", "group", "igo", "country", "seat", "capital", "demonym", "people"}
ORG_KINDS = {"party", "group", "igo"}
# sector preference when a person holds several roles at once
SECTOR_RANK = {s: i for i, s in enumerate(
    "GOV MIL COP SPY JUD LEG PTY OPP REB INS SEP UAF RAD REL BUS MED EDU HLH NGO HRI ENV LAB AGR REF CVL ELI MOD CRM".split())}
FORMER_ELITE = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY"}


class Cand(NamedTuple):
    kind: str            # see KIND_RANK
    key: str             # iso3, entity id or sector code
    orig: str            # the alias as written in the data (for the case check)
    sector: Optional[str] = None   # seats / sector terms
    weak: bool = False   # weak sector term
    user: bool = False   # from a user file
    order: int = 0       # file order (earlier = more prominent)


@dataclass
class Role:
    country: Optional[str]
    sector: Optional[str]
    role: str
    start: Optional[str]
    end: Optional[str]
    start_raw: str = "-"
    end_raw: str = "-"


@dataclass
class Person:
    entity: str
    name: str
    roles: list[Role] = field(default_factory=list)
    user: bool = False


@dataclass
class Org:
    entity: str
    kind: str            # igo / group / party
    code: str
    name: str
    country: Optional[str]
    sector: Optional[str]
    note: str = ""


# ---------------------------------------------------------------------------------------------
# TSV reading

def _read_tsv(path: str | Path) -> tuple[list[str], list[dict]]:
    header: list[str] = []
    rows: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if not header:
                header = [c.lower() for c in cells]
                continue
            if len(cells) < len(header):
                cells += ["-"] * (len(header) - len(cells))
            row = dict(zip(header, cells))
            row["_line"] = lineno
            rows.append(row)
    return header, rows


def _alts(cell: Optional[str]) -> list[str]:
    if not cell or cell == "-":
        return []
    return [a.strip() for a in cell.split("|") if a.strip() and a.strip() != "-"]


def file_kind(header: Sequence[str]) -> Optional[str]:
    h = set(header)
    if "ethnic" in h:
        return "peoples"
    if "iso3" in h:
        return "countries"
    if "term" in h and "sector" in h:
        return "sectors"
    if "role" in h or ("start" in h and "end" in h):
        return "people"
    if "kind" in h and "code" in h:
        return "groups"
    if "code" in h and "country" in h:
        return "parties"
    if "code" in h:
        return "igos"
    return None


_IRREG_PLURAL = {"man": "men", "woman": "women", "child": "children", "person": "people", "chief": "chiefs",
                 "staff": "staff", "police": "police", "military": "militaries", "clergy": "clergy"}


def pluralize(term: str) -> Optional[str]:
    """Plural of a sector term's head noun ('army' -> 'armies', 'chief of staff' -> 'chiefs of staff')."""
    if " of " in term:
        head, rest = term.split(" of ", 1)
        p = pluralize(head)
        return f"{p} of {rest}" if p else None
    words = term.split(" ")
    last = words[-1]
    if last in _IRREG_PLURAL:
        pl = _IRREG_PLURAL[last]
    elif last.endswith("s"):
        return None                     # already plural ("troops", "forces") or invariable ("press")
    elif last.endswith("man"):
        pl = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        pl = last[:-1] + "ies"
    elif last.endswith(("x", "z", "ch", "sh")):
        pl = last + "es"
    else:
        pl = last + "s"
    if pl == last:
        return None
    return " ".join(words[:-1] + [pl])


_RE_AL = re.compile(r"\b[Aa]l-(?=\w)")
_RE_POSS = re.compile(r"(\w)'s\b")
_RE_HYPH = re.compile(r"(?<=\w)-(?=\w)")
_RE_WS = re.compile(r"\s+")


def _variants(alias: str) -> set[str]:
    """Spelling variants of a name: hyphen/space, 'al-' dropped, curly quotes, tokenized text."""
    out = {alias}
    if "-" in alias:
        out.add(alias.replace("-", " "))
        out.add(_RE_HYPH.sub(" - ", alias))                  # tokenized text: "Hezb - e - Islami"
        # Arabic article: "Ammar al-Hakim" -> "Ammar Hakim"; "al-Qaeda" -> "al Qaeda" above
        if " " in alias and _RE_AL.search(alias):
            out.add(_RE_AL.sub("", alias))
    if "'" in alias or "\u2019" in alias:
        a2 = alias.replace("\u2019", "'")
        out.add(a2.replace("'", ""))
        out.add(_RE_POSS.sub(r"\1 's", a2))                 # tokenized text: "People 's Republic"
    return {_RE_WS.sub(" ", a).strip() for a in out if a.strip()}



# a person's initial before another part of the name: "W." of "George W. Bush", "U" of "Moeen U Ahmed", "S." of
# "S. Jaishankar" (not the last word: "Malcolm X")
_RE_INITIAL = re.compile(r"(?<![\w.])([A-Z])(\.?)(?= [A-Z])")


# two initials or more in a row ("H. W." of "George H. W. Bush"), which news also writes run together ("George HW
# Bush", "George H.W. Bush")
_RE_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.? ){1,3})(?=[A-Z]\.? [A-Z])([A-Z])(\.?)(?= [A-Z])")


def _run_together(m: re.Match, stops: bool) -> str:
    letters = re.sub(r"[^A-Z]", "", m.group(1)) + m.group(2)
    return ".".join(letters) + "." if stops else letters


def initial_variants(name: str) -> set[str]:
    """A person's name written with its initials with and without their full stops ("George W. Bush", "George W
    Bush"), and a run of initials written together ("George HW Bush", "George H.W. Bush" for "George H. W. Bush"):
    news writes any, the actor files one.  Only names with a part of two letters or more."""
    if not _RE_INITIAL.search(name) or not re.search(r"[A-Za-z]{2}", name):
        return {name}
    out = {name, _RE_INITIAL.sub(r"\1", name), _RE_INITIAL.sub(r"\1.", name)}
    if _RE_INITIALS.search(name):
        out |= {_RE_INITIALS.sub(lambda m: _run_together(m, False), name),
                _RE_INITIALS.sub(lambda m: _run_together(m, True), name)}
    return out


def capital_spellings(aliases: dict) -> dict[str, str]:
    """{"ISIS": "Isis", "NATO": "Nato", ...}: the one-word names of more than three letters the actor files write both
    in capitals and with one capital for one entity.  In cased text spaCy's model reads "we know that ISIS fights" or
    "are ISIS, though" without the group as a name, "Isis" with it; the parser is given the one-capital spelling
    (pipeline.parse_text), as text without case is (knowledge/truecase_names.py)."""
    out: dict[str, str] = {}
    for cands in aliases.values():
        for c in cands:
            o = c.orig
            if len(o) > 3 and o.isalpha() and o.isupper() and o not in out \
                    and any(x.key == c.key and x.kind == c.kind and x.orig == o.title() for x in cands):
                out[o] = o.title()
    return out
