"""Targets stage: a refusal, or a vow, promise or threat not to permit, aimed at the party it keeps from acting
(issue 14, no target).

"The Peshmerga refused to allow the Canadian volunteers to join the offensive", "her commanders were refusing to let
her fight", "Ankara vowed not to allow the militias to hold the border": the one refused or warned is the party the
permission verb names, its object or the subject of its clause (the parser's reading of "let her fight"). A refusal
(CAMEO root 12) needs no negation; an intent (03) or threat (13) only counts with the permission verb negated ("not
to allow"). Never the source's own side (coding/same_party.py, or a pronoun of its own country), never a place the
clause acts on ("not allow the province to be turned into a battlefield": a passive subject), never a pronoun that
stands for nothing named. Which verbs count is data: data/coding/permitted_party.tsv (kind<TAB>word). Asked by
coding/target_chain.py when no slot or fallback named a target.
"""
from __future__ import annotations

from eventwire.coding.same_party import is_source
from eventwire.coding.tables import kind_sets

_PERMIT = kind_sets("permitted_party.tsv").get("permit-verb", frozenset())
_REFUSAL_ROOTS = ("12",)
_NEGATED_ROOTS = ("03", "13")


def _permission(pred, negated: bool):
    """The permission verb of the act's "to" clause ("refused to allow ...", "vowed not to let ..."), or None."""
    for c in pred.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in _PERMIT and c.i > pred.i \
                and (not negated or any(n.dep_ == "neg" for n in c.children)):
            return c
    return None


def _let_party(verb):
    """The one the permission verb lets act: its object, else the subject of its clause ("let her fight")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i:
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def permitted_party(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for the party a refusal, or a vow or threat not to permit, keeps from acting (module doc),
    or None."""
    if cl.kind != "verb" or not sources or code[:2] not in _REFUSAL_ROOTS + _NEGATED_ROOTS:
        return None
    verb = _permission(cl.pred, negated=code[:2] in _NEGATED_ROOTS)
    party = _let_party(verb) if verb is not None else None
    if party is None or party.pos_ not in ("PROPN", "NOUN", "PRON") or party.lower_ in ("it", "this", "that"):
        return None
    found = [a for a in coder.actors_for(party, ctx, sent, role="target")
             if a.code and not is_source(a, sources)
             and not any(a.country and a.country == s.country and party.pos_ == "PRON" for s in sources)]
    if not found:
        return None
    return found, f"'{party.text}', the one kept from acting ('{cl.pred.text} ... {verb.text} {party.text}')"
