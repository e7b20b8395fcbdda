"""Roles stage: the party an invitation's "to" clause names, as the target of the act on the invitation.

"Erdogan accepted an invitation to visit Egypt", "the premier accepted the invitation to hold talks with the Chinese
leader", "declined an invitation to travel to Moscow": the act (accepting, declining, turning down an invitation)
names no party of its own when the invitation's sender is not said ("an invitation from Biden" is the pattern's own
slot); the visit or meeting it invites to does: the one met, or the place visited (its state, as CAMEO codes a visit to
a country by its country; not the doer's own country). The invitation nouns are data/coding/roles.tsv `invitation-noun`. Never the doer itself.

    found = invited_party(coder, cl, sources, ctx, sent)    # ([actors], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import role_words, _child
from eventwire.coding.same_party import other_parties
from eventwire.doc_index import to_infinitive

INVITATION_NOUNS = role_words().get("invitation-noun", frozenset())
_CLAUSE_DEPS = ("acl", "advcl", "xcomp", "relcl")
_PARTY_PREPS = ("with", "to", "in")


def _invitation(cl):
    """The invitation noun of the act: its object, or the act's own noun, or None."""
    for tok in (cl.obj, cl.pred):
        if tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in INVITATION_NOUNS:
            return tok
    return None


def _invited_to(noun, act):
    """The verb of the "to" clause that says what the invitation is to, on the noun or (as the parser often hangs it)
    on the act's verb, or None."""
    for host in (noun, act):
        if host is None:
            continue
        verb = next((c for c in host.children if c.dep_ in _CLAUSE_DEPS and c.pos_ == "VERB" and c.i > noun.i
                     and to_infinitive(c)), None)
        if verb is not None:
            return verb
    return None


def invited_party(coder, cl, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the one met or the place visited that an invitation's "to" clause names (module doc), or
    None."""
    noun = _invitation(cl)
    if noun is None:
        return None
    verb = _invited_to(noun, cl.pred if cl.pred is not noun else None)
    if verb is None:
        return None
    slots = [_child(verb, {"dobj"})]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _PARTY_PREPS:
            slots.append(_child(prep, {"pobj"}))
    for tok in slots:
        if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        own = {s.country for s in sources if s.country}
        # (never the doer, nor the doer's own country as a place visited: a trip at home has no host)
        found = [a for a in other_parties(coder, tok, sources, ctx, sent)
                 if not (a.country in own and not a.sector)]
        if found:
            return found, f"the party the invitation is to '{verb.lower_}' ('{tok.text}')"
    return None
