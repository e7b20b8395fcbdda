"""Bodies whose country another name gives (issue 14, item 3; read by knowledge/actor_country.py).

    found = coalitions(ctx.mentions, text, words)      # once per document
    got = coalition_for(found, lo, hi)                 # (phrase, actor, own) for a "coalition" word in [lo, hi)
    got = coalition_against(head, ctx, lo, hi)         # (leader, sector, foe phrase, own) where the story names none
    homelands()["KUR"]                                 # frozenset({"TUR", "IRQ", "SYR", "IRN"})

- A coalition is its leader's, or the body its own name says: "the coalition" and "coalition jets" stand for the
  coalition named in their own phrase ("a coalition led by France"), else the one coalition the story names ("the
  US-led coalition", "the Syrian National Coalition"); none where the story names several.
- A coalition named by the side it fights ("the coalition to defeat Isis", "the anti-Isis coalition"), and
  "the coalition" or "coalition jets" in a story that names no coalition with a leader but names that foe more than
  once, are the leader's (data/coding/coalitions.tsv: `coalition_against`); never the members ("coalition partners",
  "members of the coalition": `coalition-member` words of data/coding/actor_country.tsv).
- A body of a people without a state ("Kurdish forces") lives in one of the people's homelands
  (data/actors/peoples.tsv, column `homelands`).
"""
from __future__ import annotations

import functools
import re
from typing import Optional


def coalitions(mentions, text: str, words: frozenset) -> list:
    """[(start, end, phrase, actor)]: the coalitions the story names with their leader or by name ("the US-led
    coalition", "a coalition led by Saudi Arabia", "the Syrian National Coalition"), in text order. `words`: the
    `coalition` words of data/coding/actor_country.tsv."""
    if not words:
        return []
    alt = "|".join(sorted(words))
    after = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:%s)\b" % alt, re.I)
    before = re.compile(r"\b(?:%s)\s+(?:\w+\s+){0,3}?led\s+by\s+(?:the\s+)?$" % alt, re.I)
    out = []
    for m in mentions:
        if not m.code or m.start is None or m.end is None or m.kind in ("sector", "person", "people"):
            continue
        if m.entity:
            if set(re.findall(r"[a-z]+", (m.name or "").lower())) & words:
                out.append((m.start, m.end, m.name, m))    # a coalition by its own name
            continue
        if not m.country:
            continue
        led = re.search(r"[-\u2010\u2011]led$", text[m.start:m.end], re.I) and m.end \
            or re.match(r"[-\u2010\u2011]led\b", text[m.end:m.end + 4], re.I) and m.end + 4
        a = after.match(text, led) if led else None
        b = before.search(text[max(0, m.start - 60):m.start])
        if a is not None:                         # "the US-led (international) coalition"
            out.append((m.start, a.end(), text[m.start:a.end()], m))
        elif b is not None:                       # "a coalition led by Saudi Arabia"
            s = max(0, m.start - 60) + b.start()
            out.append((s, m.end, text[s:m.end], m))
    return out


def coalition_for(found: list, lo: int, hi: int) -> Optional[tuple]:
    """(phrase, actor, own) of the coalition a "coalition" word between `lo` and `hi` stands for: the one named inside
    that phrase (own), else the one coalition the story names (None where it names none or several)."""
    own = [c for c in found if lo <= c[0] < hi or c[0] <= lo < c[1]]
    if own:
        return own[0][2], own[0][3], True
    keys = {c[3].entity or c[3].country for c in found}
    if len(keys) == 1:
        return found[0][2], found[0][3], False
    return None


@functools.cache
def _coalition_foes() -> dict:
    """{foe code: (leader, sector)} from data/coding/coalitions.tsv."""
    from eventwire.coding.tables import coding_table
    out = {}
    try:
        for row in coding_table("coalitions.tsv"):
            if len(row) >= 3 and row[0] and row[1] and row[2]:
                out[row[0].upper()] = (row[1].upper(), row[2].upper())
    except OSError:
        pass
    return out


_AGAINST = re.compile(r"\s*(?:against|to\s+(?:counter|defeat|fight|combat|destroy))\s+(?:the\s+)?$", re.I)


def _coalition_members(head, members: frozenset) -> bool:
    """Whether the coalition word names a coalition's members ("coalition partners", "members of the coalition")."""
    t = head
    if t.dep_ in ("compound", "amod") and t.head.i != t.i and t.head.lower_ in members:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in members


def coalition_of(head, words: frozenset):
    """The "coalition" word whose "of" phrase the forces noun `head` is ("the coalition of anti-Isis forces"), or
    None: such forces stand for the coalition (a definite one: "a coalition of" names members afresh)."""
    t = head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in words and t.head.head.pos_ == "NOUN" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.head.head.children):
        return t.head.head
    return None


def coalition_against(head, ctx, lo: int, hi: int, members: frozenset = frozenset()) -> Optional[tuple]:
    """(leader, sector, foe phrase, own) for a "coalition" word in [lo, hi) (its head token `head`) that the story
    names by no leader: the coalition its own phrase says it fights ("the coalition to defeat Isis", "the anti-Isis
    coalition": own), else the one foe of data/coding/coalitions.tsv the story names more than once ("coalition
    jets" in a story of the war on Isis). None for its members ("coalition partners") and where the story names two
    such foes."""
    foes = _coalition_foes()
    if not foes or head is None or _coalition_members(head, members):
        return None
    text = getattr(ctx, "text", "") or ""
    named = [m for m in getattr(ctx, "mentions", ()) if m.code and m.code.upper() in foes
             and m.start is not None and m.end is not None]
    if not named:
        return None
    # its own phrase: a foe inside it ("the anti-Isis coalition") or right after it ("the coalition against Isis")
    for m in named:
        if lo <= m.start < hi or m.start >= hi and m.start - hi <= 30 and _AGAINST.fullmatch(text, hi, m.start):
            return (*foes[m.code.upper()], text[m.start:m.end], True)
    counts: dict = {}
    for m in named:
        counts.setdefault(m.code.upper(), set()).add(m.start)
    if len(counts) != 1:
        return None
    code, starts = next(iter(counts.items()))
    if len(starts) < 2:
        return None               # (one passing mention of the foe is no war the story tells)
    first = min(named, key=lambda m: m.start)
    return (*foes[code], text[first.start:first.end], False)


@functools.cache
def peoples_rows() -> tuple:
    """The rows of data/actors/peoples.tsv (none when the file cannot be read): its `homelands`, `bodies` and
    `aliases` columns are read here and by knowledge/actor_story.py."""
    from pathlib import Path
    from eventwire.knowledge.actor_records import _read_tsv
    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "peoples.tsv"
    try:
        _, rows = _read_tsv(path)
    except OSError:
        return ()
    return tuple(rows)


@functools.cache
def state_members() -> frozenset:
    """The ethnic codes of the peoples whose people are coded as their one homeland state's own (data/actors/
    peoples.tsv, column `members` "state": "Yazidi women" IRQCVL, not a people's code)."""
    return frozenset((r.get("code") or "").upper() for r in peoples_rows()
                     if (r.get("members") or "").strip().lower() == "state")


@functools.cache
def homelands() -> dict:
    """{ethnic code: frozenset of ISO3}: the states each people without a state of its own lives in
    (data/actors/peoples.tsv, column `homelands`)."""
    return {(r.get("code") or "").upper(): frozenset(c.strip().upper() for c in (r.get("homelands") or "").split("|")
                                                   if re.fullmatch(r"[A-Za-z]{3}", c.strip()))
            for r in peoples_rows()}
