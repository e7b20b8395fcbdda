"""A state's organ named with no country, whose own clause says "its" of what it acts on or with (issue 14, wrong
source: "military officials have sent armoured columns to safeguard its proxies, and deployed tanks along its southern
border" was coded with the country the story is about, not the state "its" stands for).

A sector-only doer of a state sector (actor_country.tsv `owned`: GOV, MIL, COP, SPY, JUD, LEG) whose phrase and clause
give it no country, and in whose clause (its verb, the verbs coordinated with it that share its subject, and their "to"
complements, not a clause with a subject of its own) a possessive "its" owns an object or a prepositional object: the
organ is the state the possessive stands for (coreference's owner, knowledge/coref.py `Coref.owner`), as "Turkey's
army deployed tanks along its border" is Turkey's. Every "its" of the clause must stand for the one state; none where
coreference finds no state or chose a word that only modifies another noun ("former anti-Assad units"), nor where the
sentence names a country in the clause's own words (the possessive may be that country's).
"""
from __future__ import annotations

from typing import Optional

_OWN_DEPS = frozenset({"xcomp", "conj", "advcl"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _clause_verbs(verb) -> list:
    """The verb and the verbs that go on with its subject: conjuncts and complements with no subject of their own."""
    out, todo = [], [verb]
    while todo:
        v = todo.pop()
        out.append(v)
        for c in v.children:
            if c.dep_ in _OWN_DEPS and c.pos_ in ("VERB", "AUX") and not any(g.dep_ in _SUBJ for g in c.children) \
                    and (c.dep_ != "advcl" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)):
                todo.append(c)
    return out


def _own_words(verbs) -> list:
    """The possessive pronouns "its" on the objects of the clause's verbs (also through a preposition)."""
    out = []
    ids = {v.i for v in verbs}
    for v in verbs:
        for c in v.children:
            nouns = [c] if c.dep_ in ("dobj", "dative") else [g for g in c.children if g.dep_ == "pobj"] \
                if c.dep_ == "prep" else []
            for n in nouns:
                out += [t for t in n.children if t.dep_ == "poss" and t.lower_ == "its"]
                # ("along stretches of its southern border": one "of" phrase down)
                for p in n.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        out += [t for g in p.children if g.dep_ == "pobj" for t in g.children
                                if t.dep_ == "poss" and t.lower_ == "its"]
    return [t for t in out if t.head.head.i in ids or t.head.i not in ids]


def _modifier_mention(doc, o) -> bool:
    """Whether the mention coreference chose is a word modifying another noun ("a Turkish-backed group of former
    anti-Assad units": no state "its" can stand for)."""
    if o.start is None:
        return False
    tok = next((t for t in doc if t.idx <= o.start < t.idx + len(t.text)), None)
    return tok is not None and tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i


def its_owner(a, head, sent, ctx, owned: frozenset) -> Optional[tuple]:
    """(country, why) for the sector-only doer `a` (token `head`) whose clause's "its" stands for a state (module
    doc), else None."""
    coref = getattr(ctx, "coref", None)
    while head is not None and head.dep_ in ("amod", "compound") and head.head.i > head.i:
        head = head.head              # ("military officials": the noun the sector word modifies)
    if coref is None or head is None or a.sector not in owned or head.dep_ != "nsubj" \
            or any(c.dep_ == "poss" for c in head.children):
        return None
    verbs = _clause_verbs(head.head)
    its = _own_words(verbs)
    if not its:
        return None
    owners = set()
    for t in its:
        o = coref.owner(t, sent, None)
        if o is None or not o.country or o.kind not in ("country", "capital") and o.sector not in owned \
                or _modifier_mention(sent.doc, o):
            return None
        owners.add((o.country, o.name or o.text))
    if len({c for c, _ in owners}) != 1:
        return None
    country, name = next(iter(owners))
    lo = min(v.i for v in verbs)
    hi = max(t.i for t in its)
    if any(t.ent_type_ in ("GPE", "NORP") for t in sent.doc[lo:hi + 1] if t.i not in {x.i for x in its}):
        return None           # (a country named in the clause: the possessive may be its)
    return country, f"'its' in its own clause ('{its[0].head.text}') stands for {name}"
