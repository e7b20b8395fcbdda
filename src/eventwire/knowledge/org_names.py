"""An organisation the actor lists do not know, whose proper name carries a country (issue 14): "the Malawi Revenue
Commission", "the Zambian Congress of Teachers", "members of the Nepal Bar Association". The country comes from the
name's own country word (a country name or a demonym); the sector from the word that closes the name ("Commission":
GOV, "Association": NGO) or, where that word says nothing by itself ("Congress", "Federation", "Union"), from a word
inside it ("Teachers", "Labour": LAB; "Students": EDU). The words are data: data/coding/org_names.tsv.

knowledge/actor_phrases.py asks this only when a phrase names no sector term of its own (data/actors/sectors.tsv
already gives "the Tanzania Ports Authority", "the Bolivian Mining Corporation"), so a name that the lists or the
sector terms resolve is never read twice. A name of sport ("the Ghana Football Association") or one whose closing word
and inner words give no sector is left as it was.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from eventwire.coding.tables import coding_table
from eventwire.model import Actor

_CAP = r"[A-Z][\w\u2019'\-]*"
_RUN_RE = re.compile(rf"{_CAP}(?:\s+(?:(?:of|for|the|and|on|&)\s+)*{_CAP})+")
_AFTER_OK = re.compile(r"\s*(?:$|[,;:.)(\u2014\u2013-]|(?:of|for|in|at|on|from|with|to|by|who|which|that|and|or|but|as|"
                       r"said|says|has|have|had|is|are|was|were|will|would|over|after|before|against)\b)")


@functools.lru_cache(maxsize=1)
def _table() -> tuple:
    heads, cues, strong, not_country = {}, {}, set(), set()
    for row in coding_table("org_names.tsv"):
        if len(row) < 3 or not row[0]:
            continue
        if row[2] == "head":
            heads[row[0]] = row[1]
        elif row[2] == "not-country":
            not_country.add(row[0])
        else:
            cues[row[0].lower()] = row[1]
            if row[2] == "strong":
                strong.add(row[0].lower())
    cue_re = re.compile(r"\b(%s)\b" % "|".join(sorted((re.escape(c) for c in cues), key=len, reverse=True)),
                        re.I) if cues else None
    return heads, cues, cue_re, frozenset(strong), frozenset(not_country)


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset:
    return frozenset(row[0].lower() for row in coding_table("given_names.tsv") if row and row[0])


def _country_word(resolve, run: str, head_at: int) -> Optional[tuple]:
    """(offset in the run, word, actor) of the one country the run's words before its head name, else None (no
    country, or two: "the Kenya-Uganda Trade Forum" names no one country's body)."""
    found = []
    words = list(re.finditer(_CAP, run[:head_at]))
    k = 0
    while k < len(words):
        got = None
        for n in (2, 1):               # "South African", "Sri Lanka" before "Nepal"
            if k + n > len(words):
                continue
            s, e = words[k].start(), words[k + n - 1].end()
            piece = run[s:e]
            if n == 2 and not re.fullmatch(r"\S+\s\S+", piece):
                continue
            a = resolve(piece)
            if a is not None and a.kind == "country" and a.country and a.start == 0 and a.end == len(piece) \
                    and not a.sector:
                got = (s, piece, a, n)
                break
        if got is not None:
            if got[1].lower() in _given_names() or got[1] in _table()[4]:
                return None            # "Jordan" opening a person's foundation, "Georgia" the US state's
            found.append(got)
            k += got[3]
        else:
            k += 1
    if len({g[2].country for g in found}) != 1:
        return None
    return found[0][:3]


def _name_runs(text: str, limit: int):
    """(match, run, base) for each run of capitalised words in `text` that starts before `limit`: the run without a
    leading "The" and where that run starts."""
    for m in _RUN_RE.finditer(text):
        if m.start() >= limit:
            break
        run = m.group(0)
        lead = re.match(r"The\s+", run)
        if lead:
            yield m, run[lead.end():], m.start() + lead.end()
        else:
            yield m, run, m.start()


def org_name(resolve, text: str, start: int, limit: int) -> Optional[Actor]:
    """The actor of an organisation's name in `text` (at `start` in the document) that carries a country, read by
    its closing word and inner words (module doc); `resolve` reads a single word or two (a country name, a demonym);
    `limit` is where the phrase's head part ends. None when the phrase holds no such name."""
    heads, cues, cue_re, strong, _ = _table()
    for m, run, base in _name_runs(text, limit):
        last = re.search(rf"({_CAP})$", run)
        head = last.group(1) if last else None
        if head not in heads:
            continue
        if not _AFTER_OK.match(text, m.end()):
            continue                   # "the Nepal Bar Association's chief", "the Kenya Airways pilots": not the head
        got = _country_word(resolve, run, last.start())
        if got is None:
            continue
        at, word, cty = got
        inner = run[at + len(word):last.start()]
        if not inner.strip() and heads[head] != "BUS":
            continue                   # "British Society", "the Syrian Congress": a country's and a noun, no name
        cue = cue_re.search(inner) if cue_re else None
        if cue is not None and cues.get(cue.group(1).lower()) == "-":
            return None                # sport: no political actor
        sector, why_from = heads[head], head
        if cue is not None and (sector != "GOV" or cue.group(1).lower() in strong):
            # "the Nepal Bar Association": lawyers; a state body's own word wins ("the Peruvian Health Commission")
            sector, why_from = cues[cue.group(1).lower()], cue.group(1)
        if sector == "?":
            continue
        s, e = start + base, start + base + len(run)
        return Actor.national(cty.country, sector, name=run, entity=None, text=run,
                              start=s, end=e, kind="country",
                              why=f"'{run}': an organisation the actor lists do not know, named with '{word}' -> {cty.country}; "
                                  f"sector {sector} from '{why_from}' in its name (org_names.tsv)")
    return None


_DEFINES = re.compile(r"\s*(?:\(\s*|,\s+or\s+)[A-Z]{2,6}\b")


def defined_org_names(resolve_phrase, text: str) -> list:
    """The organisations of this module a story names in full and gives a short form right after ("the Malawi Labour
    Congress (MLC)"), as actors at their place in `text`, for knowledge/story_acronyms.py to give each later use of
    the short form that body. `resolve_phrase(phrase, start)` reads a phrase the way the coder does, so a name the lists
    or the sector terms already resolve is not one of them."""
    heads = _table()[0]
    out = []
    for m in _RUN_RE.finditer(text):
        last = re.search(rf"({_CAP})$", m.group(0))
        if last is None or last.group(1) not in heads or not _DEFINES.match(text, m.end()):
            continue
        run = m.group(0)
        a = resolve_phrase(run, m.start())
        if a is None or not a.country or not a.sector or a.kind != "country" or a.start is None \
                or not m.start() <= a.start < m.end():
            continue                   # (a body the lists know defines its own short form: story_acronyms.py)
        lead = len(run) - len(run.lstrip("The ").lstrip()) if run.startswith("The ") else 0
        out.append(Actor(code=a.code, country=a.country, sector=a.sector, name=run[lead:], entity=None,
                         text=run[lead:], start=m.start() + lead, end=m.end(), kind="country",
                         why=f"'{run[lead:]}': {a.why}" if "(org_names.tsv)" not in (a.why or "") else a.why))
    return out


def named_by_head(h, phrase, text: str, resolve_phrase) -> Optional[Actor]:
    """ "the commission" after "the Malawi Revenue Commission": a definite phrase of the determiner and a lower-case
    closing word of this module's names alone is the nearest body named before it in `text` (the document) by a name
    that ends in that word, where that name is one of this module's (a body the lists know, "the European Commission",
    is no such name, and then no one is). `resolve_phrase(phrase, start)` reads a phrase the way the coder does."""
    toks = [t for t in phrase if t.dep_ != "punct"]
    if len(toks) != 2 or toks[0].lower_ != "the" or toks[1].i != h.i or not h.is_lower or h.pos_ != "NOUN":
        return None
    word = h.text[:1].upper() + h.text[1:]
    if word not in _table()[0]:
        return None
    before = text[:phrase.start_char]
    last = None
    for m in re.finditer(rf"{_RUN_RE.pattern}(?<=\b{re.escape(word)})(?![\w-])", before):
        last = m
    if last is None or phrase.start_char - last.end() > 3000:
        return None
    a = resolve_phrase(last.group(0), last.start())
    if a is None or "(org_names.tsv)" not in (a.why or ""):
        return None
    from eventwire.knowledge.coref_choice import link
    return link(a, phrase, f"'{phrase.text}': '{a.text}', named before by a name that ends in '{word}'")


@functools.lru_cache(maxsize=1)
def _transnational() -> frozenset:
    """Words of org_names.tsv's `transnational` rows: a name that holds one is no single country's body."""
    return frozenset(row[0].lower() for row in coding_table("org_names.tsv") if len(row) >= 3 and row[2] == "transnational")


def countryless_org_name(text: str, start: int, limit: int) -> Optional[Actor]:
    """The actor of an organisation's proper name that carries no country ("the Independent Electoral Commission",
    "the Civil Liberties Association", "the Ogoni Liberation Front"): its sector from the word that closes it or a
    word inside it, as for the names of `org_name`, and no country, which the clause's place, the sentence or the
    story then give it as they give a bare sector term's ("police", "the opposition": knowledge/actor_country.py).
    The name is two capitalised words or more besides "The"; one with a word of a body above the states
    ("International", "World", "United Nations": `transnational` rows) is none. None when the phrase holds no such
    name before `limit`."""
    heads, cues, cue_re, strong, _ = _table()
    wide = _transnational()
    for m, run, base in _name_runs(text, limit):
        if not _AFTER_OK.match(text, m.end()):
            continue                   # "the X Union's chief", "the X Union Bank": not the name's head
        of = re.search(r"\s(?:of|for)\s", run)
        if of is not None:
            run = run[:of.start()]     # "the Popular Front for Democracy": the head closes the part before "for"
        last = re.search(rf"({_CAP})$", run)
        head = last.group(1) if last else None
        if head not in heads or (not last.start() and of is None):
            continue                   # one word alone ("Commission") is no name; "Commission for Culture" is
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", m.group(0))}
        if words & wide:
            return None
        inner = run[:last.start()]
        cue = cue_re.search(inner) if cue_re else None
        if cue is not None and cues.get(cue.group(1).lower()) == "-":
            return None                # sport: no political actor
        sector, why_from = heads[head], head
        if cue is not None and (sector != "GOV" or cue.group(1).lower() in strong):
            sector, why_from = cues[cue.group(1).lower()], cue.group(1)
        if sector == "?":
            continue
        s, e = start + base, m.end() + start
        run = text[base:m.end()]
        return Actor(code=sector, country=None, sector=sector, name=run, entity=None, text=run, start=s, end=e,
                     kind="sector",
                     why=f"'{run}': an organisation the actor lists do not know, its name names no country; sector "
                         f"{sector} from '{why_from}' in its name (org_names.tsv)")
    return None
