"""Whose nationality an act takes away (issue 14): "she was stripped of her British citizenship" is the British
government's act wherever it happened (the `@` sectors of data/coding/implicit_agents.tsv, read by
knowledge/implicit_agents.py: implicit_agent), and the one it is taken from is that country's national
(`place_national`, read by knowledge/actor_country.py: fill_countries)."""
from __future__ import annotations

import bisect
from typing import Optional


def nationality_of(anchor, ctx, words) -> Optional[tuple]:
    """(country, words) of a `nationality` noun (`words`: citizenship, passport) that the act's verb
    takes, directly or in a preposition's phrase, with a country or demonym before it ("stripped of British
    citizenship", "revoked her UK passport"); () when the noun names no country ("her citizenship"); None when the
    verb takes no such noun."""
    coref = getattr(ctx, "coref", None)
    if not words or coref is None:
        return None
    nouns = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    starts = coref.mention_starts
    for n in nouns:
        if n.lemma_.lower() not in words:
            continue
        for m in n.children:
            if m.dep_ not in ("amod", "compound", "nmod") or m.i > n.i:
                continue
            i = bisect.bisect_left(starts, m.idx)
            if i < len(starts) and starts[i] == m.idx and ctx.mentions[i].country:
                return ctx.mentions[i].country, f"{m.text} {n.text}"
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children):
            return _holder_nationality(anchor, n, ctx) or ()
        return ()
    return None


def _holder_nationality(anchor, noun, ctx) -> Optional[tuple]:
    """(country, words) for "her citizenship" taken from the passive's subject whose own phrase names one nationality
    ("the Dutch fighter was stripped of his passport", "an Australian cleric was stripped of his passport"): her
    citizenship is that country's. Not a modifier of origin before a hyphen ("a Syrian-born Briton"), nor a subject
    named with two countries."""
    doc = anchor.doc
    patient = next((c for c in anchor.children if c.dep_ == "nsubjpass"), None)
    if patient is None or patient.pos_ not in ("NOUN", "PROPN"):
        return None
    starts = ctx.coref.mention_starts
    found = {}
    for m in patient.children:
        if m.dep_ not in ("amod", "compound", "nmod") or m.i > patient.i:
            continue
        if m.i + 1 < len(doc) and doc[m.i + 1].text in ("-", "–"):
            return None               # ("a Syrian-born Briton": where someone was born is no citizenship)
        i = bisect.bisect_left(starts, m.idx)
        if i < len(starts) and starts[i] == m.idx and ctx.mentions[i].country:
            found.setdefault(ctx.mentions[i].country, m.text)
    if len(found) != 1:
        return None
    (country, word), = found.items()
    return country, f"{word} {patient.text}'s {noun.text}"


def place_national(targets, anchor, ctx, cameo: str, lemma: str) -> None:
    """The one an act of taking a nationality away (an `@` row of data/coding/implicit_agents.tsv: strip, revoke) is
    done to, with no country of its own, is a national of the country whose citizenship or passport it is ("Begum was
    stripped of British citizenship": GBR beside her CVL); in place. Nothing where the noun names no country."""
    from eventwire.knowledge.implicit_agents import implicit_sector
    from eventwire.knowledge.actor_where import word_kinds
    todo = [a for a in targets if a is not None and not a.country and not a.entity and a.sector]
    if not todo or anchor is None or not (implicit_sector(cameo, lemma or "") or "").endswith("@"):
        return
    nat = nationality_of(anchor, ctx, word_kinds().get("nationality", frozenset()))
    if not nat:
        return
    for a in todo:
        a.country = nat[0]
        a.code = nat[0] + (a.code or a.sector or "")
        a.why = (a.why or "") + f"; country {nat[0]}: a national of the country whose '{nat[1]}' is taken away"
