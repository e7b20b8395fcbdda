"""The other party of a pact left (issue 14, no target): "the US is withdrawing from the Iran nuclear deal", "Britain
pulled out of its treaty with Libya", "Moscow quit Ukraine's grain accord".

An act of reducing relations (CAMEO 16) whose object or "from" / "of" / "out of" phrase is a pact or talks noun (the
`reciprocal-word` nouns of data/coding/roles.tsv: deal, agreement, treaty, accord, talks, ...) that names no actor
itself is directed at the party the noun names: its possessor ("Ukraine's accord"), a country or body named before it
("the Iran deal", "the Nato treaty"), or its "with" / "between" phrase ("the treaty with Libya"). Called once by
Coder.code_sentence when no other rule found a target; never the doer itself, and never a city a pact is named after
("the Paris agreement", "the Minsk accords", "the Geneva talks"): a place modifier must be a country.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.context import OWN_POSSESSIVES
from eventwire.coding.same_party import is_source

PACT_CODES = ("16",)
_CHAIN = ("from", "of", "out")


def _pact_nouns(cl) -> list:
    """The pact or talks nouns the act is done to: its object and the object of a "from", "of" or "out of" phrase on
    the verb ("withdrew from the deal", "pulled out of the accord")."""
    pacts = role_words().get("reciprocal-word", ())
    out = []
    if cl.obj is not None:
        out.append(cl.obj)
    for c in cl.pred.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in _CHAIN:
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g)
                elif g.dep_ == "prep" and g.lower_ == "of":     # "out of the deal", the parser nesting "of"
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    return [n for n in out if n.pos_ == "NOUN" and n.lemma_.lower() in pacts]


def _named_parties(noun) -> list:
    """Tokens the pact noun names as its parties: its possessor, a name or nationality modifier before it, the object
    of its "with" / "between" phrase and their conjuncts."""
    out = []
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES and c.pos_ in ("PROPN", "NOUN"):
            out.append(c)
        elif c.dep_ in ("nmod", "compound", "amod") and c.i < noun.i and (
                c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("with", "between"):
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g)
                    out.extend(g.conjuncts)
    return out


def _country_place(coder_ctx, tok) -> bool:
    """Whether a place-name token stands for a country, not a city a pact is named after ("the Paris agreement")."""
    places = coder_ctx.places_in(tok.idx, tok.idx + len(tok.text))
    if not places:
        return True                # (no place read there: a body or a nationality, judged by its actor)
    return all(getattr(p, "feature", None) == "country" or getattr(p, "demonym", False) for p in places)


def pact_party(coder, cl, entry, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the other party of a pact or talks a reducing act leaves, or None."""
    if (code[:2] not in PACT_CODES and entry.cameo[:2] not in PACT_CODES) or cl.kind != "verb" or not sources:
        return None
    for noun in _pact_nouns(cl):
        if coder.actors_for(noun, ctx, sent, role="fallback"):
            return None            # (a pact that names its body itself: "quit the Arab League"; the other rules')
        for tok in _named_parties(noun):
            if not _country_place(ctx, tok):
                continue           # (a capital too: "the Minsk accords", "the Moscow agreement")
            found = not_own_side(coder.actors_for(tok, ctx, sent, role="fallback"), sources)
            if found:
                lemma = noun.lemma_.lower()
                found = [replace(a, why=(a.why or "") + f"; party to the '{lemma}' left") for a in found]
                return found, f"party to the '{lemma}' left ('{tok.text}')"
    return None


def not_own_side(actors: list, sources: list) -> list:
    """The actors that are not the doer's own side: another code, another country, another mention (a pact's party,
    a claim's maker; coding/claim_author.py)."""
    return [a for a in actors if not (is_source(a, sources, apart=False)
                                      or any(a.country and a.country == s.country for s in sources))]
