"""Roles stage: the recipient of a transfer named as the one who obtained what was given.

"Kenya has supplied most of the weapons Somalia has obtained in recent years", "China supplied 80% of the arms that
Pakistan imported last year": an act of giving, supplying or selling (CAMEO 06 and 07) that names no recipient of its
own ("to X") says who got the thing given by a relative clause on its object whose verb is one of getting (data/coding/
roles.tsv `obtain-verb`): that clause's subject is the act's target. Never the doer itself.

    found = obtained_by(coder, cl, entry, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words, _child
from eventwire.coding.same_party import other_parties

OBTAIN_VERBS = role_words().get("obtain-verb", frozenset())
_TRANSFER_ROOTS = ("06", "07")


def _things(obj) -> list:
    """The object and, for a portion or quantity of something ("most of the weapons", "80% of the arms"), what it is
    a portion of."""
    out = [obj]
    inner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    if inner is not None:
        out.append(inner)
    return out


def obtained_by(coder, cl, entry, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the subject of a relative clause of getting on a transfer's object (module doc), or None."""
    if cl.kind != "verb" or cl.obj is None or cl.passive or entry.cameo[:2] not in _TRANSFER_ROOTS:
        return None
    for thing in _things(cl.obj):
        for rel in thing.children:
            if rel.dep_ != "relcl" or rel.lemma_.lower() not in OBTAIN_VERBS:
                continue
            who = _child(rel, {"nsubj"})
            if who is None or who.pos_ not in ("PROPN", "NOUN"):
                continue
            found = other_parties(coder, who, sources, ctx, sent)
            if found:
                return found, f"the one who {rel.lower_} what was given ('{who.text}')"
    return None
