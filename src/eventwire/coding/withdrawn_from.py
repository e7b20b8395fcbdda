"""The country a state's forces leave, when the withdrawal names no place (issue 14, no target).

"Madrid's decision to pull out", "the Spanish pullout", "she means to bring home the 600 soldiers training the
army": a military withdrawal (a pattern of CAMEO 0874, coded as done, intended or refused) by a state whose clause
names no place left (no "from"/"out of" phrase: those are read by coding/place_targets.py) is directed at the one
country the story places that state's forces in: a forces noun (data/coding/roles.tsv `stationed-noun`: "troops",
"forces", "presence") whose modifier or possessor names the state ("Spanish troops", "Spain's forces", "a Spanish
presence"), or the subject of the verb that has, keeps or stations it ("Spain has 600 troops in Mali"), with an
"in"/"inside" phrase of its own, of a participle on it ("stationed in", "deployed to", "based in") or of the verb it
is the subject or object of ("Spanish troops are based in Mali"), that names a place of another country ("600
Spanish soldiers posted to Mali's north"). Only where
every such telling in the story names the same country; never the state's own, nor for a doer that is no state
(an armed group's retreat, private people leaving).

`kept_in`: an intention or plan (root 03) whose "to V" keeps, stations or deploys the doer's forces (`_HOLDING`
verbs, a `stationed-noun` object) in a place of another country ("Moscow plans to keep troops inside Libya after
the war") is aimed at that country, as forces posted there are; not an agreement (roles.tsv `reciprocal-word`: "the
cabinet agreed to keep its troops in X"), whose target is the party agreed with: the place is only where they stay.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.coding.clause_record import role_words
from eventwire.coding.context import STATE_SECTORS
from eventwire.model import Actor

_WHERE = ("in", "inside", "to", "within")
_HOLDING = ("have", "keep", "maintain", "station", "deploy", "base", "retain")


def _words() -> frozenset:
    return role_words().get("stationed-noun", frozenset())


def _phrase_places(ctx, noun) -> list:
    """The places an "in"/"inside" phrase of the forces noun names, or one of a participle on it, or of the verb it is
    the subject or object of ("troops are stationed in X", "has troops in X")."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        heads.append(noun.head)
    out = []
    for h in heads:
        for prep, obj in preps_of(h).items():
            if prep in _WHERE and (prep != "to" or h is not noun):
                out += [p for p in ctx.places_in(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
                        if p.country and not p.demonym]
    return out


def _stationed(ctx, doc) -> list:
    """[(owner country, place)] for each forces noun of the document that names its owner and where it is."""
    cached = getattr(ctx, "_stationed_forces", None)
    if cached is not None and cached[0] is doc:
        return cached[1]
    words = _words()
    mentions = [m for m in ctx.mentions if m.start is not None and m.country]
    out = []
    from eventwire.doc_index import nouns_among
    for i in nouns_among(doc, words):                   # (those nouns alone: no Token made for the others)
        tok = doc[i]
        lo, hi = tok.left_edge.idx, tok.idx
        owners = {m.country for m in mentions if lo <= m.start < hi}
        if not owners and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HOLDING:
            # "Spain has 600 troops in Mali", "Paris keeps forces in Chad": the subject's
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                owners = {m.country for m in mentions if subj.left_edge.idx <= m.start <= subj.idx}
        owners |= {p.country for p in ctx.places_in(lo, hi) if p.country and p.demonym}
        if len(owners) != 1:
            continue
        owner = next(iter(owners))
        out += [(owner, p) for p in _phrase_places(ctx, tok) if p.country != owner]
    ctx._stationed_forces = (doc, out)
    return out


def withdrawn_from(coder, cl, entry, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """([country actor], how) for a state's withdrawal naming no place, from where the story places its forces
    (module doc), or None."""
    if not entry.cameo.startswith("0874") or not sources:
        return None
    if not all(s.country and not s.entity and (s.sector is None or s.sector in STATE_SECTORS) for s in sources):
        return None
    own = {s.country for s in sources}
    if len(own) != 1:
        return None
    toks = [t for t in (cl.pred, cl.light_verb, cl.obj) if t is not None]
    if any(p in ("from", "out", "of") for t in toks for p in preps_of(t)) \
            or any(c.dep_ == "prt" and c.lower_ == "out" and any(x.dep_ == "prep" for x in c.children)
                   for c in cl.pred.children):
        return None               # ("withdrew from Manbij", "pulled out of the deal": the place rules read it)
    found = {}
    for owner, place in _stationed(ctx, sent.doc):
        if owner in own:
            found.setdefault(place.country, place)
    if len(found) != 1:
        return None
    country, place = next(iter(found.items()))
    a = Actor.national(country, name=None, entity=None, text=place.text, start=place.start,
                       end=place.end, kind="country",
                       why=f"the story places {next(iter(own))}'s forces in '{place.text}' ({country}): the country they "
                           f"withdraw from")
    return [a], f"the country the story places the withdrawing side's forces in ('{place.text}', {country})"


def kept_in(coder, cl, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """([country actor], how) for a plan to keep or post the doer's forces in another country (module doc), or
    None."""
    if code[:2] != "03" or cl.kind != "verb" or not sources or not all(s.country for s in sources):
        return None
    if cl.pred.lemma_.lower() in role_words().get("reciprocal-word", frozenset()):
        return None     # an agreement is with a party ("agreed to keep its troops in X"): where they stay is no party
    own = {s.country for s in sources}
    words = _words()
    for v in cl.pred.children:
        if v.dep_ != "xcomp" or v.lemma_.lower() not in _HOLDING:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in words), None)
        if obj is None:
            continue
        places = [p for p in _phrase_places(ctx, obj) if p.country not in own]
        if len({p.country for p in places}) != 1:
            continue
        p = places[0]
        a = Actor.national(p.country, name=None, entity=None, text=p.text, start=p.start,
                           end=p.end, kind="country",
                           why=f"'{v.text} {obj.text}' in '{p.text}' ({p.country}): the country the doer's forces are to be kept in")
        return [a], f"the country the plan keeps its forces in ('{p.text}', {p.country})"
    return None
