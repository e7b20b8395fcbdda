"""Whose nationality an act takes away (issue 14): "he was stripped of his Dutch nationality" is the Dutch
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
    from eventwire.coding.misparses import undergone_thing
    undergone = undergone_thing(anchor)
    nouns = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") or (undergone is not None and c.i == undergone.i)] + \
        [g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"] + \
        [g for o in anchor.children if o.dep_ in ("dobj", "nsubjpass") for c in o.children
         if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]   # ("strip X of[X] her ...")
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


def place_national(targets, anchor, ctx, cameo: str, lemma: str, sources=()) -> None:
    """The one an act of taking a nationality away (an `@` row of data/coding/implicit_agents.tsv: strip, revoke) is
    done to, with no country of its own, is a national of the country whose citizenship or passport it is ("Begum was
    stripped of British citizenship": GBR beside her CVL); in place. Where the noun names no country ("the home
    secretary revoked X's citizenship"), the one state whose organ does it (`sources`: a state only takes away its
    own nationality): `_revoking_state`; nothing else."""
    from eventwire.knowledge.implicit_agents import implicit_sector
    from eventwire.knowledge.actor_where import word_kinds
    todo = [a for a in targets if a is not None and not a.country and not a.entity and a.sector]
    if not todo or anchor is None or not (implicit_sector(cameo, lemma or "") or "").endswith("@"):
        return
    nat = nationality_of(anchor, ctx, word_kinds().get("nationality", frozenset()))
    if nat == ():
        nat = _revoking_state(sources)
    if not nat:
        return
    for a in todo:
        a.country = nat[0]
        a.code = nat[0] + (a.code or a.sector or "")
        a.why = (a.why or "") + f"; country {nat[0]}: a national of the country whose '{nat[1]}' is taken away"



def _revoking_state(sources) -> Optional[tuple]:
    """(country, words) of the one state whose organ (a state sector: GOV, JUD, ...) is the doer of an act taking
    away a nationality the clause names no country of ("the home secretary revoked X's citizenship": GBRGOV, so X
    is a British national); None where the doers are of no state, or of more than one."""
    from eventwire.coding.agency import STATE_SECTORS       # (lazy: coding imports knowledge)
    doers = [s for s in sources if s is not None]
    if not doers or any(not s.country or not (s.sector in STATE_SECTORS or not s.sector and s.kind in (
            "country", "capital")) for s in doers):
        return None
    countries = {s.country for s in doers}
    if len(countries) != 1:
        return None
    return doers[0].country, f"nationality, by {doers[0].text or doers[0].country}: a state takes away only its own"


def bond_holder(tok):
    """The one a `nationality` noun's bond is taken from when an act's slot is that noun ("revoked both men's British
    citizenship", "revoked the British citizenship of X", "had her passport revoked", "stripped X of her citizenship"):
    its possessor, its "of" phrase, or the object of the verb whose "of" phrase it is; else `tok` itself. The demonym
    on the noun says whose state's bond it is, the doer's (knowledge/implicit_agents.py), never the one it befell."""
    from eventwire.knowledge.actor_where import word_kinds
    if tok is None or tok.lemma_.lower() not in word_kinds().get("nationality", frozenset()):
        return tok
    from eventwire.coding.misparses import undergone_thing
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "VERB":
        return next((c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")), tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("dobj", "nsubjpass"):
        return tok.head.head           # ("strip Begum of[Begum] her citizenship", the parser hanging "of" on her)
    own = next((c for c in tok.children if c.dep_ == "poss"), None)
    if own is not None and own.pos_ == "PRON" and (undergone_thing(tok.head) or own).i == tok.i:
        # ("Letts had his citizenship revoked": the subject of "had", whose it was)
        return next((c for c in tok.head.head.children if c.dep_ == "nsubj"), own)
    if own is not None:
        return own
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON")), tok)


def bond_targets(coder, tok, cl, ctx, sent) -> Optional[tuple]:
    """(holder token, [actors], how) for an act whose slot `tok` is a bond with a holder (`bond_holder`): the holder's
    actors, or a private individual for a name the actor lists do not know (as the patient of an arrest is:
    Roles._victims); None where the slot is no such bond."""
    holder = bond_holder(tok)
    if holder is None or holder.i == tok.i:
        if tok is None or not _stripped_of(tok):
            return None
        holder = tok                   # "stripped Begum of her citizenship": Begum
    # (the bond the parser hung on its holder, "Begum of her British citizenship", names no holder: cut off)
    of = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > holder.i), None)
    cut = of.left_edge.idx if of is not None else None
    found = [a for a in coder.actors_for(holder, ctx, sent, role="target") if cut is None or (a.start or 0) < cut]
    if not found and holder.pos_ in ("PROPN", "NOUN"):
        found = coder._victims(holder, cl, "arrest", ctx, sent)
    if cut is not None:
        found = [_cut(a, cut, sent) for a in found]
    return holder, found, f"the one the bond is taken from ('{holder.text}'; knowledge/nationality.py)"


def _stripped_of(tok) -> bool:
    """Whether `tok` is the object or passive subject of a verb whose "of" phrase is a `nationality` noun ("stripped
    Begum of her citizenship")."""
    from eventwire.knowledge.actor_where import word_kinds
    words = word_kinds().get("nationality", frozenset())
    return tok.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in c.children)
        for c in list(tok.head.children) + list(tok.children))


def _cut(actor, cut: int, sent):
    """`actor` with its mention ending before character `cut` (the "of" bond hung on it)."""
    from dataclasses import replace
    if actor.start is None or actor.end is None or actor.end <= cut:
        return actor
    text = sent.doc.text[actor.start:cut].rstrip()
    return replace(actor, text=text, end=actor.start + len(text),
                   name=text if actor.name == actor.text else actor.name)


def holder_state(sources, targets, anchor, ctx, cameo: str, lemma: str, cl) -> Optional[list]:
    """[the government] of the state whose nationality an act with no named doer takes away, where the noun names no
    country ("Amal had her citizenship revoked", "the returnees had their passports cancelled"): whose it is, the
    one country of the ones it was taken from (filled by then: knowledge/actor_country.py fill_countries), people
    only (whatever side they fought on: "a Dutch fighter had his passport revoked"), never a named group; None
    otherwise; where the noun names its country and the act is no passive whose subject went unread ("tried to
    deport them, having stripped them of Danish nationality"), that country's government. Called after
    fill_countries, as implicit_agent found no doer."""
    from eventwire.knowledge.implicit_agents import implicit_sector
    from eventwire.knowledge.actor_where import word_kinds
    from eventwire.model import Actor
    sector = implicit_sector(cameo, lemma or "") or ""
    if sources or anchor is None or cl.subj is not None or not sector.endswith("@"):
        return None
    kinds = word_kinds()
    nat = nationality_of(anchor, ctx, kinds.get("nationality", frozenset()))
    if nat is None:
        return None                   # no such bond ("stripped of its wealth")
    sector = sector.rstrip("@")
    if nat:
        # an act with no subject read that is no passive ("having stripped them of Danish nationality"): only a
        # state takes its nationality away (a passive's is implicit_agent's)
        return [Actor.national(nat[0], sector, name=None, entity=None, text=None,
                               start=None, end=None, kind="sector",
                               why=f"implicit agent: the state whose nationality it is ('{nat[1]}'); {sector} for '{lemma}'")]
    held = [t for t in targets if t is not None]
    if not held or any(t.kind not in ("person", "sector", None) for t in held):
        return None                   # a named group, party or state has no citizenship of its own
    countries = {t.country for t in held}
    if len(countries) != 1 or None in countries:
        return None
    country, = countries
    whose = held[0].text or country
    return [Actor.national(country, sector, name=None, entity=None, text=None,
                           start=None, end=None, kind="sector",
                           why=f"implicit agent: the state whose nationality it is, that of the one it was taken from "
                               f"('{whose}', {country}); {sector} for '{lemma}'")]
