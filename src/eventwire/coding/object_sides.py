"""Roles stage: the side an object stands for, when the act names a thing, not a party (issue 14, targets given
through an object). Each reads the object's own phrase, never the story; words in data/coding/object_sides.tsv.

- `bought_from`: an act whose "to" complement, or the "to" clause of its object noun, is a verb of buying
  (`purchase-verb`) is aimed at the state whose name or demonym modifies what is bought, or that its "from" phrase
  names: "Cairo pledged $2bn to buy Russian fighter jets", "signed a deal to buy US missiles", "agreed to purchase
  American drones" (the seller, RUS, USA; the goods are no party: not USAMIL). Never the doer's own country, nor a
  firm or a stake bought (`bought-party`, or a name: "agreed to acquire the German company Kuka").
- `site_owner`: a protest (`site-root`) held outside or in front of a building (`site-prep`, `site-noun`) whose name
  or possessor modifier names a party ("a protest in front of a Hamas building", "rallied outside the Taliban
  office") is aimed at that party. The preposition may hang on the protest noun, the verb that has it for object
  ("held a protest in front of"), or the verb whose object the protest noun is ("filming a protest in front of").
- `extradited_from`: an appeal or demand (`extradition-root`) for a person's extradition or handover
  (`extradition-noun`) is made of the state that holds the person: the "from" phrase on the noun or the person
  ("the handover of the former president from Russia"), else the place the person's description says they live in
  ("X, a cleric living in the US", "the banker, who lives in London"; `dwell-verb`): its state, not the person.
- `measures_aimed`: a sanction or other cut in relations (`measure-root`) that names no target of its own, whose object,
  or a noun coordinated with it or with the decision it is the "to V" of, has a participle of aiming
  (`aim-participle`) on it ("the decision to reimpose sanctions, as well as new measures targeting Iran's oil and
  banking industries", "imposed sanctions and measures aimed at Cuba's tourism trade"), is aimed at the owner of
  what that participle names (Iran, not IRNBUS), or at the party it names itself.

    found = bought_from(coder, cl, sources, ctx, sent)         # ([actor], how) or None
    found = site_owner(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None
    found = extradited_from(coder, cl, code, tgt_tok, sources, ctx)   # ([actor], how) or None
    found = measures_aimed(coder, cl, code, sources, ctx, sent)   # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_preps import preps_of
from eventwire.coding.same_party import other_parties
from eventwire.coding.tables import kind_sets
from eventwire.model import Actor


def _words(kind: str) -> frozenset:
    return kind_sets("object_sides.tsv").get(kind, frozenset())


def _country_of(ctx, tok) -> Optional[str]:
    """The country of the place (a country, a city or a demonym) the token names, or None."""
    found = [p.country for p in ctx.places_in(tok.idx, tok.idx + len(tok.text)) if p.country]
    return found[0] if found else None


def _own(country: str, sources) -> bool:
    return any(s.home() == country for s in sources)


def _state(country: str, tok, how: str, sector: Optional[str] = None) -> Actor:
    return Actor.national(country, sector, kind="country", text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                          why=f"'{tok.text}' -> {country}; {how}")


# --- buying ---------------------------------------------------------------------------------------------------

def _purchases(cl) -> list:
    """The verbs of buying the act's own verb or noun, or its object noun, has for complement."""
    words = _words("purchase-verb")
    heads = [cl.pred] + ([cl.obj] if cl.obj is not None and cl.obj.pos_ == "NOUN" else [])
    return [c for h in heads for c in h.children
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.pos_ == "VERB" and c.lemma_.lower() in words]


def bought_from(coder, cl, sources, ctx, sent) -> Optional[tuple]:
    """([the seller's state], how) for an act about buying goods a country's name or demonym modifies (module doc),
    or None."""
    if not sources:
        return None
    for verb in _purchases(cl):
        seller = preps_of(verb).get("from")
        cands = [seller] if seller is not None else []
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        goods = [obj] + list(obj.conjuncts) if obj is not None and obj.pos_ == "NOUN" else []
        for g in goods:
            if g.pos_ != "NOUN" or g.lemma_.lower() in _words("bought-party") \
                    or any(c.dep_ == "appos" for c in g.children) \
                    or any(a.entity for a in coder.actors_for(g, ctx, sent, role="target", coordinate=False)):
                continue     # ("agreed to acquire the German company Kuka": a party bought, not goods)
            cands += [t for t in g.subtree if t.i < g.i and t.dep_ in ("amod", "compound", "nmod", "poss")
                      and t.pos_ in ("ADJ", "PROPN")]
        for tok in cands:
            country = _country_of(ctx, tok)
            if country and not _own(country, sources):
                what = f"from '{tok.text}'" if seller is not None and tok.i == seller.i else f"'{tok.text}' goods"
                return [_state(country, tok, f"the seller of what '{verb.text}' buys")], \
                    f"the state it buys {what} of ('{verb.text}')"
    return None


# --- protest sites ------------------------------------------------------------------------------------------

def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _sites(head) -> list:
    """The site nouns the `site-prep` phrases on `head` name ("outside the office", "in front of the building")."""
    preps, nouns = _words("site-prep"), _words("site-noun")
    out = []
    for c in head.children:
        if c.dep_ != "prep":
            continue
        obj = _pobj(c)
        if obj is None:
            continue
        if c.lower_ not in preps:
            # "in front of X": the "of" phrase of "front"
            of = next((d for d in obj.children if d.dep_ == "prep" and d.lower_ == "of"), None)
            if of is None or f"{c.lower_} {obj.lower_} of" not in preps:
                continue
            obj = _pobj(of)
        if obj is not None and (obj.lemma_.lower() in nouns or obj.lower_ in nouns):
            out.append(obj)
    return out


def site_owner(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([the owner's actors], how) for a protest held outside a building a party's name or possessor modifies
    (module doc), or None."""
    if code[:2] not in _words("site-root") or not sources:
        return None
    heads = [cl.pred]
    if cl.kind == "verb" and cl.obj is not None:
        heads.append(cl.obj)          # "held a protest in front of X"
    elif cl.kind == "noun" and cl.pred.dep_ == "dobj":
        heads.append(cl.pred.head)    # "filming a protest in front of X": the parser hangs it on the verb
    for site in (s for h in heads for s in _sites(h)):
        for mod in site.children:
            if mod.dep_ not in ("compound", "poss", "amod") or mod.i > site.i or mod.pos_ not in ("PROPN", "NOUN"):
                continue
            found = other_parties(coder, mod, sources, ctx, sent)
            if found:
                return found, f"the owner '{mod.text}' of the {site.text} it was held at"
    return None


# --- extradition --------------------------------------------------------------------------------------------

def _extraditions(cl, tgt_tok) -> list:
    words = _words("extradition-noun")
    cands = [tgt_tok, cl.obj, cl.preps.get("for")]
    for t in (cl.obj, cl.pred if cl.kind == "noun" else None, tgt_tok):
        if t is not None:
            cands.append(preps_of(t).get("for"))     # "renewed its demand for the extradition of X"
    out = []
    for t in cands:
        if t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in words and all(t.i != o.i for o in out):
            out.append(t)
    return out


def _holder_place(person):
    """(place token, how) the person's phrase says holds them: a "from" phrase, else the "in" phrase of a verb of
    dwelling on the person or an apposition of theirs, or None."""
    if (src := preps_of(person).get("from")) is not None:
        return src, "'from'"
    dwell = _words("dwell-verb")
    descs = [person] + [c for c in person.children if c.dep_ == "appos"]
    for d in descs:
        for v in d.children:
            if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB" and v.lemma_.lower() in dwell \
                    and (where := preps_of(v).get("in")) is not None:
                return where, f"'{v.text} in'"
    return None


def extradited_from(coder, cl, code: str, tgt_tok, sources, ctx) -> Optional[tuple]:
    """([the holding state], how) for a demand or appeal for a person's extradition (module doc), or None."""
    if code[:2] not in _words("extradition-root") or not sources:
        return None
    for noun in _extraditions(cl, tgt_tok):
        person = preps_of(noun).get("of") or next((c for c in noun.children if c.dep_ == "poss"), None)
        if person is None:
            continue
        found = _holder_place(person) or ((preps_of(noun)["from"], "'from'") if "from" in preps_of(noun) else None)
        if found is None:
            continue
        where, how = found
        country = _country_of(ctx, where)
        if country and not _own(country, sources):
            return [_state(country, where, f"the state holding '{person.text}' ({how})", "GOV")], \
                f"the state asked to hand over '{person.text}' ({how} '{where.text}')"
    return None


# --- measures aimed at another's things ---------------------------------------------------------------------

def _aimed_things(noun) -> list:
    """(participle, what it aims at) for the aiming participles on `noun` ("measures targeting X", "aimed at X")."""
    words = _words("aim-participle")
    out = []
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words:
            thing = next((o for o in c.children if o.dep_ == "dobj"), None) or preps_of(c).get("at")
            if thing is not None:
                out.append((c, thing))
    return out


def _companions(tok) -> list:
    """The nouns coordinated with `tok` ("sanctions, as well as new measures", which the parser may hang on the verb
    or on the decision noun, or read as a second subject of the verb) or joined to it by "along with", "together
    with", "alongside"."""
    out = list(tok.conjuncts)
    if tok.dep_ in ("nsubj", "dobj"):
        # (a second subject of the same verb: the parser's reading of "the decision ..., as well as new measures
        # targeting X, has left ...")
        out += [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i != tok.i]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("along", "together"):
            out += [g for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children
                    if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "alongside":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def measures_aimed(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the owner of what a sanction's measures are aimed at (module doc), or None."""
    if code[:2] not in _words("measure-root") or not sources:
        return None
    heads = [cl.pred] + ([cl.obj] if cl.obj is not None else [])
    if cl.kind == "verb" and cl.pred.dep_ == "acl" and cl.pred.head.pos_ == "NOUN":
        heads.append(cl.pred.head)      # "the decision to reimpose sanctions, as well as new measures"
    nouns = [cl.obj] if cl.obj is not None else []
    nouns += [n for h in heads for n in _companions(h) if n.pos_ == "NOUN"]
    for noun in nouns:
        for part, thing in _aimed_things(noun):
            owner = next((c for c in thing.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
            found = other_parties(coder, owner if owner is not None else thing, sources, ctx, sent)
            if found:
                whose = f"the owner '{owner.text}' of " if owner is not None else ""
                return found, f"{whose}what the {noun.text} '{part.text}' aims at ('{thing.text}')"
    return None
