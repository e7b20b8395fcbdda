"""Targets stage: the one a verdict, sentence or order is handed down against (issue 14, no target).

"The judge handed down a death sentence against the smuggler", "verdicts handed down by the group's courts,
including an execution order against a nurse": an act of legal judgment (data/coding/judged.tsv `verdict-code`: CAMEO
115, 116) whose object is the verdict itself names the one judged only in the verdict's "against" phrase
(`verdict-prep`), or in that of a verdict it lists ("including ...", data/coding/covered.tsv `listing-prep`; the
parser may hang the list anywhere in the verdict's phrase, or on the verb after it). That phrase's actor is the target; never the doer itself,
nor a party named inside a clause of its own within the phrase ("a nurse who confessed to cursing God").

    found = verdict_against(coder, cl, code, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.same_party import other_parties
from eventwire.coding.tables import kind_sets

_JUDGED = kind_sets("judged.tsv")
_CODES = tuple(_JUDGED.get("verdict-code", ()))
_PREPS = _JUDGED.get("verdict-prep", frozenset())
_LISTING = kind_sets("covered.tsv").get("listing-prep", frozenset())
_OWN_CLAUSE = ("relcl", "acl", "advcl", "ccomp", "xcomp")


def _verdict(cl):
    """The verdict noun: the object, or the noun a passive participle modifies ("verdicts handed down by ...")."""
    if cl.obj is not None and cl.obj.pos_ == "NOUN":
        return cl.obj
    if cl.pred.dep_ == "acl" and cl.pred.tag_ == "VBN" and cl.pred.head.pos_ == "NOUN":
        return cl.pred.head
    return None


def _phrase(tok, stop) -> list:
    """The tokens of `tok`'s phrase, not inside a clause of its own nor inside `stop`'s subtree."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _OWN_CLAUSE and (stop is None or c.i != stop.i))
    return out


def verdict_against(coder, cl, code: str, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the one the verdict in the act's slot is against (module doc), or None."""
    if cl.kind != "verb" or not code.startswith(_CODES) or not sources:
        return None
    noun = _verdict(cl)
    if noun is None:
        return None
    # the verdict and its conjuncts, then the verdicts its phrase lists (also a list hung on the verb's own phrases)
    verdicts = [noun] + [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    span = _phrase(noun, cl.pred if cl.pred.head.i == noun.i else None) + \
        ([t for c in cl.pred.children if c.dep_ in ("agent", "prep", "dobj") for t in _phrase(c, None)]
         if cl.pred.head.i == noun.i else []) + \
        [c for c in cl.pred.children if c.dep_ == "prep" and c.i > noun.i]    # ("handed down sentences, including")
    verdicts += [g for t in span if t.dep_ == "prep" and t.lower_ in _LISTING
                 for g in t.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    for v in verdicts:
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ in _PREPS):
            who = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if who is None:
                continue
            found = other_parties(coder, who, sources, ctx, sent)
            if found:
                return found, f"the one the '{v.text}' is {prep.lower_}, '{who.text}'"
    return None
