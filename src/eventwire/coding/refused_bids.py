"""Clauses, roles stage (issue 14, no source): the doer of a passive refusal with no "by" phrase whose subject is a
request that names whom it was made of ("the militia's calls for Kenyan support were rebuffed", "Somalia's requests
to Ethiopia were turned down"): the one asked refused it. The request's author stays its target (the clause's
patient); a request that names no one asked ("calls for a ceasefire were ignored") gives no doer.

The one asked is the object of the request noun's "to"/"on"/"upon"/"of" phrase, or the owner named on what its
"for" phrase asks for ("for US support", "for Britain's help", "for Ugandan troops"). Request nouns: data/coding/
roles.tsv `bid-noun`; a refusal is a verb the lexicon codes as a rejection (CAMEO root 12).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words, _child

BID_NOUNS = role_words().get("bid-noun", frozenset())
_ASKED_OF = ("to", "on", "upon", "of")


def _named(t) -> bool:
    return t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")


def _refusal(verb) -> bool:
    from eventwire.coding.lexicon import default_lexicon     # (lazy: the lexicon imports the clause stage)
    words = frozenset(c.lower_ for c in verb.children if c.dep_ in ("prep", "prt"))
    return any(not e.is_block and e.cameo[:2] == "12"
               for e in default_lexicon().match_verb(verb.lemma_.lower(), None, None, words))


def asked_party(verb) -> Optional[tuple]:
    """(token, rule) of the one a refused request was made of, for a passive verb with no agent; else None."""
    if _child(verb, {"agent"}) is not None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    bid = _child(verb, {"nsubjpass"})
    if bid is None or bid.pos_ != "NOUN" or bid.lemma_.lower() not in BID_NOUNS or not _refusal(verb):
        return None
    for p in bid.children:
        if p.dep_ != "prep":
            continue
        obj = _child(p, {"pobj"})
        if obj is None:
            continue
        if p.lower_ in _ASKED_OF and obj.pos_ in ("PROPN", "NOUN"):
            return obj, f"the one the '{bid.lower_}' was made of, who refused it"
        if p.lower_ == "for" and obj.pos_ == "NOUN":
            # ("calls for US support", "requests for Britain's help"): the owner of what was asked for
            owner = _child(obj, {"poss"}) or next((c for c in obj.children if c.dep_ in ("compound", "amod", "nmod")
                                                    and c.i < obj.i and _named(c)), None)
            if owner is not None and owner.pos_ in ("PROPN", "NOUN", "ADJ") and _named(owner):
                return owner, f"the one whose '{obj.lower_}' the '{bid.lower_}' asked for, who refused it"
    return None
