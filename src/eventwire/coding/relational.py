"""Actors named by their relation to another: "Assad's main backers", "the rebels' former allies", "Syria's
neighbours" are not Assad, the rebels or Syria; "Damascus's Russian ally" and "Assad's backer, Russia" are Russia;
"the family of a British soldier" are British private people, not the soldier's army.

A `counterparty` noun of data/coding/roles.tsv (ally, backer, partner, neighbour, enemy, ...; not `member`, which
names a part of its group, nor "delegation" or "coalition", which name their owner or members) or a `kin` noun
(family, relatives, wife, ...) with a possessor, an "of" phrase or a proper-name compound ("US allies") names
someone other than that party: the actor is what the noun's own modifiers or its
apposition name, else none; kin of a party of a country are that country's private people (CVL).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.kin_conjunct import kin_owner, owner_span, owners_people
from eventwire.knowledge.phrase_sides import side_taker_nouns
from eventwire.model import Actor

KIN_NOUNS = role_words().get("kin", frozenset())
COUNTERPARTY_NOUNS = role_words().get("counterparty", frozenset())
PLACED_COUNTERPARTS = role_words().get("placed-counterparty", frozenset())
SEATED_COUNTERPARTS = role_words().get("seated-counterparty", frozenset())
PEER_COUNTERPARTS = role_words().get("peer-counterparty", frozenset())
_STATE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")
_OTHER_KINDS = ("group", "igo", "party", "media")


def _related_to(h) -> list:
    """The tokens naming the party a relational noun relates its actor to: its possessor ("Assad's", "its"), its
    "of" phrase ("allies of Iran") and a proper name compounded before it ("US allies", "Assad backers")."""
    out = []
    # why: with a possessor, a name compounded before the noun is the noun's own ("his Ugandan counterpart", "his US
    # counterpart", "Iran's Hezbollah allies"), as the possessor is the party it is related to
    owned = any(c.dep_ == "poss" for c in h.children)
    for c in h.children:
        if c.dep_ == "poss":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "compound" and c.i < h.i and c.pos_ == "PROPN" and c.ent_type_ != "NORP" and not owned:
            out.append(c)
    return out


def relational_actors(h, resolve: Callable, resolve_text: Callable) -> Optional[list[Actor]]:
    """The actors a relational or kin noun `h` names, or None when `h` is none or names no other party (then the
    phrase is read as usual: "Kurdish allies", "US-backed partners").
    `resolve(tok)` resolves a head token; `resolve_text(span)` resolves a span of the sentence as a phrase."""
    lemma = h.lemma_.lower()
    kin = lemma in KIN_NOUNS
    if not kin and lemma not in COUNTERPARTY_NOUNS:
        return None
    others = _related_to(h)
    placed = _placed_counterparts(h, others, resolve) \
        if lemma in PLACED_COUNTERPARTS or lemma in SEATED_COUNTERPARTS else None
    if placed:
        return placed
    if not others:
        return None
    if not kin and any(o.dep_ == "compound" for o in others) \
            and any(a is not None and a.kind == "igo" for o in others if o.dep_ == "compound" for a in resolve(o)):
        return None                          # "the Nato allies": members of the alliance named, read as usual
    if kin:
        if (owner := kin_owner(h)) is not None:
            # "Isis fighters and their families": the fighters' own people (coding/kin_conjunct.py)
            lo, hi = owner_span(h, owner)
            got = [a for a in resolve(owner) if a is not None and a.code and a.start is not None
                   and a.end is not None and lo <= a.start and a.end <= hi]     # (the owner's own words)
            if (people := owners_people(h, owner, got)) is not None:
                return [people]
            if any(a.country and a.kind not in _OTHER_KINDS for a in got):
                others = [owner]             # "British soldiers and their families": British private people
        if h.tag_ == "NNP" or any(o.pos_ == "PRON" for o in others):
            return None                      # "the Assad family" as a name; "his family": read as before
        got = [a for o in others for a in resolve(o) if a is not None and a.code]
        for a in got:
            if a.country and a.kind not in _OTHER_KINDS:
                code = a.country + "CVL"
                return [Actor(code=code, country=a.country, sector="CVL", name=None, entity=None, text=h.text,
                              start=h.idx, end=h.idx + len(h.text), kind="sector",
                              why=f"'{h.text}' of '{a.text}' ({a.code}): kin are private people of {a.country} (CVL), "
                                  f"not the one they are kin to")]
        # kin of a group or a body ("relatives of the victims of an Isis cell"): not that group; of someone of no
        # known country: the phrase as usual ("Begum's family": private people the sentence may place)
        return [] if any(a.kind in _OTHER_KINDS for a in got) else None
    # the noun's own name: an apposition ("Assad's backer, Russia", "their partners, including the UK") ...
    named = [c for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    named += [p for c in h.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
              for p in c.children if p.dep_ == "pobj"]
    bare = None
    for ap in named:
        got = [a for a in resolve(ap) if a is not None and a.code]
        if got and not any(a.country or a.entity for a in got):
            bare = bare or got            # why: "his US counterpart, Mark Dalby": a name of no known country yields
            continue                      # to the country its modifiers name
        if got:
            return [_noted(a, h, others) for a in got]
    # ... or its modifiers after the possessor ("Damascus's Russian ally", "its European Union partners")
    skip = {t.i for o in others for t in o.subtree}
    mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i and c.i not in skip]
    first = min((t.i for m in mods for t in m.subtree), default=h.i)
    # a side-taker's modifiers, its side named apart, say who it is ("Iran's militia allies": militias): read alone,
    # since before the bare noun they would name its side ("militia allies")
    a = resolve_text(h.doc[first: h.i if mods and h.lower_ in side_taker_nouns() else h.i + 1])
    if a is None or not a.code:
        return [_noted(b, h, others) for b in bare] if bare else []
    if a.kind == "igo" and not kin and lemma in COUNTERPARTY_NOUNS and h.tag_ == "NN":
        return []                 # why: "its Nato ally": one member of the body, not named ("its Nato allies" may be the body)
    if not a.country and not a.entity and a.sector:
        # a sector the noun names, of the state it is related to ("critics of the Uganda government",
        # "Assad's opponents": that state's opposition)
        related = [b for o in others for b in resolve(o) if b is not None and b.code]
        state = next((b for b in related if b.country and b.kind not in _OTHER_KINDS
                      and (b.sector == "GOV" or b.kind in ("country", "capital"))), None)
        if state is None:
            # "opponents of the deal": an opposition of no country named; "opponents of Isis", "the rebels'
            # opponents": not an opposition of theirs
            return [] if related else [a]
        return [replace(a, code=state.country + a.sector, country=state.country,
                        why=(a.why or "") + f"; country {state.country} of '{state.text}', the state it is related to")]
    out = [_noted(a, h, others)]
    # ("his Russian and Iranian counterparts": each coordinated modifier, read with the noun, is one of them)
    for c in (c for m in mods[:1] for c in m.conjuncts if c.i > m.i and c.i < h.i):
        b = resolve_text(h.doc[c.i: h.i + 1])
        if b is not None and b.code and all(b.code != x.code for x in out):
            out.append(_noted(b, h, others))
    return out


def _noted(a: Actor, h, others) -> Actor:
    rel = ", ".join(o.text for o in others)
    return replace(a, why=(a.why or "") + f" ('{h.text}' related to '{rel}' is not that party: the one the noun "
                                          f"itself names)")



def _placed_counterparts(h, others, resolve: Callable) -> Optional[list[Actor]]:
    """The state officials a counterpart noun's "in" phrase places it with: "his counterparts in Ankara" (TURGOV),
    "complained to counterparts in Moscow and Beijing" (RUSGOV, CHNGOV); the government a backer's or ally's does
    ("shielded by his backers in Moscow and Tehran": RUSGOV, IRNGOV; roles.tsv `placed-counterparty`,
    `seated-counterparty`: an ally only in a capital, "its ally in Ankara", never "allies in Syria"). None when the
    noun has a modifier of its own ("his Iranian counterpart in Vienna": the modifier says whose; for a backer or an
    ally, only a name or nationality: "his main backers in Moscow" stays), the phrase names no country or capital,
    or, for a backer or an ally, the state is the one of the party it backs ("Trump's allies in Washington")."""
    lemma = h.lemma_.lower()
    peer = lemma in PEER_COUNTERPARTS
    skip = {t.i for o in others for t in o.subtree}
    for c in h.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i and c.i not in skip \
                and (peer or c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG") or c.dep_ == "compound"):
            return None
    prep = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    related = [a for o in others for a in resolve(o) if a is not None]
    # why: a counterpart is an office-holder like its possessor: "the army chief ... his counterparts" are military;
    # a backer or an ally in a state is its government
    sector = next((a.sector for a in related if a.sector in _STATE_SECTORS), "GOV") if peer else "GOV"
    kinds = ("capital",) if lemma in SEATED_COUNTERPARTS and lemma not in PLACED_COUNTERPARTS else ("country", "capital")
    # (the party's own state as its phrase names it, not a country a sector-only actor took from the sentence's
    # places: "the rebels were armed by their allies in Riyadh" leaves the rebels placed there)
    own = {a.country for a in related if a.country and a.name} if not peer else set()
    out = []
    for place in [pobj] + [c for c in pobj.conjuncts if c.i > pobj.i]:
        got = [a for a in resolve(place) if a is not None and a.country and a.kind in kinds]
        if not got or got[0].country in own:
            return None                     # ("counterparts in the region", "in the talks"): not a state named
        a = got[0]
        if any(b.country == a.country for b in out):
            continue
        whose = "officials of that state" if peer else "that state's government"
        out.append(replace(a, code=a.country + sector, sector=sector, text=h.text, start=h.idx,
                           end=h.idx + len(h.text), kind="sector",
                           why=f"'{h.text}' in '{place.text}' ({a.country}): {whose} ({sector})"))
    return out or None
