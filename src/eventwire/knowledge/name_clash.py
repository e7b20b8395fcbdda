"""Actor knowledge, the matching stage: a listed name the story gives to someone else.

Run by ``ActorKB.find`` (knowledge/actors.py) over the whole story, after the longest matches are chosen:

* a surname alone ("Okonjo said") is a person of the actor lists only when the story does not introduce another
  bearer of it: after "Ngozi Okonjo, a lecturer at a Kenyan college" the later "Okonjo" is that lecturer, not a
  listed politician called Okonjo, unless the story also names the listed person in full. (A single mention
  "Ngozi Okonjo" is already no match: ``_MatchMixin._blocked``; this carries that reading to the whole story.)
* a short party acronym ("the PDL") is the listed party only when the story names the party's country (by name,
  demonym or capital) or spells the party out, or its next word names the party's people ("PSP lawmakers");
  elsewhere it is another body, or a typo for one.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable

from eventwire.knowledge.actor_records import norm_text

_CAP_BEFORE = r"(?<![\w’'-])([A-Z][\w’'-]*)[ \u00a0]+"


@functools.lru_cache(maxsize=1)
def _english() -> frozenset:
    from eventwire.knowledge.truecase import _read_english
    return _read_english()[0]


def _skeleton(word: str) -> str:
    """A name's consonants, doubled letters single: one key for its spellings ("mansour", "mansur": "mnsr")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy’'-]", "", word)) or word


def _is_short_acronym(orig: str) -> bool:
    letters = [ch for ch in orig if ch.isalpha()]
    return 2 <= len(letters) <= 5 and all(ch.isupper() for ch in letters) and " " not in orig.strip()


def _full_keys(chosen) -> set:
    """Person entities the story names by a name of two words or more (their full name or a listed variant)."""
    return {c.key for s, e, cands in chosen for c in cands if c.kind == "person" and " " in c.orig.strip()}


def _other_bearer(kb, text: str, surname: str, key: str, chosen) -> bool:
    """Does the story name someone else with this surname: "<First> <Surname>", the first word neither a name of
    the listed person (in any spelling, nor after one), nor a word the lists know (titles, places), nor an English
    word (case/english_words.tsv), nor a word the story writes in lower case?"""
    p = kb.people.get(key)
    own = {_skeleton(w) for w in norm_text(p.name).replace("-", " ").split()} if p is not None else set()
    rx = re.compile(_CAP_BEFORE + re.escape(surname) + r"(?![\w])")
    for m in rx.finditer(text):
        s, e = m.start(1), m.end()
        if any(cs <= s and e <= ce and any(c.key == key for c in cands) for cs, ce, cands in chosen):
            continue                # the listed person's own longer name ("Sergei Lavrov")
        w = m.group(1).rstrip("’'")
        before = re.search(r"([\w’'-]+)[ \u00a0]+$", text[max(0, s - 40):s])
        if _skeleton(norm_text(w)) in own or (before and _skeleton(norm_text(before.group(1))) in own):
            continue                # the listed person's own name, in another spelling ("Mansour" for "Mansur")
        if kb._known_word(w) or len(w) < 2 or w.isupper():
            continue
        if w.lower() in _english() or re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", text):
            continue                # an English word ("Under", "Mark") or one the story writes in lower case
        return True
    return False


_PARTY_PEOPLE = frozenset({"LEG", "PTY", "GOV", "ELI"})


def _member_after(kb, text: str, end: int) -> bool:
    """Is the acronym followed by a word for a party's or a legislature's people ("PSP lawmakers", "PSP leader")?"""
    m = re.match(r"[ \u00a0]+([A-Za-z][\w-]*)", text[end:end + 40])
    if not m:
        return False
    return any(c.kind == "sector" and c.sector in _PARTY_PEOPLE for c in kb.aliases.get(norm_text(m.group(1)), ()))


def clashing(kb, text: str, chosen, countries: Iterable[str]) -> set:
    """(start, kind, key) of the candidates to drop from ``chosen`` (the (start, end, cands) matches of a story)."""
    drop: set = set()
    low_text = norm_text(text)
    full = None
    story = set(countries)
    for s, e, cands in chosen:          # (and the home countries of the story's other listed names)
        if len(cands) == 1 and cands[0].kind == "person":
            p = kb.people.get(cands[0].key)
            story.update(r.country for r in (p.roles if p is not None else ()) if r.country)
        elif len(cands) == 1 and cands[0].kind in ("group", "igo"):
            o = kb.orgs.get(cands[0].key)
            if o is not None and o.country:
                story.add(o.country)
        # (a name or demonym two countries share, "Congolese", may be either: for a party's acronym, either will do)
        story.update(c.key for c in cands if c.kind in ("country", "capital", "seat", "demonym"))
    checked: dict = {}
    for s, e, cands in chosen:
        span = text[s:e]
        for c in cands:
            if c.kind == "person" and " " not in c.orig.strip() and " " not in span.strip():
                if full is None:
                    full = _full_keys(chosen)
                if c.key in full:
                    continue
                k = (span, c.key)
                if k not in checked:
                    checked[k] = _other_bearer(kb, text, span, c.key, chosen)
                if checked[k]:
                    drop.add((s, c.kind, c.key))
            elif c.kind == "party" and _is_short_acronym(c.orig):
                o = kb.orgs.get(c.key)
                if o is None or not o.country or o.country in story:
                    continue
                if norm_text(o.name) in low_text or _member_after(kb, text, e):
                    continue            # spelled out, or "the PSP lawmakers": the party's own people
                drop.add((s, c.kind, c.key))
    return drop
