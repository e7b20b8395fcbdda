"""Which of the names inside one actor phrase is the actor (issue 14, the actor phrase).

`knowledge/actor_phrases.py: ActorKB._resolve_phrase` finds the names and the sector term of a noun phrase; this module
says which name stands for the actor and which only describes it:

- a *partisan* name, after "pro-" or "anti-" ("pro-Assad forces", "anti-government rebels", "pro-Russian
  separatists"), is the side the actor is for or against, never the actor itself. A person's side is his state: forces
  for or against a ruler are of the ruler's country ("pro-Assad forces" SYRMIL, "the anti-Putin opposition" RUSOPP;
  armed ones against him are rebels: "anti-Assad forces" SYRREB), except a crowd against him (a `rally` noun of
  data/coding/nouns.tsv: "anti-Bush protesters" in London are London's, from the clause's place or the story). A
  country or a people named so gives the actor no code of its own ("pro-Iranian militias" in Iraq are Iraq's, found
  from where the article places them, as for "Iranian-backed militias");
- a *people* without a state ("Kurdish", "Kurds", data/actors/peoples.tsv) is the actor's ethnic code, also beside
  a state's demonym ("Syrian Kurds", "Iraqi Kurdish forces": KUR, the people), except for one person named by both
  ("a British Kurd": the person's state, GBR) and a state joined to the people by a hyphen ("the British-Kurdish
  photographer", "Kurdish-Americans": GBR, USA);
- a sector word before an *onlooker* noun ("military analysts", "security experts", "government critics";
  data/coding/nouns.tsv, class `onlooker`) names what the people watch or oppose, not the body they belong to: it
  gives the phrase no sector; so does one before a *side-taker* noun ("opposition backers", "regime allies", "rebel
  sponsors": those who back, join or fund that sector), unless a possessor or an "of" phrase already names the side
  they take ("Iran's militia allies", "militia allies of Iran": the modifier then says who they are).
"""
from __future__ import annotations

import functools
import re

_PARTISAN_BEFORE = re.compile(r"(?:^|[\s(\"'\u201c])(pro|anti)\s?[-\u2010\u2011]\s?$", re.I)
# an armed sector that, set against the ruler of its own country, is in rebellion
ARMED_AGAINST_RULER = ("MIL", "UAF", "REB")
_ONE_PERSON = re.compile(r"(?:^|\s)(?:an?|one)\s+(?:\w+\s+){0,2}$", re.I)


_ONLOOKER_AFTER = re.compile(r"[\s\u2010\u2011-]+([A-Za-z]+)")


@functools.cache
def _with_plurals(cls: str) -> frozenset:
    """The nouns of class `cls` in data/coding/nouns.tsv with their plurals ("analyst", "analysts")."""
    from eventwire.coding.context import noun_classes     # (lazy: coding imports knowledge)
    words = noun_classes().get(cls, frozenset())
    return frozenset(words | {w + "s" for w in words})


def onlooker_nouns() -> frozenset:
    """The `onlooker` nouns with their plurals ("analyst", "analysts")."""
    return _with_plurals("onlooker")


def rally_nouns() -> frozenset:
    """The `rally` nouns with their plurals ("protester", "protesters")."""
    return _with_plurals("rally")


def side_taker_nouns() -> frozenset:
    """The `side-taker` nouns with their plurals ("backer", "backers")."""
    return _with_plurals("side-taker")


# the side a side-taker takes, named apart from the modifier: a possessor before it, an "of" phrase after the noun
_OWNER_BEFORE = re.compile(r"(?:['\u2019]s?|\b(?:its|their|his|her|our|my|your))\s+(?:[\w-]+\s+){0,3}$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def onlooker_after(text: str, end: int) -> bool:
    """Whether the word after offset `end` in `text` is an onlooker noun: the sector word that ends there only
    describes it ("military analysts", "security experts"); or a side-taker noun whose side the sector word names
    ("opposition backers", "regime allies"; not "Iran's militia allies", "militia allies of Iran")."""
    m = _ONLOOKER_AFTER.match(text, end)
    if not m:
        return False
    word = m.group(1).lower()
    if word in onlooker_nouns():
        return True
    if word not in side_taker_nouns():
        return False
    return not _OF_AFTER.match(text, m.end()) and not _OWNER_BEFORE.search(text[max(0, end - 80):end].rsplit(" ", 1)[0] + " ")


def partisan_at(text: str, start: int) -> str:
    """'pro' or 'anti' when the name starting at `start` in `text` is written "pro-X" / "anti-X"; else ''."""
    m = _PARTISAN_BEFORE.search(text[max(0, start - 8):start])
    return m.group(1).lower() if m else ""


# "non-Kurdish factions", "non-Syrian fighters": the name says who they are not
_NEGATED_BEFORE = re.compile(r"\bnon[-\u2010\u2011]?$", re.I)


def negated_at(text: str, start: int) -> bool:
    """Whether the name starting at `start` in `text` is written "non-X" ("non-Kurdish Syrian rebels"): no country or
    people of the phrase."""
    return bool(_NEGATED_BEFORE.search(text[max(0, start - 4):start]))


def one_person(text: str, start: int) -> bool:
    """Whether the name at `start` sits in a phrase about one person ("a British Kurd", "an Iraqi Kurdish doctor")."""
    return bool(_ONE_PERSON.search(text[max(0, start - 40):start]))


def actor_names(resolved: list, text: str, start: int) -> tuple[list, list]:
    """Split the names of a phrase (Actors, in text order) into (candidates for the actor, in the order to try them;
    partisan names). Countries, capitals and peoples are candidates; a partisan name is not one, nor a negated one
    ("non-Kurdish")."""
    partisans = [a for a in resolved if a.kind in ("country", "capital", "people", "person")
                 and partisan_at(text, a.start - start)]
    cands = [a for a in resolved if a.kind in ("country", "capital", "people") and a not in partisans
             and not negated_at(text, a.start - start)]
    peoples = [a for a in cands if a.kind == "people"]
    joined = any(abs(p.start - c.end) == 1 and text[min(p.start, c.end) - start] in "-\u2010\u2011"
                 or abs(c.start - p.end) == 1 and text[min(c.start, p.end) - start] in "-\u2010\u2011"
                 for p in peoples for c in cands if c.kind != "people")
    if peoples and not joined and not one_person(text, cands[0].start - start):
        # "Syrian Kurds", "Iraqi Kurdish forces": the people, not the state they live in
        cands = peoples + [a for a in cands if a.kind != "people"]
    elif peoples:
        # "a British Kurd", "Kurdish-American volunteers": the state
        cands = [a for a in cands if a.kind != "people"] + peoples
    return cands, partisans


def partisan_side(a, sec: str | None, term: str | None, text: str, start: int, sec_end: int):
    """The actor a phrase "pro-<person> <sector>" stands for: the person's country with the phrase's sector
    ("pro-Assad forces" -> SYRMIL; "pro-Assad security members" -> SYR); None where the side gives no country (a
    country or a people: "pro-Russian")."""
    if a.kind != "person" or not a.country:
        return None
    side = partisan_at(text, a.start - start)
    if side == "anti" and term and term.lower().split()[-1] in rally_nouns():
        return None           # "anti-Bush protesters" in London: whom they march against, not whose they are
    if side == "anti" and sec in ARMED_AGAINST_RULER:
        sec = "REB"           # "anti-Assad forces", "anti-Gaddafi fighters": armed against their own ruler are rebels
    from eventwire.model import Actor
    s = max(start, a.start - len(side) - 1)
    e = max(sec_end, a.end)
    return Actor.national(a.country, sec, name=None, entity=None,
                          text=text[s - start:e - start], start=s, end=e, kind="sector" if sec else "country",
                          why=f"'{term or text[s - start:e - start]}' {'for' if side == 'pro' else 'against'} "
                              f"{a.name or a.text} ({side}-): of {a.country}" + (f", sector {sec}" if sec else ""))
